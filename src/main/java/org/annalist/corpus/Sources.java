package org.annalist.corpus;

import java.net.URI;
import java.util.Locale;

/** How exports and pictures name an article's source for a reader: its outlet, never a file id when avoidable. */
public final class Sources {

    private Sources() {
    }

    /** The outlet ("Reuters"), else the web site of its URL ("news.example"), else its title, else its id. */
    public static String outlet(Article a) {
        if (a.outlet() != null && !a.outlet().isBlank()) {
            return readable(a.outlet().strip());
        }
        String host = host(a.url());
        if (host != null) {
            return host;
        }
        if (!a.title().isBlank()) {
            return a.title();
        }
        String opening = OpeningWords.standard().of(a);
        return opening.isEmpty() ? a.id() : opening;
    }

    /**
     * One line citing the article: "2011-08-03 · CNN · Gaddafi's son says ... · https://...": its
     * date, outlet and title (or, without a title, its opening words), never its file id when the
     * article says anything at all.
     */
    public static String cite(Article a) {
        StringBuilder s = new StringBuilder();
        s.append(a.published().isKnown() ? a.published().date().toString() : "undated");
        String outlet = outlet(a);
        s.append(" \u00b7 ").append(outlet);
        String what = a.title().isBlank() ? OpeningWords.standard().of(a) : a.title();
        if (!what.isBlank() && !what.equals(outlet)) {
            s.append(" \u00b7 ").append(what);
        }
        if (a.url() != null && !a.url().isBlank() && !s.toString().contains(a.url())) {
            s.append(" \u00b7 ").append(a.url().strip());
        }
        return s.toString();
    }

    /**
     * What a list or a pane heads an article with: its title, else its opening words in quotes (news
     * feeds often run the headline into the body; bylines and datelines are skipped, see
     * {@link OpeningWords}), else its id.
     */
    public static String heading(Article a) {
        if (!a.title().isBlank()) {
            return a.title();
        }
        String opening = OpeningWords.standard().of(a);
        return opening.isEmpty() ? a.id() : opening;
    }

    /** True for the only URLs exports link to: http and https. */
    public static boolean isWeb(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }

    private static String host(String url) {
        if (!isWeb(url)) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Outlets given in lower case by a data set ("cnn", "reuters") are shown as names. */
    private static String readable(String outlet) {
        if (!outlet.equals(outlet.toLowerCase(Locale.ROOT)) || outlet.contains(".")) {
            return outlet;
        }
        return outlet.length() <= 4 ? outlet.toUpperCase(Locale.ROOT)
                : Character.toUpperCase(outlet.charAt(0)) + outlet.substring(1);
    }
}
