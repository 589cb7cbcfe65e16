package org.annalist.corpus;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reader comments with no stamp, closed by a comment form ("(required, but will not be displayed)"):
 * the comments start at the form, or at the first line of a run of lines in a reader's voice just
 * above it (first or second person, "!!", a lowercase start; no quotes or attribution).
 */
final class CommentForm {

    private final HintedPatterns notice;
    private final Pattern voice;
    private final Pattern attribution;
    private final int maxGap;
    private final int minVoiceLines;
    /** A reader's marks ("lol", "!!", "??", a lowercase start) that no story line carries. */
    private final Pattern readerMark;
    private final int minRantLines;
    private final int minRantMarks;
    /** A reader shouting: a line of at least shoutMinWords words, shoutShare of them in capitals. */
    private final int shoutMinWords;
    private final double shoutShare;
    /** Once a block holds blockMinLines readers' lines, up to blockMaxGap other lines may lie between two. */
    private final int blockMinLines;
    private final int blockMaxGap;
    /** A reader's scare quotes around one to three words ('each "rebel" victory'): no quotation. */
    private final Pattern scareQuote;
    /** A line closing a quotation with its speaker ('..., " he said.'): the first-person lines above are quoted. */
    private final Pattern quoteEnd;
    /** A block may reach above minArticleShare with blockMinLines readers' lines there, minRantMarks of them marked. */
    private final boolean blockPastShare;
    /** The share of readers' lines between a blog post's closing photo caption and the comments that makes them comments too. */
    private final double postCaptionVoiceShare;

    /** The {@code commentForm} object of {@code boilerplate.json}. */
    record Rules(String notice, List<String> noticeHints, String voice, String attribution, int maxGap, int minVoiceLines, String readerMark,
                 int minRantLines, int minRantMarks, String scareQuote, String quoteEnd, int shoutMinWords,
                 double shoutShare, int blockMinLines, int blockMaxGap, boolean blockPastShare, double postCaptionVoiceShare) {
    }

    CommentForm(Rules json) {
        notice = new HintedPatterns("commentForm.notice", List.of(json.notice()), json.noticeHints(), Pattern.CASE_INSENSITIVE);
        voice = RuleResource.pattern("commentForm.voice", json.voice());
        attribution = RuleResource.pattern("commentForm.attribution", json.attribution(), Pattern.CASE_INSENSITIVE);
        maxGap = json.maxGap();
        minVoiceLines = json.minVoiceLines();
        readerMark = RuleResource.pattern("commentForm.readerMark", json.readerMark());
        minRantLines = json.minRantLines();
        minRantMarks = json.minRantMarks();
        shoutMinWords = json.shoutMinWords();
        shoutShare = json.shoutShare();
        blockMinLines = json.blockMinLines();
        blockMaxGap = json.blockMaxGap();
        scareQuote = RuleResource.pattern("commentForm.scareQuote", json.scareQuote());
        quoteEnd = RuleResource.pattern("commentForm.quoteEnd", json.quoteEnd());
        blockPastShare = json.blockPastShare();
        postCaptionVoiceShare = json.postCaptionVoiceShare();
    }

