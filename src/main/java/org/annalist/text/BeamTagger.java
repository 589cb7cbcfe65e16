package org.annalist.text;

import java.util.Arrays;
import java.util.PriorityQueue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * OpenNLP's part-of-speech tagger with a cheaper beam search that gives the very same tags.
 *
 * <p>OpenNLP's beam search asks the model for a distribution once per beam entry and position, and
 * sorts every outcome's score each time to find the beam's cut-off. The model's features for a
 * position are cached by the word array and position (the feature generator is declared with
 * {@code cache="true"}), so every entry of the beam at one position gets the same features, and
 * the same distribution, as the first. This search keeps everything else of OpenNLP's (the same
 * context generator, the same model evaluation, the same score arithmetic, the same priority
 * queues filled in the same order, so ties fall the same way) but evaluates the model again only
 * when the features differ from the last ones at that position, and finds the cut-off (the beam
 * size's largest score) by selection instead of a sort. A model with a tag dictionary, or whose
 * sequence model is not OpenNLP's beam search, is tagged by OpenNLP itself.
 */
final class BeamTagger extends POSTaggerME {

    private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];
    /** OpenNLP's {@code BeamSearch} drops sequences scoring at or below this ({@code zeroLog}). */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    private final MaxentModel model;
    private final String[] outcomes;
    private final boolean ownSearch;
    private final POSTagFormat format;
    /** Per-word parts of the model's sums, or null when this model's features are not cached per position. */
    private final PositionScores positionScores;
    /** Windows still checked against OpenNLP's evaluation even when all their words are known. */
    private int checksLeft = 200;
    /** Set at the first distribution that differs from OpenNLP's: from then on every position asks OpenNLP's model. */
    private static volatile boolean partsDiffered;

    BeamTagger(POSModel posModel, POSTagFormat format) {
        super(posModel, format);
        this.format = format;
        this.model = (MaxentModel) posModel.getArtifact("pos.model");
        this.outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = model.getOutcome(i);
        }
        // a tag dictionary would make the validator reject outcomes; only the plain beam search is mirrored here
        this.ownSearch = tagDictionary == null && posModel.getPosSequenceModel() instanceof BeamSearch;
        this.positionScores = ownSearch && featuresCachedByPosition() && model instanceof AbstractModel
                ? PositionScores.sharedFor(model, outcomes) : null;
    }

    /** True when the context generator gives a position the same features whatever tags precede it (its cache). */
    private boolean featuresCachedByPosition() {
        String[] probe = {"a", "b", "c"};
        String[] first = cg.getContext(2, probe, new String[] {outcomes[0], outcomes[1]}, NO_ADDITIONAL_CONTEXT);
        String[] second = cg.getContext(2, probe, new String[] {outcomes[1], outcomes[0]}, NO_ADDITIONAL_CONTEXT);
        return Arrays.equals(first, second);
    }

    /** True once a distribution from per-word parts differed from OpenNLP's (the tests assert it never does). */
    static boolean partsDiffered() {
        return partsDiffered;
    }

    /** OpenNLP's own tags, by OpenNLP's own search (the reference the tests compare with). */
    String[] tagByOpenNlp(String[] words) {
        return super.tag(words);
    }

    /** The tags OpenNLP's {@link #tag(String[])} gives, at a fraction of the cost. */
    String[] tagFast(String[] words) {
        if (!ownSearch) {
            return super.tag(words);
        }
        if (positionScores != null && !partsDiffered) {
            boolean check = checksLeft > 0 || !positionScores.allKnown(words);
            checksLeft = Math.max(0, checksLeft - 1);
            String[] tags = tagFromParts(words, check);
            if (tags != null) {
                return tags;
            }
            partsDiffered = true;
        }
        return tagByContexts(words);
    }

    /**
     * The beam search with one distribution per position from {@link PositionScores}, made with the tags of the
     * beam's best entry, as OpenNLP's cached features are made by the first entry it asks about (the best). With
     * {@code check}, every distribution is compared with OpenNLP's own; null when one differs.
     */
    private String[] tagFromParts(String[] words, boolean check) {
        PriorityQueue<Node> prev = new PriorityQueue<>(size);
        PriorityQueue<Node> next = new PriorityQueue<>(size);
        prev.add(Node.ROOT);
        double[] scores = new double[outcomes.length];
        double[] reference = check ? new double[outcomes.length] : null;
        String[] copy = check ? words.clone() : null; // OpenNLP's generator caches by array: a fresh one of its own
        for (int i = 0; i < words.length && !prev.isEmpty(); i++) {
            Node head = prev.peek();
            positionScores.score(words, i, head.indices(), scores);
            if (check) {
                model.eval(cg.getContext(i, copy, head.outcomes(outcomes), NO_ADDITIONAL_CONTEXT), reference);
                if (!Arrays.equals(reference, scores)) {
                    return null;
                }
            }
            double cutOff = largest(scores, size);
            int beam = Math.min(size, prev.size());
            for (int entry = 0; !prev.isEmpty() && entry < beam; entry++) {
                extend(prev.remove(), scores, cutOff, next);
            }
            prev.clear();
            PriorityQueue<Node> swap = prev;
            prev = next;
            next = swap;
        }
        if (prev.isEmpty()) {
            return super.tag(words);
        }
        return converted(prev.remove().outcomes(outcomes));
    }

    private static void extend(Node top, double[] scores, double cutOff, PriorityQueue<Node> next) {
        for (int p = 0; p < scores.length; p++) {
            if (scores[p] >= cutOff) {
                offer(next, new Node(top, p, scores[p]));
            }
        }
        if (next.isEmpty()) { // as OpenNLP: when nothing advanced, advance every outcome
            for (int p = 0; p < scores.length; p++) {
                offer(next, new Node(top, p, scores[p]));
            }
        }
    }

    /** The beam search with OpenNLP's context generator and model, evaluated again only when the features differ. */
    String[] tagByContexts(String[] words) {
        PriorityQueue<Node> prev = new PriorityQueue<>(size);
        PriorityQueue<Node> next = new PriorityQueue<>(size);
        prev.add(Node.ROOT);
        double[] scores = new double[outcomes.length];
        for (int i = 0; i < words.length; i++) {
            int beam = Math.min(size, prev.size());
            String[] lastContext = null;
            double cutOff = 0;
            for (int entry = 0; !prev.isEmpty() && entry < beam; entry++) {
                Node top = prev.remove();
                String[] history = top.outcomes(outcomes);
                String[] context = cg.getContext(i, words, history, NO_ADDITIONAL_CONTEXT);
                if (lastContext == null || !Arrays.equals(context, lastContext)) {
                    model.eval(context, scores);
                    cutOff = largest(scores, size);
                    lastContext = context;
                }
                extend(top, scores, cutOff, next);
            }
            prev.clear();
            PriorityQueue<Node> swap = prev;
            prev = next;
            next = swap;
        }
        if (prev.isEmpty()) {
            return super.tag(words); // OpenNLP would fail here too; let it say how
        }
        return converted(prev.remove().outcomes(outcomes));
    }

    private static void offer(PriorityQueue<Node> queue, Node node) {
        if (node.score > MIN_SEQUENCE_SCORE) {
            queue.add(node);
        }
    }

    /** The k-th largest value (counting repeats), as {@code sorted[length - k]} of a sorted copy would be. */
    static double largest(double[] values, int k) {
        if (k <= 0 || k > values.length) {
            return k <= 0 ? Double.POSITIVE_INFINITY : min(values);
        }
        double[] top = new double[k]; // descending, Double.compare order as Arrays.sort uses
        int filled = 0;
        for (double v : values) {
            if (filled < k) {
                int j = filled++;
                while (j > 0 && Double.compare(top[j - 1], v) < 0) {
                    top[j] = top[j - 1];
                    j--;
                }
                top[j] = v;
            } else if (Double.compare(v, top[k - 1]) > 0) {
                int j = k - 1;
                while (j > 0 && Double.compare(top[j - 1], v) < 0) {
                    top[j] = top[j - 1];
                    j--;
                }
                top[j] = v;
            }
        }
        return top[k - 1];
    }

    private static double min(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[0];
    }

    /** The model's tags in the asked format, as OpenNLP converts them. */
    private String[] converted(String[] raw) {
        if (format == POSTagFormat.CUSTOM || posTagFormatMapper.getGuessedFormat() == format) {
            return raw;
        }
        return posTagFormatMapper.convertTags(Arrays.asList(raw));
    }

    /** A beam entry: its last outcome and the entry it extends; the score as OpenNLP's {@code Sequence} sums it. */
    private static final class Node implements Comparable<Node> {
        static final Node ROOT = new Node();

        final Node parent;
        final int outcome;
        final double score;
        final int length;

        private Node() {
            parent = null;
            outcome = -1;
            score = 0;
            length = 0;
        }

        Node(Node parent, int outcome, double probability) {
            this.parent = parent;
            this.outcome = outcome;
            this.score = parent.score + StrictMath.log(probability);
            this.length = parent.length + 1;
        }

        int[] indices() {
            int[] out = new int[length];
            Node n = this;
            for (int i = length - 1; i >= 0; i--) {
                out[i] = n.outcome;
                n = n.parent;
            }
            return out;
        }

        String[] outcomes(String[] names) {
            String[] out = new String[length];
            Node n = this;
            for (int i = length - 1; i >= 0; i--) {
                out[i] = names[n.outcome];
                n = n.parent;
            }
            return out;
        }

        /** Higher scores first, as {@code Sequence.compareTo}. */
        @Override
        public int compareTo(Node other) {
            return Double.compare(other.score, score);
        }
    }
}
