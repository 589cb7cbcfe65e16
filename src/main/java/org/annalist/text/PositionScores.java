package org.annalist.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.PosTaggerFeatureGenerator;

/**
 * The model's distribution over tags at one position, computed as OpenNLP's maxent evaluation
 * computes it (start from the uniform log prior, add each feature's parameters in the order the
 * features are generated, exponentiate, normalise), but from parts kept per word: a word's own
 * features (definition, suffixes, prefixes, the word) are summed once, and its features as a
 * neighbour and its token class are looked up once, instead of building and hashing every feature
 * string at every position. Floating-point sums depend on their order, so the parts are added in
 * exactly the generator's order ({@code generator.featuregen} of the model: own features, the
 * words two either side, sentence begin, token class, the two previous tags). {@link BeamTagger}
 * checks these distributions against OpenNLP's bit for bit for every window with a word not seen
 * before, and stops using them at the first difference.
 */
final class PositionScores {

    private static final int AFFIXES = 4; // OpenNLP's default suffix and prefix lengths
    private static final String[] SENTENCE_BEGIN = {"S=begin", "p1S=begin", "p2S=begin"};
    /** A bound on the remembered words (about 400 bytes each), shared by all threads. */
    private static final int MAX_WORDS = 50_000;

    private static PositionScores shared;

    private final MaxentModel model;

    private final Map<String, Context> features;
    private final String[] outcomes;
    private final int n;
    private final double logPrior;
    private final Context[] sentenceBegin = new Context[3];
    private final Map<String, Word> words = new ConcurrentHashMap<>();
    /** Tag features by (tag two back, tag one back), an index past the outcomes meaning "none". */
    private final Context[][][] tagFeatures;

    /** The one instance for {@code model}, shared by the taggers of all threads (the parts are the same for all). */
    static synchronized PositionScores sharedFor(MaxentModel model, String[] outcomes) {
        if (shared == null || shared.model != model) {
            shared = new PositionScores(model, outcomes);
        }
        return shared;
    }

    @SuppressWarnings("unchecked")
    private PositionScores(MaxentModel model, String[] outcomes) {
        this.model = model;
        this.features = (Map<String, Context>) ((opennlp.tools.ml.model.AbstractModel) model).getDataStructures()[1];
        this.outcomes = outcomes;
        this.n = outcomes.length;
        this.logPrior = StrictMath.log(1.0 / n); // OpenNLP's UniformPrior
        for (int i = 0; i < 3; i++) {
            sentenceBegin[i] = features.get(SENTENCE_BEGIN[i]);
        }
        this.tagFeatures = new Context[n + 1][n + 1][];
    }

    /** What one word contributes wherever it stands. */
    private record Word(double[] own, Context p1, Context p2, Context n1, Context n2, Context wordClass, Context wordAndClass) {
    }

    /** True when every word of {@code sentence} was already known (so nothing new needs checking). */
    boolean allKnown(String[] sentence) {
        for (String w : sentence) {
            if (!words.containsKey(w)) {
                return false;
            }
        }
        return true;
    }

    /** Writes the distribution at position {@code i}, after the tags {@code history}, into {@code out}. */
    void score(String[] sentence, int i, int[] history, double[] out) {
        Word w = word(sentence[i]);
        System.arraycopy(w.own, 0, out, 0, n);
        if (i >= 1) {
            add(out, word(sentence[i - 1]).p1);
        }
        if (i >= 2) {
            add(out, word(sentence[i - 2]).p2);
        }
        if (i + 1 < sentence.length) {
            add(out, word(sentence[i + 1]).n1);
        }
        if (i + 2 < sentence.length) {
            add(out, word(sentence[i + 2]).n2);
        }
        if (i < 3) {
            add(out, sentenceBegin[i]);
        }
        add(out, w.wordClass);
        add(out, w.wordAndClass);
        for (Context c : tags(i, history)) {
            add(out, c);
        }
        double normal = 0;
        for (int o = 0; o < n; o++) {
            out[o] = StrictMath.exp(out[o]);
            normal += out[o];
        }
        for (int o = 0; o < n; o++) {
            out[o] /= normal;
        }
    }

    private Word word(String token) {
        Word w = words.get(token);
        if (w == null) {
            if (words.size() > MAX_WORDS) {
                words.clear();
            }
            w = build(token);
            words.put(token, w);
        }
        return w;
    }

    private Word build(String token) {
        String lower = StringUtil.toLowerCase(token);
        String tokenClass = FeatureGeneratorUtil.tokenFeature(token);
        double[] own = new double[n];
        Arrays.fill(own, logPrior);
        add(own, features.get("def"));
        for (int k = 0; k < Math.min(AFFIXES, token.length()); k++) {
            add(own, features.get("suf=" + token.substring(Math.max(0, token.length() - k - 1))));
        }
        for (int k = 0; k < Math.min(AFFIXES, token.length()); k++) {
            add(own, features.get("pre=" + token.substring(0, Math.min(k + 1, token.length()))));
        }
        add(own, features.get("w=" + lower));
        return new Word(own, features.get("p1w=" + lower), features.get("p2w=" + lower), features.get("n1w=" + lower),
                features.get("n2w=" + lower), features.get("wc=" + tokenClass), features.get("w&c=" + lower + "," + tokenClass));
    }

    /** The tag features at position {@code i}, made by OpenNLP's own generator once per pair of previous tags. */
    private Context[] tags(int i, int[] history) {
        int prev = i >= 1 ? history[i - 1] : n;
        int prevPrev = i >= 2 ? history[i - 2] : n;
        Context[] known = tagFeatures[prevPrev][prev];
        if (known == null) {
            String[] tags = new String[Math.min(i, 2)];
            if (tags.length == 2) {
                tags[0] = outcomes[prevPrev];
            }
            if (tags.length >= 1) {
                tags[tags.length - 1] = outcomes[prev];
            }
            List<String> made = new ArrayList<>();
            String[] sentence = new String[tags.length + 1];
            Arrays.fill(sentence, "x"); // it reads the words only to see that there are previous ones
            new PosTaggerFeatureGenerator().createFeatures(made, sentence, tags.length, tags);
            known = made.stream().map(features::get).toArray(Context[]::new);
            tagFeatures[prevPrev][prev] = known; // benign race: every thread makes the same array
        }
        return known;
    }

    /** One feature's parameters added to the sums, as OpenNLP's {@code ArrayMath.sumFeatures} adds them. */
    private static void add(double[] sums, Context c) {
        if (c == null) {
            return;
        }
        int[] active = c.getOutcomes();
        double[] parameters = c.getParameters();
        for (int a = 0; a < active.length; a++) {
            sums[active[a]] += parameters[a] * 1.0;
        }
    }
}
