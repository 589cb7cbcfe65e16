package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The expressions that date the sample articles' events resolve right. Each check names a phrase
 * of the article holding the expression, so the right occurrence is checked.
 */
class SampleArticlesTest {

    @ParameterizedTest(name = "{0}: \"{3}\" in \"{2}\" -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            003_29281ecb90590ecd | 2018-02-09 | and on Tuesday called for a humanitarian truce | Tuesday | 2018-02-06
            003_29281ecb90590ecd | 2018-02-09 | But Russia said on Thursday | Thursday | 2018-02-08
            003_29281ecb90590ecd | 2018-02-09 | attack on Afrin on January 20 | January 20 | 2018-01-20
            003_29281ecb90590ecd | 2018-02-09 | in another part of Syria at the weekend | the weekend | 2018-W05-WE
            000_fde798e810a4afad | 2016-10-23 | following a 72-hour truce | 72-hour | P3D
            000_fde798e810a4afad | 2016-10-23 | for the first time since July 7 | July 7 | 2016-07-07
            000_fde798e810a4afad | 2016-10-23 | where 500 people have been killed since the regime last month | last month | 2016-09
            000_fde798e810a4afad | 2016-10-23 | a major offensive began last week | last week | 2016-W41
            000_fde798e810a4afad | 2016-10-23 | in the capital Ankara on Monday | Monday | 2016-10-24
            001_dca0585e2d2c906d | 2016-10-05 | the United States on Thursday and Friday | Thursday | 2016-10-06
            001_dca0585e2d2c906d | 2016-10-05 | the United States on Thursday and Friday | Friday | 2016-10-07
            001_dca0585e2d2c906d | 2016-10-05 | broke off talks with Russia on Monday | Monday | 2016-10-03
            """)
    void resolvesTheDatingExpression(String article, LocalDate dct, String phrase, String expression, String value)
            throws Exception {
        String text = Files.readString(Path.of("samples", article + ".txt"));
        int at = text.indexOf(phrase);
        assertThat(at).as("phrase in %s", article).isNotNegative();
        int from = text.indexOf(expression, at);

        List<TimeExpression> found = TimeTagger.standard().tag(text, dct);

        assertThat(found).filteredOn(t -> t.span().contains(from))
                .singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualTo(value));
    }
}