    /** The index of the line that opens the comments closed by a form, or -1. */
    int start(List<TextBlocks.Block> lines, int textLength, double minArticleShare) {
        int form = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (notice.find(lines.get(i).text())) {
                form = i;
                break;
            }
        }
        if (form < 0) {
            return -1;
        }
        return readersAbove(lines, form, textLength, minArticleShare);
    }

    /**
     * The first line of the block of readers' lines just above line {@code start} (a comment form, cue or
     * the first comment stamp), or {@code start} when there is no such block. Here a shouting line also counts
     * as a reader's, and a block that already holds blockMinLines readers'
     * lines bridges longer gaps: a comment section is read as a whole, never a single line.
     */
    int readersAbove(List<TextBlocks.Block> lines, int start, int textLength, double minArticleShare) {
        return readersAbove(lines, start, textLength, minArticleShare, false);
    }

    /**
     * As {@link #readersAbove(List, int, int, double)}; with {@code stamped}, the opening line is a comment
     * stamp's, and the reader's words glued before the stamp count as one of the block's lines.
     */
    int readersAbove(List<TextBlocks.Block> lines, int start, int textLength, double minArticleShare, boolean stamped) {
        int first = start;
        int voiced = stamped && isReaderVoice(lines.get(start).text()) ? 1 : 0;
        int gap = 0;
        int firstInShare = start; // the block as it stands below minArticleShare
        int voicedInShare = voiced;
        int pastVoiced = 0;
        int pastMarks = 0;
        for (int j = start - 1; j >= 1 && gap <= (voiced >= blockMinLines ? blockMaxGap : maxGap); j--) {
            TextBlocks.Block line = lines.get(j);
            boolean past = line.span().start() < textLength * minArticleShare;
            if (past && !blockPastShare || quoteEnd.matcher(line.text()).find()) {
                break; // the story's part, or a quotation closed with its speaker: what is above is not readers'
            }
            if (isReaderVoice(line.text()) || isBlockLine(line.text())) {
                voiced++;
                first = j;
                gap = 0;
                if (past) {
                    pastVoiced++;
                    pastMarks += isMarked(line.text()) ? 1 : 0;
                } else {
                    firstInShare = j;
                    voicedInShare = voiced;
                }
            } else {
                gap++;
            }
        }
        if (first != firstInShare && (pastVoiced < blockMinLines || pastMarks < minRantMarks)) {
            // above minArticleShare only a block with readers' marks: a speech or op-ed in the first person stays
            first = firstInShare;
            voiced = voicedInShare;
        }
        return voiced >= minVoiceLines ? first : start;
    }

    private boolean isMarked(String line) {
        return isShouting(line) || readerMark.matcher(line).find();
    }

    /**
     * Whether the text from {@code from} (a blog post's closing photo caption's end) to line {@code opener}
     * (the comments' first line, counted too when it is a reader's line rather than a cue or a stamp) is readers'
     * too: at least one line, and postCaptionVoiceShare of its lines, in a reader's voice. The part of a line
     * after {@code from} counts as a line.
     */
    boolean readersAfterCaption(List<TextBlocks.Block> lines, String text, int from, int opener, boolean countOpener) {
        int total = 0;
        int voiced = 0;
        for (int i = 0; i < opener || countOpener && i == opener; i++) {
            TextBlocks.Block line = lines.get(i);
            if (line.span().end() <= from) {
                continue;
            }
            String part = line.span().start() >= from ? line.text() : text.substring(from, line.span().end()).strip();
            if (part.isEmpty()) {
                continue;
            }
            total++;
            voiced += isReaderVoice(part) ? 1 : 0;
        }
        return voiced > 0 && voiced >= postCaptionVoiceShare * total;
    }

    /** Whether a block of readers' lines (blockMinLines of them, at most maxGap other lines apart) follows line {@code cue}. */
    boolean readersBelow(List<TextBlocks.Block> lines, int cue) {
        int voiced = 0;
        int gap = 0;
        for (int i = cue + 1; i < lines.size() && gap <= maxGap; i++) {
            String text = lines.get(i).text();
            if (isReaderVoice(text) || isShouting(text)) {
                if (++voiced >= blockMinLines) {
                    return true;
                }
                gap = 0;
            } else if (quoteEnd.matcher(text).find()) {
                return false; // a quotation closed with its speaker: a story quoting people, not readers
            } else {
                gap++;
            }
        }
        return false;
    }

    /** Inside a comment block, a reader shouting is a reader too. */
    private boolean isBlockLine(String line) {
        return isShouting(line);
    }

    /** Most of the line's words in capitals, as readers shout and no story line is written. */
    boolean isShouting(String line) {
        int words = 0;
        int capitals = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && !Character.isLetter(line.charAt(i))) {
                i++;
            }
            int begin = i;
            boolean upper = true;
            while (i < n && Character.isLetter(line.charAt(i))) {
                upper &= Character.isUpperCase(line.charAt(i));
                i++;
            }
            if (i - begin >= 2) {
                words++;
                capitals += upper ? 1 : 0;
            }
        }
        return words >= shoutMinWords && capitals >= shoutShare * words;
    }

    /**
     * The first line of a run of readers' lines with no stamp, cue or form (rants under a story): at least
     * minRantLines lines in a reader's voice, minRantMarks of them with a reader's mark, at most maxGap
     * other lines between two of them, after minArticleShare of the text; -1 when there is none.
     */
    int rantStart(List<TextBlocks.Block> lines, int textLength, double minArticleShare) {
        int first = -1;
        int voiced = 0;
        int marked = 0;
        int gap = 0;
        for (int i = 1; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (lines.get(i).span().start() < textLength * minArticleShare) {
                continue;
            }
            boolean shouting = isShouting(text);
            if (isReaderVoice(text) || shouting) {
                first = voiced == 0 ? i : first;
                voiced++;
                marked += isMarked(text) ? 1 : 0;
                gap = 0;
                if (voiced >= minRantLines && marked >= minRantMarks) {
                    return first;
                }
            } else if (voiced > 0 && (++gap > maxGap || quoteEnd.matcher(text).find())) {
                // too long a gap, or a quotation closed with its speaker: the lines so far were quoted
                voiced = 0;
                marked = 0;
                gap = 0;
            }
        }
        return -1;
    }

    private boolean isReaderVoice(String line) {
        if (!voice.matcher(line).find()) {
            return false;
        }
        String unquoted = line.indexOf('"') >= 0 || line.indexOf('\u201c') >= 0
                ? scareQuote.matcher(line).replaceAll(" ") : line;
        return !attribution.matcher(unquoted).find();
    }
}
