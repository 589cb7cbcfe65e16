package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every pattern of {@code dates.json} reads its own example as the date the file expects. */
class DateRuleExamplesTest {

    private static final int NO_YEAR = 2000;
    private final DateRules rules = DateRules.standard();

    @Test
    void fullStampUrlAndDatelinePatternsReadTheirExamples() {
        DateRules.File f = rules.file;
        check("fullDates", f.fullDates(), rules.fullDates, 1);
        check("stampDates", f.stampDates(), rules.publishedBylines.subList(f.fullDates().size(),
                f.fullDates().size() + f.stampDates().size()), 1, "published ");
        check("urlDates", f.urlDates(), rules.urlDates, 1);
        check("datelines", f.datelines(), rules.datelines, 1);
        check("topStamps", f.topStamps(), rules.topStamps, rules.stampsPerTopTemplate);
    }

    /** Rule i of {@code file} is patterns i*per .. i*per+per-1 (a template expands to one pattern per date form). */
    private void check(String key, List<DateRules.Rule> file, List<Pattern> patterns, int per, String... prefix) {
        assertThat(patterns).as(key).hasSize(file.size() * per);
        for (int i = 0; i < file.size(); i++) {
            DateRules.Rule rule = file.get(i);
            String text = (prefix.length > 0 ? prefix[0] : "") + rule.example();
            LocalDate read = null;
            for (int k = i * per; k < i * per + per && read == null; k++) {
                Matcher m = patterns.get(k).matcher(text);
                if (m.find()) {
                    read = rules.dateOf(m, NO_YEAR);
                }
            }
            String expect = rule.expect().startsWith("--") ? NO_YEAR + rule.expect().substring(1) : rule.expect();
            assertThat(read).as(key + " " + rule.pattern() + " on '" + rule.example() + "'")
                    .isEqualTo(LocalDate.parse(expect));
        }
    }
}
