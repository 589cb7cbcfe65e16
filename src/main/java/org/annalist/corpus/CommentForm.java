package org.annalist.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reader comments with no stamp, closed by a comment form ("(required, but will not be displayed)"):
 * the comments start at the form, or at the first line of a run of lines in a reader's voice just
 * above it (first or second person, "!!", a lowercase start; no quotes or attribution).
 */
final class CommentForm {

    private final Pattern notice;
    private final Pattern voice;
    private final Pattern attribution;
    private final int maxGap;
    private final int minVoiceLines;
    /** A reader's marks ("lol", "!!", "??", a lowercase start) that no story line carries. */
    private final Pattern readerMark;
    private final int minRantLines;
    private final int minRantMarks;

    CommentForm(JsonNode json) {
        notice = Pattern.compile(json.path("notice").asText(), Pattern.CASE_INSENSITIVE);
        voice = Pattern.compile(json.path("voice").asText());
        attribution = Pattern.compile(json.path("attribution").asText(), Pattern.CASE_INSENSITIVE);
        maxGap = json.path("maxGap").asInt(2);
        minVoiceLines = json.path("minVoiceLines").asInt(3);
        readerMark = Pattern.compile(json.path("readerMark").asText());
        minRantLines = json.path("minRantLines").asInt(4);
        minRantMarks = json.path("minRantMarks").asInt(2);
    }

    /** The index of the line that opens the comments closed by a form, or -1. */
    int start(List<TextBlocks.Block> lines, int textLength, double minArticleShare) {
        int form = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (notice.matcher(lines.get(i).text()).find()) {
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
     * The first line of a run of readers' lines just above line {@code start} (a comment form or the
     * first comment stamp), or {@code start} when there is no such run.
     */
    int readersAbove(List<TextBlocks.Block> lines, int start, int textLength, double minArticleShare) {
        int first = start;
        int voiced = 0;
        int gap = 0;
        for (int j = start - 1; j >= 1 && gap <= maxGap; j--) {
            TextBlocks.Block line = lines.get(j);
            if (line.span().start() < textLength * minArticleShare) {
                break;
            }
            if (isReaderVoice(line.text())) {
                voiced++;
                first = j;
                gap = 0;
            } else {
                gap++;
            }
        }
        return voiced >= minVoiceLines ? first : start;
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
            if (isReaderVoice(text)) {
                first = voiced == 0 ? i : first;
                voiced++;
                marked += readerMark.matcher(text).find() ? 1 : 0;
                gap = 0;
                if (voiced >= minRantLines && marked >= minRantMarks) {
                    return first;
                }
            } else if (voiced > 0 && ++gap > maxGap) {
                voiced = 0;
                marked = 0;
                gap = 0;
            }
        }
        return -1;
    }

    private boolean isReaderVoice(String line) {
        return voice.matcher(line).find() && !attribution.matcher(line).find();
    }
}
