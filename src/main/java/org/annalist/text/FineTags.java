package org.annalist.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fine Penn Treebank tags from the model's Universal tags, the word's form and its left context.
 *
 * <p>The English model tags with Universal Dependencies' seventeen tags: one VERB for "attack",
 * "attacked", "attacking" and "attacks", one NOUN for "city" and "cities", one AUX for "were", "has"
 * and "will". Penn's distinctions that the rules need (a past tense from a participle, a plural, a
 * possessive pronoun) follow from the form: an irregular verb's table, the -ed/-ing/-s endings, and
 * for a past form the word before it ("were killed", "has killed": a participle; "troops backed by":
 * a participle before its agent; otherwise a past tense). A tag the model did not give in Universal
 * form passes unchanged.
 */
public final class FineTags {

    private static final Set<String> UNIVERSAL = Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN",
            "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");
    /** Universal tags of the words of a noun group (a subject between an inverted auxiliary and its verb). */
    private static final Set<String> SUBJECT_WORDS = Set.of("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM");
    /** Universal tags that open a clause's subject after a complementizer "that". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM");
    /** A verb's subject or complement looked for this many words back, over adverbs and "not". */
    private static final int LOOK_BACK = 3;

    private static final FineTags STANDARD = new FineTags(FineTagWords.standard());

    private final FineTagWords w;
    private final Map<String, FineTagWords.VerbForm> verbForms;
    private final Set<String> participleAfter;
    private final Set<String> baseAfter;
    private final Set<String> beForms;
    private final Set<String> bases;
    private final Set<String> singularInS;
    private final Set<String> irregularPlurals;
    private final Set<String> singularInMen;
    private final Set<String> singularProper;
    private final Set<String> possessives;
    private final Set<String> notComparatives;
    private final Set<String> nounPronouns;
    private final Set<String> determinerPronouns;
    private final Set<String> predeterminers;
    private final Set<String> negations;

    FineTags(FineTagWords words) {
        this.w = words;
        this.verbForms = words.verbForms();
        this.participleAfter = FineTagWords.set(words.participleAfter());
        this.baseAfter = FineTagWords.set(words.baseAfter());
        this.beForms = FineTagWords.set(words.beForms());
        this.bases = FineTagWords.set(words.baseFormsLikeInflections());
        this.singularInS = FineTagWords.set(words.singularNounsInS());
        this.irregularPlurals = FineTagWords.set(words.irregularPlurals());
        this.singularInMen = FineTagWords.set(words.singularsEndingInMen());
        this.singularProper = FineTagWords.set(words.singularProperNouns());
        this.possessives = FineTagWords.set(words.possessives());
        this.notComparatives = FineTagWords.set(words.notComparatives());
        this.nounPronouns = FineTagWords.set(words.nounPronouns());
        this.determinerPronouns = FineTagWords.set(words.determinerPronouns());
        this.predeterminers = FineTagWords.set(words.predeterminers());
        this.negations = FineTagWords.set(words.negations());
    }

    public static FineTags standard() {
        return STANDARD;
    }

    /** True for a form of "be" ("is", "were", "'s", "being"): an auxiliary or a copula, no act of its own. */
    public static boolean isFormOfBe(String lower) {
        return STANDARD.beForms.contains(lower);
    }

    /** True for a form of "have" before a participle: the participle is a perfect, not a passive. */
    public static boolean isPerfectAuxiliary(String lower) {
        return STANDARD.w.perfectAuxiliaries().contains(lower);
    }

    /** The Penn tags of {@code words}, given the model's Universal tags {@code universal}, one per word. */
    public String[] of(String[] words, String[] universal) {
        String[] lower = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            lower[i] = words[i].toLowerCase(Locale.ROOT);
        }
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String u = universal[i];
            out[i] = u == null || !UNIVERSAL.contains(u) ? u : fine(i, words, lower, universal, out);
        }
        return out;
    }

    private String fine(int i, String[] words, String[] lower, String[] u, String[] out) {
        String x = lower[i];
        return switch (u[i]) {
            case "PUNCT" -> w.punctuation().getOrDefault(words[i], ".");
            case "SYM" -> w.punctuation().getOrDefault(words[i], "SYM");
            case "ADJ" -> graded(x, "JJ", true);
            case "ADV" -> "WRB".equals(w.whWords().get(x)) ? "WRB" : graded(x, "RB", false);
            case "ADP" -> x.equals("to") ? "TO" : "IN";
            case "SCONJ" -> "WRB".equals(w.whWords().get(x)) ? "WRB" : "IN";
            case "PART" -> x.equals("to") ? "TO" : negations.contains(x) ? "RB"
                    : x.equals("'s") || x.equals("'") || x.equals("\u2019s") ? "POS" : "RP";
            case "CCONJ" -> "CC";
            case "NUM" -> "CD";
            case "INTJ" -> "UH";
            case "X" -> "FW";
            case "DET" -> determiner(i, x, u);
            case "PRON" -> pronoun(i, x, u);
            case "NOUN" -> pluralNoun(x) ? "NNS" : "NN";
            case "PROPN" -> pluralProper(x) ? "NNPS" : "NNP";
            default -> verb(i, words, lower, u, out); // VERB, AUX
        };
    }

    private String graded(String x, String base, boolean bySuffix) {
        String grade = w.comparatives().getOrDefault(x, w.irregularComparatives().get(x));
        if (grade == null && bySuffix && x.length() > 4 && !notComparatives.contains(x)) {
            grade = x.endsWith("est") ? "S" : x.endsWith("er") ? "R" : null;
        }
        return grade == null ? base : base + grade;
    }

    private String determiner(int i, String x, String[] u) {
        String wh = w.whWords().get(x);
        if (wh != null) {
            return wh.equals("WP$") ? wh : "WDT";
        }
        if (possessives.contains(x)) {
            return "PRP$";
        }
        return predeterminers.contains(x) && i + 1 < u.length && "DET".equals(u[i + 1]) ? "PDT" : "DT";
    }

    private String pronoun(int i, String x, String[] u) {
        String next = i + 1 < u.length ? u[i + 1] : "";
        if (x.equals("that")) { // "the city that fell": a relative after its noun; "that is": a demonstrative
            if (i > 0 && (u[i - 1].equals("NOUN") || u[i - 1].equals("PROPN") || u[i - 1].equals("NUM"))) {
                return "WDT";
            }
            return CLAUSE_OPENERS.contains(next) ? "IN" : "DT"; // "demanding that citizens cooperate": a complementizer
        }
        String wh = w.whWords().get(x);
        if (wh != null) {
            return wh;
        }
        if (x.equals("there")) {
            return "EX";
        }
        if (possessives.contains(x)) { // "her forces" but "told her"; "his" alone is rare but a pronoun
            boolean beforeNoun = next.equals("NOUN") || next.equals("ADJ") || next.equals("PROPN")
                    || next.equals("NUM") || next.equals("ADV");
            return x.equals("her") || x.equals("his") ? (beforeNoun ? "PRP$" : "PRP") : "PRP$";
        }
        if (nounPronouns.contains(x)) {
            return "NN";
        }
        return determinerPronouns.contains(x) ? "DT" : "PRP";
    }

    private boolean pluralNoun(String x) {
        if (irregularPlurals.contains(x)) {
            return true;
        }
        if (x.endsWith("men") && x.length() > 4 && !singularInMen.contains(x)) {
            return true; // gunmen, servicemen
        }
        return x.length() > 3 && x.endsWith("s") && !x.endsWith("ss") && !x.endsWith("us") && !x.endsWith("is")
                && !singularInS.contains(x) && Character.isLetter(x.charAt(x.length() - 2));
    }

    private boolean pluralProper(String x) {
        if (singularProper.contains(x)) {
            return false;
        }
        return w.properPluralSuffixes().stream().anyMatch(s -> x.endsWith(s) && x.length() > s.length() + 1);
    }

    private String verb(int i, String[] words, String[] lower, String[] u, String[] out) {
        String x = lower[i];
        String aux = w.auxiliaries().get(x); // "there is" and "have talks" are VERB, their forms those of the auxiliary
        if ("MD".equals(aux) && !"AUX".equals(u[i])) {
            aux = null; // "can" and "will" read as verbs are no modals
        }
        if (aux != null && !aux.equals("VBD") && !aux.equals("VBP")) {
            return aux; // is, been, will, being: the form says it all
        }
        FineTagWords.VerbForm form = verbForms.get(x);
        boolean base = bases.contains(x);
        if (aux != null && aux.equals("VBP") || form != null && form.base() && !form.past() && !form.participle()
                || base) {
            return baseTag(i, words, lower, u, out);
        }
        if (aux != null && (form == null || !form.participle())) {
            return aux; // were, did
        }
        if (form != null) {
            if (form.past() && form.participle()) {
                return form.base() ? pastOfBaseLike(i, words, lower, u, out) : pastOrParticiple(i, lower, u, out);
            }
            if (form.participle()) {
                return form.base() ? pastOfBaseLike(i, words, lower, u, out) : "VBN"; // "become", "run"; "taken"
            }
            return "VBD"; // took, went
        }
        if (x.endsWith("ing") && x.length() > 4) {
            return "VBG";
        }
        if (x.endsWith("ed") && x.length() > 3) {
            return pastOrParticiple(i, lower, u, out);
        }
        if (x.endsWith("s") && x.length() > 2 && !x.endsWith("ss") && !x.endsWith("us") && !x.endsWith("'s")) {
            return "VBZ";
        }
        return baseTag(i, words, lower, u, out);
    }

    /** "put", "cut", "come": a base form after "to" or a modal, a participle after "be"/"have", else a past. */
    private String pastOfBaseLike(int i, String[] words, String[] lower, String[] u, String[] out) {
        String base = baseTag(i, words, lower, u, out);
        if (base.equals("VB")) {
            return base;
        }
        String pp = pastOrParticiple(i, lower, u, out);
        return pp.equals("VBN") ? pp : verbForms.get(lower[i]).past() ? "VBD" : "VBP";
    }

    private String pastOrParticiple(int i, String[] lower, String[] u, String[] out) {
        int p = before(i, lower, u);
        if (p >= 0 && participleAfter.contains(lower[p])) {
            return "VBN"; // "were killed", "has not yet taken"
        }
        if (i + 1 < lower.length && lower[i + 1].equals("by")) {
            return "VBN"; // "troops backed by", "Backed by Nato, ..."
        }
        if (p >= 0 && (u[p].equals("DET") || "PRP$".equals(out[p]))) {
            return "VBN"; // "the wounded", "its elected leaders"
        }
        if (p >= 1 && (lower[p].equals("and") || lower[p].equals("or") || lower[p].equals(","))
                && "VBN".equals(out[p - 1])) {
            return "VBN"; // "were arrested and beaten"
        }
        return "VBD";
    }

    private String baseTag(int i, String[] words, String[] lower, String[] u, String[] out) {
        int p = before(i, lower, u);
        if (p >= 0 && (baseAfter.contains(lower[p]) || "MD".equals(out[p]) || "TO".equals(out[p]))) {
            return "VB"; // "to attack", "will attack", "did not attack"
        }
        for (int q = p; q >= 0 && q >= i - 5 && SUBJECT_WORDS.contains(u[q]); q--) {
            if (q > 0 && (baseAfter.contains(lower[q - 1]) || "MD".equals(out[q - 1]))) {
                return "VB"; // "did the Islamists meet", "will they agree": a subject between
            }
        }
        if (i == 0 && Character.isUpperCase(words[i].charAt(0))) {
            return "VB"; // "Stop the killing": an imperative opens its sentence
        }
        return "VBP";
    }

    /** The word before {@code i} over adverbs and "not" (at most a few), or -1. */
    private int before(int i, String[] lower, String[] u) {
        int p = i - 1;
        for (int steps = 0; p >= 0 && steps < LOOK_BACK; steps++) {
            boolean skip = negations.contains(lower[p]) || "ADV".equals(u[p]);
            if (!skip) {
                return p;
            }
            p--;
        }
        return p < 0 ? -1 : p;
    }
}
