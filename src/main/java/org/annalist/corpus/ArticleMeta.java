package org.annalist.corpus;

/**
 * What a file's metadata says about an article (sidecar, JSON fields, HTML meta tags); every field
 * may be null.
 */
record ArticleMeta(String title, String url, String outlet, PublicationDate published) {

    static final ArticleMeta NONE = new ArticleMeta(null, null, null, null);

    /** This metadata with every field that {@code other} gives replaced by its value. */
    ArticleMeta overriddenBy(ArticleMeta other) {
        if (other == null) {
            return this;
        }
        return new ArticleMeta(pick(other.title, title), pick(other.url, url), pick(other.outlet, outlet),
                other.published != null ? other.published : published);
    }

    private static String pick(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred.strip() : fallback;
    }
}
