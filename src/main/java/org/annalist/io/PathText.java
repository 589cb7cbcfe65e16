package org.annalist.io;

/**
 * File names and other untrusted text made safe for one line of a message: control characters are
 * shown as escapes ({@code \n}, {@code \r}, {@code \t}, {@code \e}, {@code \x07}), so a crafted file
 * name can neither forge a second line nor send terminal escape sequences.
 */
public final class PathText {

    private PathText() {
    }

    /** {@code String.valueOf(o)} with every control character escaped. */
    public static String escape(Object o) {
        String s = String.valueOf(o);
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = replacement(c);
            if (rep != null && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                b.append(rep != null ? rep : String.valueOf(c));
            }
        }
        return b == null ? s : b.toString();
    }

    private static String replacement(char c) {
        switch (c) {
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case '\u001B': return "\\e";
            case '\\': return null;
            default:
                // C0, DEL, C1 controls and the Unicode line/paragraph separators and bidi overrides
                if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                    return String.format("\\u%04x", (int) c);
                }
                return null;
        }
    }
}
