package org.annalist.corpus;

/**
 * Counts well-formed multi-byte UTF-8 sequences and malformed bytes, to tell a UTF-8 file with a
 * stray or truncated byte (read as UTF-8, the byte replaced) from a Windows-1252 file (where lone
 * accented bytes are the rule and well-formed sequences almost never occur).
 */
record Utf8Census(int wellFormed, int malformed, int firstMalformed) {

    static Utf8Census of(byte[] b) {
        int good = 0;
        int bad = 0;
        int first = -1;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 1) {
                i++;
                continue;
            }
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                good++;
                i += len;
            } else {
                bad++;
                first = first < 0 ? i : first;
                i++;
            }
        }
        return new Utf8Census(good, bad, first);
    }

    /** At least as many well-formed sequences as bad bytes: a UTF-8 file with damage, not a Windows-1252 one. */
    boolean mostlyUtf8() {
        return wellFormed > 0 && wellFormed >= malformed;
    }

    String note() {
        return malformed + (malformed == 1 ? " byte" : " bytes") + " not valid UTF-8 (the first at offset "
                + firstMalformed + ") replaced by \uFFFD; the rest read as UTF-8";
    }
}
