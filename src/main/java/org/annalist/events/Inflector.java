package org.annalist.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Regular English verb morphology with an irregular table: lemma -> its surface forms. */
final class Inflector {

    /** What a surface form says about tense. */
    enum Form { BASE, THIRD, PAST, PARTICIPLE, GERUND }

    private final Map<String, List<String>> irregular;

    Inflector(Map<String, List<String>> irregular) {
        this.irregular = irregular;
    }

    /** Every form of {@code lemma}; a past form that is also the participle is reported as PAST. */
    Map<String, Form> forms(String lemma) {
        Map<String, Form> out = new LinkedHashMap<>();
        out.put(lemma, Form.BASE);
        out.putIfAbsent(third(lemma), Form.THIRD);
        out.putIfAbsent(gerund(lemma), Form.GERUND);
        List<String> irr = irregular.get(lemma);
        if (irr != null) {
            out.putIfAbsent(irr.get(0), Form.PAST);
            out.putIfAbsent(irr.get(1), Form.PARTICIPLE);
            irr.stream().skip(2).forEach(f -> out.putIfAbsent(f, Form.THIRD));
        } else {
            out.putIfAbsent(past(lemma), Form.PAST);
        }
        return out;
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    static String third(String w) {
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh") || w.endsWith("o")) {
            return w + "es";
        }
        if (w.endsWith("y") && w.length() > 1 && !vowel(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        return w + "s";
    }

    static String past(String w) {
        if (w.endsWith("e")) {
            return w + "d";
        }
        if (w.endsWith("y") && w.length() > 1 && !vowel(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1) + "ied";
        }
        return doubled(w) + "ed";
    }

    static String gerund(String w) {
        if (w.endsWith("ie")) {
            return w.substring(0, w.length() - 2) + "ying";
        }
        if (w.endsWith("e") && !w.endsWith("ee") && w.length() > 2) {
            return w.substring(0, w.length() - 1) + "ing";
        }
        return doubled(w) + "ing";
    }

    /** One-syllable consonant-vowel-consonant verbs double the last letter: ban -> bann-. */
    private static String doubled(String w) {
        int n = w.length();
        if (n < 3) {
            return w;
        }
        char a = w.charAt(n - 3);
        char b = w.charAt(n - 2);
        char c = w.charAt(n - 1);
        long vowelGroups = w.chars().filter(ch -> vowel((char) ch)).count();
        boolean cvc = !vowel(a) && vowel(b) && !vowel(c) && "wxy".indexOf(c) < 0;
        return cvc && vowelGroups == 1 ? w + c : w;
    }
}
