package org.annalist.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;

/**
 * Penn Treebank part-of-speech tags of a token sequence, from Apache OpenNLP's English model
 * ({@code opennlp-models-pos-en}, trained on UD English-EWT). The model loads once (about 1 MB);
 * each thread gets its own tagger, since an OpenNLP tagger is not thread-safe. The tagger is
 * {@link BeamTagger}: OpenNLP's tags, word for word, at about a tenth of OpenNLP's search's cost.
 * The model gives Universal tags (one VERB for every verb form); {@link FineTags} turns them into
 * Penn's (VBD, VBN, NNS, PRP$, ...) by the word's form and left context, before the cache.
 */
public final class PosTagger {

    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final class Holder {
        static final POSModel MODEL_INSTANCE = load();
    }

    private static final PosTagger STANDARD = new PosTagger();

    /** Windows of this many words or fewer are remembered; longer ones rarely recur. */
    private static final int CACHED_UP_TO = 12;

    private final ThreadLocal<BeamTagger> tagger =
            ThreadLocal.withInitial(() -> new BeamTagger(Holder.MODEL_INSTANCE, POSTagFormat.UD));
    private final FineTags fine = FineTags.standard();
    /** About 64k short windows: a few MB, enough to hold the recurring phrases of a large corpus. */
    private final TagCache cache = new TagCache(1 << 16);

    private PosTagger() {
    }

    public static PosTagger standard() {
        return STANDARD;
    }

    /** Loads the model now (the app's rule warm-up thread does), not at the first sentence tagged. */
    public PosTagger loaded() {
        Objects.requireNonNull(Holder.MODEL_INSTANCE);
        return this;
    }

    /** The shared model (tests build their own taggers on it). */
    static POSModel model() {
        return Holder.MODEL_INSTANCE;
    }

    private static POSModel load() {
        try (InputStream in = PosTagger.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IOException("part-of-speech model " + MODEL + " not on the class path");
            }
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One fine Penn tag per token ("VBD", "VBN", "NNS", "PRP$", ...). */
    public String[] tags(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        if (words.length > CACHED_UP_TO) {
            return fine.of(words, tagger.get().tagFast(words));
        }
        return cache.tags(words, w -> fine.of(w, tagger.get().tagFast(w)));
    }

    /** The model's own answer made fine, never from the cache (tests compare the two). */
    String[] fromModel(String[] words) {
        return fine.of(words, tagger.get().tagByOpenNlp(words));
    }

    /** The model's Universal tags ("VERB", "AUX", "NOUN", ...), never from the cache. */
    public String[] universal(List<Token> tokens) {
        return tagger.get().tagFast(tokens.stream().map(Token::text).toArray(String[]::new));
    }

    /** How often a tagging was answered from the cache, and how often the model ran (for the bench). */
    public String cacheStatistics() {
        long h = cache.hits();
        long m = cache.misses();
        return h + " of " + (h + m) + " windows answered from the cache";
    }

    /** A verb tag: VB, VBD, VBG, VBN, VBP, VBZ. */
    public static boolean isVerb(String tag) {
        return tag != null && tag.startsWith("VB");
    }
}
