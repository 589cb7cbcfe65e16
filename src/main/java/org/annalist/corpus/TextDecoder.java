package org.annalist.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text without mojibake: a byte-order mark decides (UTF-8, UTF-16 LE/BE);
 * otherwise strict UTF-8, and Windows-1252 when the bytes are not valid UTF-8. Binary files are refused.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 8192;
    private static final double MAX_CONTROL_SHARE = 0.05;

    /**
     * The decoded text (byte-order mark removed), the charset it was read in, and a note when some
     * bytes had to be replaced (null otherwise).
     */
    record Decoded(String text, Charset charset, String note) {
        Decoded(String text, Charset charset) {
            this(text, charset, null);
        }
    }

    Decoded decode(byte[] bytes) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException("empty file");
        }
        Decoded decoded = decodeChecked(bytes);
        if (isBlank(decoded.text())) {
            throw new BadInputException("empty file (only white space)");
        }
        return decoded;
    }

    private Decoded decodeChecked(byte[] b) throws BadInputException {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return strict(b, 3, StandardCharsets.UTF_8, "the byte-order mark says UTF-8 but");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return strict(b, 2, StandardCharsets.UTF_16LE, "the byte-order mark says UTF-16 LE but");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return strict(b, 2, StandardCharsets.UTF_16BE, "the byte-order mark says UTF-16 BE but");
        }
        rejectBinary(b);
        try {
            return new Decoded(run(b, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            Utf8Census census = Utf8Census.of(b);
            if (census.mostlyUtf8()) {
                // a truncated or stray byte in a UTF-8 file: replace it, keep every other character right
                String text = new String(b, StandardCharsets.UTF_8); // malformed input becomes U+FFFD
                return new Decoded(text, StandardCharsets.UTF_8, census.note());
            }
            return strict(b, 0, WINDOWS_1252, "the bytes are not UTF-8 and");
        }
    }

    /** Blank in the Unicode sense: no-break and ideographic spaces are white space too. */
    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** White space, including the no-break spaces (U+00A0, U+2007, U+202F) Java's isWhitespace leaves out. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    private static Decoded strict(byte[] b, int skip, Charset cs, String why) throws BadInputException {
        try {
            return new Decoded(run(b, skip, cs), cs);
        } catch (CharacterCodingException e) {
            throw new BadInputException("undecodable bytes: " + why + " " + firstBadByte(b, skip, cs)
                    + " is not valid " + cs.displayName());
        }
    }

    private static String run(byte[] b, int skip, Charset cs) throws CharacterCodingException {
        return decoder(cs).decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Names the first offending byte, so the user can find it in a hex viewer. */
    private static String firstBadByte(byte[] b, int skip, Charset cs) {
        CharsetDecoder d = decoder(cs);
        ByteBuffer in = ByteBuffer.wrap(b, skip, b.length - skip);
        CharBuffer out = CharBuffer.allocate(b.length + 2);
        var result = d.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            return String.format("byte 0x%02X at offset %d", b[at] & 0xFF, at);
        }
        return "the end of the file";
    }

    private static void rejectBinary(byte[] b) throws BadInputException {
        int n = Math.min(b.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                throw new BadInputException("binary file, not text (it contains NUL bytes)");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > n * MAX_CONTROL_SHARE) {
            throw new BadInputException("binary file, not text (" + control + " control bytes in the first " + n + ")");
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
