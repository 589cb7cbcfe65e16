package org.annalist.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a broadcast transcript's spoken turns begin: lines opening with an upper-case speaker label
 * ("STOUT:", "JOHN KING, CNN ANCHOR:"). What a speaker says on air (anchors, guests, callers) is
 * their words, like a quotation, not a report of an act. An article is a transcript when it has at
 * least {@code transcriptMinTurns} speaker labels and one speaker speaks twice; live-blog and section
 * labels ("NEW:", "UPDATE:", "SOUNDBITE:", {@code transcriptLabels}) are no speakers.
 */
final class Transcript {

    private static final int MAX_LABEL = 70;

    /** Offset where the spoken turns begin (they run to the end of the text), or -1 for no transcript. */
    static int turnsFrom(String text, Cues cues) {
        Map<String, Integer> speakers = new HashMap<>();
        int first = -1;
        int turns = 0;
        boolean repeated = false;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String label = speakerLabel(text, start, end, cues);
            if (label != null) {
                first = first < 0 ? start : first;
                turns++;
                repeated |= speakers.merge(label, 1, Integer::sum) > 1;
            }
            start = end + 1;
        }
        return turns >= cues.transcriptMinTurns && repeated ? first : -1;
    }

    /** True when the line at {@code offset} is a spoken turn: at or after the first turn, not a "NEW:" or "UPDATE:" line. */
    static boolean spoken(String text, int offset, int turnsFrom, Cues cues) {
        if (turnsFrom < 0 || offset < turnsFrom) {
            return false;
        }
        int line = text.lastIndexOf('\n', offset - 1) + 1;
        int end = text.indexOf('\n', line);
        return !labelledBy(text, line, end < 0 ? text.length() : end, cues);
    }

    /** True when the line opens with an upper-case label that is no speaker ("NEW:", "UPDATE:"). */
    private static boolean labelledBy(String text, int start, int end, Cues cues) {
        int colon = text.indexOf(':', start);
        if (colon < 0 || colon >= Math.min(end, start + MAX_LABEL)) {
            return false;
        }
        String label = text.substring(start, colon).trim();
        return label.equals(label.toUpperCase(Locale.ROOT)) && cues.transcriptLabels.contains(label.toLowerCase(Locale.ROOT));
    }

    /** The speaker's label (its name part, lower case) if line {@code [start, end)} opens with one, else null. */
    static String speakerLabel(String text, int start, int end, Cues cues) {
        int limit = Math.min(end, start + MAX_LABEL);
        int letters = 0;
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                boolean spaced = i + 1 < end && Character.isWhitespace(text.charAt(i + 1));
                String label = text.substring(start, i).trim();
                String name = label.split(",")[0].replaceAll("\\(.*\\)", "").trim().toLowerCase(Locale.ROOT);
                return spaced && letters >= 2 && !cues.transcriptLabels.contains(name) ? name : null;
            }
            if (Character.isLowerCase(c) || Character.isDigit(c)) {
                return null; // "China: ...", "8:36 a.m.": a section or a time, not a speaker
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return null;
    }

    private Transcript() {
    }
}
