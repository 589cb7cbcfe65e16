package org.annalist.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settles the day/month order of numeric date stamps that could be read both ways ("03/07/2011") by
 * the outlet's other articles in the same load: those whose stamp has a part over 12 show the order
 * the outlet writes. This evidence comes before agreement with the text's dates and the separator's
 * usual order. Runs once after every file is read.
 */
final class NumericDateOrder {

    private static final String OPEN = "no part is over 12";
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d])([0-3]?\\d)([-./])([0-3]?\\d)\\2((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern ORDER_NOTE = Pattern.compile(" \\((?:day|month) first: [^)]*\\)");
    /** The outlet's order must hold in at least this share of its settled stamps. */
    private static final double MAJORITY = 0.8;

    /** Day-first and month-first counts of one outlet and separator. */
    private static final class Votes {
        int dayFirst;
        int monthFirst;
    }

    List<Article> apply(List<Article> articles) {
        Map<String, Votes> votes = new HashMap<>();
        for (Article a : articles) {
            String note = a.published().note();
            if (a.published().source() != DateSource.DATELINE) {
                continue;
            }
            Matcher m = NUMERIC.matcher(stamp(note));
            if (!m.find()) {
                continue;
            }
            Votes v = votes.computeIfAbsent(OutletKey.of(a) + " " + m.group(2), k -> new Votes());
            if (note.contains("the first part is over 12")) {
                v.dayFirst++;
            } else if (note.contains("the second part is over 12")) {
                v.monthFirst++;
            }
        }
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            out.add(settled(a, votes));
        }
        return out;
    }

    private static Article settled(Article a, Map<String, Votes> votes) {
        String note = a.published().note();
        if (a.published().source() != DateSource.DATELINE || !note.contains(OPEN)) {
            return a;
        }
        Matcher m = NUMERIC.matcher(stamp(note));
        if (!m.find()) {
            return a;
        }
        Votes v = votes.get(OutletKey.of(a) + " " + m.group(2));
        int total = v == null ? 0 : v.dayFirst + v.monthFirst;
        if (total == 0 || Math.max(v.dayFirst, v.monthFirst) < MAJORITY * total) {
            return a;
        }
        boolean dayFirst = v.dayFirst > v.monthFirst;
        int x = Integer.parseInt(m.group(1));
        int y = Integer.parseInt(m.group(3));
        try {
            LocalDate d = dayFirst ? LocalDate.of(Integer.parseInt(m.group(4)), y, x)
                    : LocalDate.of(Integer.parseInt(m.group(4)), x, y);
            int n = dayFirst ? v.dayFirst : v.monthFirst;
            String why = " (" + (dayFirst ? "day" : "month") + " first, as in " + n + " other article" + (n == 1 ? "" : "s")
                    + " of the same outlet whose " + "day is over 12)";
            String newNote = ORDER_NOTE.matcher(note).replaceFirst(Matcher.quoteReplacement(why));
            return a.withPublished(new PublicationDate(d, DateSource.DATELINE, newNote));
        } catch (DateTimeException e) {
            return a;
        }
    }

    /** The quoted stamp of a note: "date stamp '03/07/2011' (...)" gives 03/07/2011. */
    private static String stamp(String note) {
        int from = note.indexOf('\'');
        int to = note.indexOf('\'', from + 1);
        return from < 0 || to < 0 ? "" : note.substring(from + 1, to);
    }
}
