package org.annalist.events;

import org.annalist.text.Token;

/** What single tokens of a sentence are, for the summary's phrase ends: gerunds, articles, amounts, dashes inside words, times. */
final class TokenShapes {

    private TokenShapes() {
    }

    static boolean isGerund(Token t) {
        return t.text().equals(t.lower()) && t.lower().endsWith("ing") && t.lower().length() > 5;
    }
    static boolean isArticle(String w) {
        return w.equals("a") || w.equals("an") || w.equals("the") || w.equals("its") || w.equals("his") || w.equals("her")
                || w.equals("their") || w.equals("this") || w.equals("these") || w.equals("those") || w.equals("some")
                || w.equals("all") || w.equals("more") || w.equals("most") || w.equals("any");
    }
    static boolean lexiconAdverb(String w) {
        return w.equals("not") || w.equals("also") || w.equals("reportedly") || w.equals("allegedly") || w.equals("later");
    }
    /** "her" closing its clause is an object pronoun ("stand by her."), not a possessive. */
    static boolean pronounObject(SentenceView v, int i) {
        return v.tokens.get(i).lower().equals("her") && (i + 1 >= v.tokens.size() || !v.tokens.get(i + 1).isWord());
    }
    /** A hyphen written inside a word ("do-or-die"): no dash aside. */
    static boolean joinedDash(SentenceView v, int i) {
        Token t = v.tokens.get(i);
        return t.text().equals("-") && i > 0 && i + 1 < v.tokens.size()
                && v.tokens.get(i - 1).end() == t.start() && v.tokens.get(i + 1).start() == t.end();
    }
    /** A time or a number right after a stamp word, past a colon ("Updated: 1:38 a.m."). */
    static boolean timeFollows(SentenceView v, int i) {
        for (int k = i + 1; k < Math.min(v.tokens.size(), i + 3); k++) {
            if (inTimex(v, k) || Character.isDigit(v.tokens.get(k).text().charAt(0))) {
                return true;
            }
        }
        return false;
    }
    static boolean opens(SentenceView v, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            String w = v.tokens.get(i).text();
            depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
        }
        return depth > 0;
    }
    static boolean isQuoteMark(Token t) {
        return t.text().equals("\"") || t.text().equals("\u201c") || t.text().equals("\u201d");
    }
    /** "10,000", "1.5", "$160 million", "5%": punctuation inside an amount does not end the object. */
    static boolean numberPart(SentenceView v, int i) {
        String w = v.tokens.get(i).text();
        if (w.equals("$") || w.equals("%") || w.equals("\u00a3") || w.equals("\u20ac")) {
            return true;
        }
        if ((w.equals("-") || w.equals("\u2013") || w.equals("to")) && i > 0 && i + 1 < v.tokens.size()
                && endsInDigit(v.tokens.get(i - 1).text()) && (v.tokens.get(i + 1).text().equals("$") || Character.isDigit(v.tokens.get(i + 1).text().charAt(0)))) {
            return true; // "$400 - $500 million"
        }
        return (w.equals(",") || w.equals(".") || w.equals(":")) && i > 0 && i + 1 < v.tokens.size()
                && Character.isDigit(v.tokens.get(i - 1).text().charAt(v.tokens.get(i - 1).text().length() - 1))
                && Character.isDigit(v.tokens.get(i + 1).text().charAt(0))
                && v.tokens.get(i + 1).start() == v.tokens.get(i).end();
    }
    static boolean endsInDigit(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(w.length() - 1));
    }
    static boolean inTimex(SentenceView v, int i) {
        Token t = v.tokens.get(i);
        return v.timexes.stream().anyMatch(x -> x.span().start() < t.end() && t.start() < x.span().end());
    }
}
