package org.annalist.actors;

import java.util.List;

/**
 * Grows an actor mention over the title around it, so that "Russian Deputy Foreign Minister
 * Gennady Gatilov", "Qatar's foreign minister", "U.S. officials" and "Foreign Minister Jean-Marc
 * Ayrault" are one mention each. Stateless.
 */
final class TitlePhrases {

    /** Where a rightward extension ends and whether a name may follow. */
    record Extent(int end, int nameStart) {
    }

    private final MatchingRules rules;

    TitlePhrases(MatchingRules rules) {
        this.rules = rules;
    }

    boolean isHead(Token t) {
        return t.word() && rules.titles().contains(t.norm());
    }

    /** Any word of a title phrase: head, modifier or collective noun. */
    boolean isTitleWord(Token t) {
        return isHead(t) || isModifier(t) || isGroup(t);
    }

    /** A title abbreviation with its dot ends at {@code i} ("Mr.", "Gen."). */
    boolean abbreviationDotAt(List<Token> tokens, int i) {
        return i >= 1 && tokens.get(i).is(".") && !tokens.get(i).spaceBefore()
                && rules.abbreviations().contains(tokens.get(i - 1).norm());
    }

    private boolean isModifier(Token t) {
        return t.word() && rules.modifiers().contains(t.norm());
    }

    private boolean isGroup(Token t) {
        return t.word() && rules.groups().contains(t.norm());
    }

    /**
     * Title words after an actor name ending at token {@code from}: returns the token index after
     * the last head title or collective noun ({@code from} when none), and the index where a
     * person's name may start (-1 when the phrase does not end in a singular title).
     */
    Extent right(List<Token> tokens, int from) {
        int p = from;
        if (p + 1 < tokens.size() && tokens.get(p).is("'") && tokens.get(p + 1).is("s") && !tokens.get(p).spaceBefore()) {
            p += 2;
        }
        int end = from;
        int nameStart = from > 0 && isHead(tokens.get(from - 1)) ? p : -1;
        while (p < tokens.size()) {
            Token t = tokens.get(p);
            if (isHead(t)) {
                p++;
                end = p;
                nameStart = p;
            } else if (isGroup(t)) {
                p++;
                end = p;
                nameStart = -1;
            } else if (isModifier(t) || (t.is("-") && !t.spaceBefore() && end > from)) {
                p++;
                if (nameStart >= 0) {
                    nameStart = p;
                }
            } else if (t.word() && rules.connectors().contains(t.norm()) && end > from && p + 1 < tokens.size()
                    && (isHead(tokens.get(p + 1)) || isModifier(tokens.get(p + 1)))) {
                p++;
            } else {
                break;
            }
        }
        return new Extent(end, nameStart);
    }

    /** The first token of the title words right before a person's name at {@code at}, not before {@code floor}. */
    int left(List<Token> tokens, int at, int floor) {
        int p = at;
        int start = at;
        int headStart = at;
        while (p - 1 >= floor) {
            Token t = tokens.get(p - 1);
            if (isHead(t) || isModifier(t)) {
                p--;
                start = p;
                headStart = isHead(t) ? p : headStart;
            } else if (p < at && p == start && ((t.is("-") && !t.spaceBefore()) || (t.word() && rules.connectors().contains(t.norm())))) {
                p--;
            } else if (p == at && abbreviationDotAt(tokens, p - 1) && p - 2 >= floor) {
                p--;
            } else {
                break;
            }
        }
        // modifiers alone ("former") are no title
        return headStart < at ? start : at;
    }

    /**
     * The end of a capitalised personal name starting at {@code from} ("Gennady Gatilov",
     * "Stephane Dujarric", "Zeid Ra'ad al-Hussein"), at most four words; {@code from} when none.
     * Stops before {@code limit} (the next known alias).
     */
    int name(List<Token> tokens, int from, int limit) {
        int p = from;
        int words = 0;
        int end = from;
        while (p < limit && words < 4) {
            Token t = tokens.get(p);
            if (t.word() && t.capitalised() && !rules.notNames().contains(t.norm()) && !isHead(t) && !isGroup(t)) {
                p++;
                words++;
                end = p;
                if (t.text().length() == 1 && p < limit && tokens.get(p).is(".") && !tokens.get(p).spaceBefore()) {
                    p++; // an initial: "P. J. Crowley"
                    end = p;
                }
            } else if (t.is("'") && p + 1 < limit && tokens.get(p + 1).is("s")) {
                break; // a possessive ends the name
            } else if (p > from && !t.spaceBefore() && (t.is("-") || t.is("'")) && p + 1 < limit && tokens.get(p + 1).word()
                    && !tokens.get(p + 1).spaceBefore()) {
                p += 2;
                end = p;
            } else if (t.word() && rules.particles().contains(t.norm()) && p + 1 < limit
                    && (tokens.get(p + 1).word() || tokens.get(p + 1).is("-"))) {
                p++;
            } else {
                break;
            }
        }
        return end;
    }
}
