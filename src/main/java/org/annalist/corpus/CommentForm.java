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

    CommentForm(JsonNode json) {
        notice = Pattern.compile(json.path("notice").asText(), Pattern.CASE_INSENSITIVE);
        voice = Pattern.compile(json.path("voice").asText());
        attribution = Pattern.compile(json.path("attribution").asText(), Pattern.CASE_INSENSITIVE);
        maxGap = json.path("maxGap").asInt(2);
        minVoiceLines = json.path("minVoiceLines").asInt(3);
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

    private boolean isReaderVoice(String line) {
        return voice.matcher(line).find() && !attribution.matcher(line).find();
    }
}
