package org.annalist.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.annalist.text.Span;

/**
 * The rule-based tagger. The text is tokenised once; at each token only the rules whose first
 * token it can be are tried (anchored {@code lookingAt} on precompiled patterns), so no pattern is
 * scanned across the text. Overlaps keep the earliest, then longest match. Values are then
 * normalised in text order, each setting the narrative's reference time for the next.
 * Immutable and thread-safe: all per-call state lives in {@link #tag}.
 */
final class RuleTagger implements TimeTagger {

    private static final java.util.regex.Pattern FOUR_DIGITS = java.util.regex.Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

    private final List<Rule> rules;
    private final RuleIndex index;
    private final Tokenizer tokenizer;
    private final TenseCues tenses;
    private final Normalizer normalizer;
    private final YearPlausibility years;

    RuleTagger(RuleResources r) {
        this.rules = List.copyOf(r.rules);
        this.index = new RuleIndex(rules);
        this.tokenizer = new Tokenizer(r.abbreviations);
        this.tenses = new TenseCues(r.futureCues, r.pastCues, r.pastSuffixes, r.auxiliaries, r.determiners);
        this.normalizer = new Normalizer(r.tables);
        this.years = r.years;
    }

    /** The rules, in resource order (for tests and error analysis). */
    List<Rule> rules() {
        return rules;
    }

    private record Candidate(int start, int end, int firstToken, int order, Rule rule, MatchResult match) {
    }

    @Override
    public List<TimeExpression> tag(String text, LocalDate dct) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = tokenizer.tokenize(text);
        List<Candidate> candidates = match(text, tokens);
        List<TimeExpression> out = new ArrayList<>();
        String reference = dct == null ? null : dct.toString();
        int lastToken = 0;
        int listLineEnd = -1;
        for (Candidate c : candidates) {
            while (lastToken < tokens.size() && tokens.get(lastToken).end() < c.end()) {
                lastToken++;
            }
            Tense tense = tenses.around(text, tokens, c.firstToken(), Math.min(lastToken, tokens.size() - 1));
            if (headsListItem(text, c.start(), c.end())) {
                int eol = text.indexOf('\n', c.end());
                listLineEnd = eol < 0 ? text.length() : eol;
            }
            // the head of a chronology item and the other dates of its line ("Feb. 17 - Activists designate Feb. 17 ...")
            boolean listItem = tense != Tense.FUTURE && c.start() < listLineEnd;
            Normalizer.Normalized n = normalizer.normalize(c.rule(), c.match(),
                    new Situation(dct, listItem ? Tense.PAST : tense, reference, listItem));
            if (n == null || c.rule().bareYear() && !isYear(text, c, n, dct)) {
                continue;
            }
            ValueDays days = ValueDays.of(n.value());
            if (days != null && n.type() != TimexType.DURATION && n.type() != TimexType.SET && !comparison(c.rule(), n)) {
                reference = n.value();
            }
            boolean anchored = days != null && (n.type() == TimexType.DATE || n.type() == TimexType.TIME);
            out.add(new TimeExpression(new Span(c.start(), c.end()), text.substring(c.start(), c.end()), n.type(),
                    n.value(), anchored ? days.start() : null, anchored ? days.end() : null));
        }
        return out;
    }

    /** All rule matches at token starts, reduced to non-overlapping ones (earliest, then longest). */
    private List<Candidate> match(String text, List<Token> tokens) {
        Matcher[] matchers = new Matcher[rules.size()];
        List<Candidate> all = new ArrayList<>();
        int covered = 0;
        RuleIndex.Lookup lookup = index.lookup(tokens);
        long[] window = lookup.window();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Candidate best = null;
            for (int g = 0; g < 2; g++) {
                int[] group = g == 0 ? lookup.byWord()[i] : index.byKind(t);
                for (int k : group) {
                    Rule rule = rules.get(k);
                    if (!index.nearEnough(k, window[i])) {
                        continue;
                    }
                    Matcher m = matchers[k];
                    if (m == null) {
                        m = rule.pattern().matcher(text).useTransparentBounds(true);
                        matchers[k] = m;
                    }
                    m.region(t.start(), text.length());
                    if (!m.lookingAt() || m.end() <= t.start() || !capitalized(text, m, rule.capitalized())) {
                        continue;
                    }
                    if (best == null || m.end() > best.end() || m.end() == best.end() && k < best.order()) {
                        best = new Candidate(t.start(), m.end(), i, k, rule, m.toMatchResult());
                    }
                }
            }
            if (best != null && best.start() >= covered) {
                all.add(best);
                covered = best.end();
            } else if (best != null && best.end() > covered && !all.isEmpty()
                    && all.get(all.size() - 1).end() - all.get(all.size() - 1).start() < best.end() - best.start()
                    && all.get(all.size() - 1).start() < best.start()) {
                // a longer match starting inside the previous one replaces it
                all.set(all.size() - 1, best);
                covered = best.end();
            }
        }
        all.sort(Comparator.comparingInt(Candidate::start));
        return all;
    }

    /**
     * True when the expression opens a line (after white space or a bullet) and a dash or colon follows
     * it: the head of a chronology item ("Feb. 28 - EU governments approve ...", "March 5: ...").
     */
    static boolean headsListItem(String text, int start, int end) {
        for (int i = start - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            char ch = text.charAt(i);
            if (!Character.isWhitespace(ch) && ch != '*' && ch != '\u2022' && ch != '-') {
                return false;
            }
        }
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= text.length() || "-\u2013\u2014:".indexOf(text.charAt(i)) < 0) {
            return false;
        }
        return i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
    }

    /** A bare number read as a year only when {@link YearPlausibility} agrees. */
    private boolean isYear(String text, Candidate c, Normalizer.Normalized n, LocalDate dct) {
        Matcher digits = FOUR_DIGITS.matcher(text).region(c.start(), c.end());
        if (!digits.find() || n.value().length() != 4) {
            return true;
        }
        return years.isYear(text, digits.start(), digits.end(), Integer.parseInt(n.value()), dct);
    }

    /** "a year ago", "last year's" in a comparison: they look back without moving the narrative. */
    private static boolean comparison(Rule rule, Normalizer.Normalized n) {
        return rule.comparison() || rule.norm().get("fn").equals("relativeUnit") && n.value().contains("-Q");
    }

    private static boolean capitalized(String text, Matcher m, int group) {
        if (group == 0) {
            return true;
        }
        int at = m.start(group);
        return at >= 0 && Character.isUpperCase(text.charAt(at));
    }
}
