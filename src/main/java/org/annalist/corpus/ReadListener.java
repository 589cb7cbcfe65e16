package org.annalist.corpus;

/**
 * Hears of articles as a read assembles them, before the corpus-wide steps (an outlet's repeated
 * lines, day/month order) that may still change some: so a caller can analyse articles while later
 * files are still being read, and analyse again the few the final corpus changed. Called from the
 * reading threads, concurrently.
 */
public interface ReadListener {

    /** Hears nothing. */
    ReadListener NONE = new ReadListener() {
        @Override
        public void expecting(int more) {
        }

        @Override
        public void assembled(Article article) {
        }
    };

    /** {@code more} further articles are on their way (one per file at first; a JSON file's count once it is parsed). */
    void expecting(int more);

    /** One article as assembled from its file; the final corpus may hold a changed copy. */
    void assembled(Article article);
}
