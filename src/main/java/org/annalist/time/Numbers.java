package org.annalist.time;

import java.util.Map;

/** Reads amounts written in digits ("1,000", "2.5") or words ("twenty-five", "a dozen", "half"). */
final class Numbers {

    private final Map<String, String> words;

    Numbers(Map<String, String> words) {
        this.words = words;
    }

    /** The amount, or null when the phrase is not a number. */
    Double parse(String phrase) {
        String p = phrase.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s-]+", " ");
        if (p.isEmpty()) {
            return null;
        }
        if (Character.isDigit(p.charAt(0))) {
            try {
                if (p.endsWith(" 1/2")) {
                    return Double.parseDouble(p.substring(0, p.length() - 4).replace(",", "")) + 0.5;
                }
                return Double.parseDouble(p.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String whole = words.get(p);
        if (whole != null) {
            return Double.parseDouble(whole);
        }
        double total = 0;
        double current = 0;
        for (String w : p.split(" ")) {
            if (w.equals("a") || w.equals("an") || w.equals("and")) {
                continue;
            }
            String v = words.get(w);
            if (v == null) {
                return null;
            }
            double n = Double.parseDouble(v);
            if (n == 100 || n == 12 && w.equals("dozen")) {
                current = (current == 0 ? 1 : current) * n;
            } else {
                current += n;
            }
        }
        total += current;
        return total == 0 ? null : total;
    }
}
