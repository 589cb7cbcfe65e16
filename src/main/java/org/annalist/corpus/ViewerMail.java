package org.annalist.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Viewers' and readers' e-mails read out on a live page or a show ("An e-mail from Omar in Cairo: ...",
 * "Seth writes, ..."): each such line is furniture. A bare first name counts only when two such lines
 * occur, so an op-ed quoting one columnist keeps its line.
 */
final class ViewerMail {

    static final String MAIL = "boilerplate: a viewer's or reader's e-mail";
    private final Pattern cue;
    private final Pattern firstName;
    private final Set<String> notNames;

    /** The {@code viewerMail} object of {@code boilerplate.json}. */
    record Rules(List<String> cues, String stamp, String firstName, List<String> notNames) {
    }

    ViewerMail(Rules json) {
        String stamp = json.stamp();
        cue = RuleResource.pattern("viewerMail.cues", stamp + "(?:(?:" + String.join(")|(?:", json.cues()) + "))", 0);
        firstName = RuleResource.pattern("viewerMail.firstName", stamp + "(" + json.firstName() + ")");
        notNames = Set.copyOf(json.notNames());
    }

    List<ExcludedRange> find(List<TextBlocks.Block> lines) {
        List<ExcludedRange> out = new ArrayList<>();
        List<ExcludedRange> byFirstName = new ArrayList<>();
        for (TextBlocks.Block line : lines) {
            if (cue.matcher(line.text()).lookingAt()) {
                out.add(new ExcludedRange(line.span(), MAIL));
                continue;
            }
            Matcher m = firstName.matcher(line.text());
            if (m.lookingAt() && !notNames.contains(m.group(1).substring(0, m.group(1).indexOf(' ')))) {
                byFirstName.add(new ExcludedRange(line.span(), MAIL));
            }
        }
        if (byFirstName.size() >= 2 || !byFirstName.isEmpty() && !out.isEmpty()) {
            out.addAll(byFirstName);
        }
        return out;
    }
}
