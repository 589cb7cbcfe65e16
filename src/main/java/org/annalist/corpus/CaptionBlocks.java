package org.annalist.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.text.Span;

/**
 * Photo captions closed by an agency credit at a line's start ("... in Benghazi March 22, 2011." /
 * "REUTERS/Suhaib Salem"), and caption lines opened by "Photo:" ("Photo, top to bottom: ..."). Text dumps
 * of blog pages put the credit at the start of the next line, glued to whatever follows.
 */
final class CaptionBlocks {

    static final String CAPTION = "boilerplate: photo caption or credit";
    private final Pattern credit;
    private final Pattern opener;
    private final Pattern datedCaption;
    private final int reachLines;
    private final int openerMaxChars;
    private final int datedCaptionMaxChars;

    CaptionBlocks(JsonNode json) {
        credit = Pattern.compile(json.path("credit").asText());
        opener = Pattern.compile(json.path("opener").asText(), Pattern.CASE_INSENSITIVE);
        datedCaption = Pattern.compile(json.path("datedCaption").asText());
        reachLines = json.path("reachLines").asInt(3);
        openerMaxChars = json.path("openerMaxChars").asInt(400);
        datedCaptionMaxChars = json.path("datedCaptionMaxChars").asInt(400);
    }

    List<ExcludedRange> find(List<TextBlocks.Block> lines) {
        List<ExcludedRange> out = new ArrayList<>();
        int taken = -1; // the last line index already inside a caption range
        for (int i = 0; i < lines.size(); i++) {
            TextBlocks.Block line = lines.get(i);
            Matcher m = credit.matcher(line.text());
            if (m.lookingAt()) {
                int first = i;
                for (int j = i - 1; j > taken && j >= i - reachLines; j--) {
                    if (opensCaption(lines.get(j).text())) {
                        first = j; // the nearest: a caption and its one context sentence, never further
                        break;
                    }
                }
                int end = line.span().start() + m.end();
                String rest = line.text().substring(m.end()).replaceFirst("^[\\s;]+", "");
                if (!rest.isEmpty() && isDatedCaption(rest)) {
                    end = line.span().end();
                }
                out.add(new ExcludedRange(new Span(lines.get(first).span().start(), end), CAPTION));
                taken = i;
            } else if (i > taken && line.text().length() <= openerMaxChars && opener.matcher(line.text()).find()
                    && !creditFollows(lines, i)) {
                out.add(new ExcludedRange(line.span(), CAPTION));
                taken = i;
            }
        }
        return out;
    }

    private boolean opensCaption(String line) {
        return line.length() <= openerMaxChars && opener.matcher(line).find() || isDatedCaption(line);
    }

    private boolean isDatedCaption(String line) {
        return line.length() <= datedCaptionMaxChars && datedCaption.matcher(line).find();
    }

    private boolean creditFollows(List<TextBlocks.Block> lines, int i) {
        for (int j = i + 1; j < lines.size() && j <= i + reachLines; j++) {
            if (credit.matcher(lines.get(j).text()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
