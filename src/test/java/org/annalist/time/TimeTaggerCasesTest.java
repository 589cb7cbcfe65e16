package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of (sentence, publication date, expected value) cases in {@code cases.tsv}, one per
 * category of expression news needs; {@code -} as the expression means nothing may be tagged, and
 * {@code !WORDS} that no expression may hold those words (a number that is not a year).
 */
class TimeTaggerCasesTest {

    static Stream<Arguments> cases() throws Exception {
        var in = Objects.requireNonNull(TimeTaggerCasesTest.class.getResourceAsStream("cases.tsv"), "cases.tsv");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .map(f -> Arguments.of(f[0], LocalDate.parse(f[1]), f[2], f[3], f[4], f[5]))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}: {3} in \"{2}\" ({1})")
    @MethodSource("cases")
    void tagsAndNormalises(String category, LocalDate dct, String sentence, String expression, String type,
                           String value) {
        List<TimeExpression> found = TimeTagger.standard().tag(sentence, dct);

        if (expression.equals("-")) {
            assertThat(found).as("nothing to tag in a %s case", category).isEmpty();
            return;
        }
        if (expression.startsWith("!")) {
            assertThat(found).as("expressions of \"%s\"", sentence)
                    .noneMatch(t -> t.text().contains(expression.substring(1)));
            return;
        }
        assertThat(found).as("expressions of \"%s\"", sentence)
                .anySatisfy(t -> {
                    assertThat(t.text()).isEqualTo(expression);
                    assertThat(t.type().name()).isEqualTo(type);
                    assertThat(t.value()).isEqualTo(value);
                });
    }
}
