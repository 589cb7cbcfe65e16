package org.annalist.events;

import java.util.List;
import org.annalist.text.Span;
import org.annalist.time.TimeExpression;
import org.annalist.time.TimexType;

/**
 * How far the narrative time a sentence sets ("On Saturday, Gaddafi appeared on television") reaches: the rest of
 * its paragraph. News pages written one sentence a line (wire copy, most of news-dev) have no paragraphs to speak of:
 * every line is one, so the narrative time would end with the sentence that named the day. In such an article
 * (at least {@value #MIN_LINES} lines, {@value #ONE_SENTENCE_SHARE} of them holding a single sentence) it is carried
 * over the next {@value #CARRIED_LINES} lines, as a short paragraph would hold it, unless a blank line, a line without
 * sentence punctuation (a heading, a caption) or a line with a time of its own comes between.
 * Tense is left to the acts: only a past act without a time of its own takes it.
 */
final class NarrativeReach {

    static final int CARRIED_LINES = 2;
    static final double ONE_SENTENCE_SHARE = 0.75;
    static final int MIN_LINES = 4;
    private static final String SENTENCE_ENDS = ".!?\"'\u201d\u2019)";

    private final String text;
    private final boolean lineLayout;
    private EventDate narrative;
    private int lastEnd;
    private int line;
    private int counted;
    private int setLine = Integer.MIN_VALUE / 2;

    NarrativeReach(String text, List<Span> sentences) {
        this.text = text;
        this.lineLayout = oneSentenceLines(text, sentences);
    }

    /** Whether the article is written one sentence a line (its lines are its paragraphs). */
    static boolean oneSentenceLines(String text, List<Span> sentences) {
        int lines = 0;
        int single = 0;
        int lineStart = -1;
        int inLine = 0;
        for (Span s : sentences) {
            int start = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
            if (start != lineStart) {
                if (inLine > 0) {
                    lines++;
                    single += inLine == 1 ? 1 : 0;
                }
                lineStart = start;
                inLine = 0;
            }
            inLine++;
        }
        if (inLine > 0) {
            lines++;
            single += inLine == 1 ? 1 : 0;
        }
        return lines >= MIN_LINES && single >= ONE_SENTENCE_SHARE * lines;
    }

    /** The narrative time the sentence {@code s} (with its time expressions) starts from; sentences come in text order. */
    EventDate at(Span s, List<TimeExpression> timexes) {
        if (text.lastIndexOf('\n', s.start()) >= lastEnd) { // a new line
            line += newlines(s.start());
            // only a day is carried: "in March", "this year" of the line before are seldom the next act's time
            boolean carry = lineLayout && narrative != null && narrative.granularity() == Granularity.DAY
                    && line - setLine <= CARRIED_LINES
                    && !blankLineBetween(lastEnd, s.start()) && endsSentence(text.lastIndexOf('\n', s.start()))
                    && endsSentence(lineEnd(s.end()))
                    && !ownTime(timexes);
            if (!carry) {
                narrative = null; // a new paragraph: its own narrative time
            }
        }
        lastEnd = s.end();
        return narrative;
    }

    /** The narrative time after the sentence's acts (it sets it when it differs from the one it started from). */
    void after(EventDate returned) {
        if (returned != null && returned != narrative) {
            setLine = line;
        }
        narrative = returned;
    }

    private int newlines(int upTo) {
        int n = 0;
        for (int i = counted; i < upTo; i++) {
            n += text.charAt(i) == '\n' ? 1 : 0;
        }
        counted = Math.max(counted, upTo);
        return n;
    }

    private boolean blankLineBetween(int from, int to) {
        int newlines = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' && ++newlines > 1) {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                newlines = 0;
            }
        }
        return false;
    }

    private int lineEnd(int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** The text before {@code end} (spaces aside) ends a sentence: no heading or caption line. */
    private boolean endsSentence(int end) {
        int i = Math.min(end, text.length()) - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
    }

    private static boolean ownTime(List<TimeExpression> timexes) {
        return timexes.stream().anyMatch(t -> t.isAnchored() && (t.type() == TimexType.DATE || t.type() == TimexType.TIME));
    }
}
