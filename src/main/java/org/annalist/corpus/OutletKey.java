package org.annalist.corpus;

import java.net.URI;
import java.util.Locale;

/** Which outlet an article belongs to for corpus-wide evidence: its outlet, else its URL's host, else its folder. */
final class OutletKey {

    private OutletKey() {
    }

    static String of(Article a) {
        if (a.outlet() != null && !a.outlet().isBlank()) {
            return a.outlet().strip().toLowerCase(Locale.ROOT);
        }
        if (a.url() != null) {
            try {
                String host = URI.create(a.url().strip()).getHost();
                if (host != null) {
                    return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException e) {
                // not a URL we can read: fall back to the folder
            }
        }
        return a.path() == null || a.path().getParent() == null ? "" : "folder " + a.path().getParent().getFileName();
    }
}
