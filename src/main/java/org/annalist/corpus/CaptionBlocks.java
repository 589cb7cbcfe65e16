package org.annalist.corpus;

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
    /** A photographer's credit closing a bracketed caption ("... March 16, 2011/Cynthia Karam)"). */
    private final Pattern bracketCredit;

    /** The {@code captions} object of {@code boilerplate.json}. */
    record Rules(String credit, String opener, String datedCaption, int reachLines, int openerMaxChars,
                 int datedCaptionMaxChars, String bracketCredit) {
    }

    CaptionBlocks(Rules json) {
        credit = RuleResource.pattern("captions.credit", json.credit());
        opener = RuleResource.pattern("captions.opener", json.opener(), Pattern.CASE_INSENSITIVE);
        datedCaption = RuleResource.pattern("captions.datedCaption", json.datedCaption());
        reachLines = json.reachLines();
        openerMaxChars = json.openerMaxChars();
        datedCaptionMaxChars = json.datedCaptionMaxChars();
        bracketCredit = RuleResource.pattern("captions.bracketCredit", json.bracketCredit());
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
            } else if (i > taken && line.text().startsWith("(") && line.text().length() <= openerMaxChars
                    && !creditFollows(lines, i)) {
                taken = bracketed(lines, i, out, taken);
            }
        }
        return out;
    }

    /**
     * A caption in brackets closed by its photographer's credit on its line or the next ("(Rally organized
     * by ... March 16, 2011," / "Around 2,000 ... rallied .../Cynthia Karam) A Bahraini ..."): the range runs
     * from the bracket to the credit; what follows on the line is the story's. Returns the last line taken.
     */
    private int bracketed(List<TextBlocks.Block> lines, int i, List<ExcludedRange> out, int taken) {
        for (int j = i; j < lines.size() && j <= i + 1; j++) {
            Matcher m = bracketCredit.matcher(lines.get(j).text());
            if (lines.get(j).text().length() <= openerMaxChars + datedCaptionMaxChars && m.find()) {
                out.add(new ExcludedRange(new Span(lines.get(i).span().start(), lines.get(j).span().start() + m.end()), CAPTION));
                return j;
            }
        }
        return taken;
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
