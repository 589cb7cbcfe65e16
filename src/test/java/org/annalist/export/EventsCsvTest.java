package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.corpus.Article;
import org.annalist.corpus.DateSource;
import org.annalist.corpus.PublicationDate;
import org.annalist.events.DateBasis;
import org.annalist.events.Event;
import org.annalist.events.EventDate;
import org.annalist.events.EventStatus;
import org.annalist.events.EventType;
import org.annalist.events.Passage;
import org.annalist.text.Span;
import org.junit.jupiter.api.Test;

class EventsCsvTest {

    @Test
    void everyEventRoundTripsThroughAnRfc4180Reader() throws Exception {
        Analysis a = SampleAnalysis.analysis();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventsCsv().write(a, a.events(), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,");

        List<List<String>> rows = parse(csv.substring(1));
        assertThat(rows.get(0)).isEqualTo(EventsCsv.HEADER);
        assertThat(rows).hasSize(a.events().size() + 1);
        for (int i = 0; i < a.events().size(); i++) {
            Event e = a.events().get(i);
            List<String> r = rows.get(i + 1);
            assertThat(r).hasSize(EventsCsv.HEADER.size());
            assertThat(cell(r, "id")).isEqualTo(e.id());
            assertThat(cell(r, "type")).isEqualTo(e.type().id());
            assertThat(Double.parseDouble(cell(r, "tone"))).isEqualTo(e.tone());
            assertThat(cell(r, "start")).isEqualTo(e.date() == null ? "" : e.date().start().toString());
            assertThat(cell(r, "source")).isEqualTo(String.join(";", e.source()));
            assertThat(cell(r, "passages")).isEqualTo(EventsCsv.guard(e.passages().get(0).text()));
        }
        // quotes and commas survive; formulas are neutralised; unsafe URLs are still data, not links
        assertThat(cell(rows.get(1), "summary")).isEqualTo("France calls for a UN resolution, \"now\"");
        assertThat(cell(rows.get(3), "summary")).isEqualTo("'=SUM(A1) Turkey hosts talks");
        assertThat(cell(rows.get(3), "passages")).startsWith("'=SUM");
        assertThat(cell(rows.get(1), "urls")).isEqualTo("https://news.example/a1");
        assertThat(cell(rows.get(1), "target_names")).isEqualTo("United Nations");
        assertThat(cell(rows.get(4), "date_conflict")).isEqualTo("sources disagree");
        assertThat(cell(rows.get(1), "cameo")).isEqualTo("1042");
        assertThat(cell(rows.get(2), "cameo")).isEmpty(); // no CAMEO pattern coded it
        assertThat(csv).contains("\r\n");
    }

    @Test
    void onlyTheShownEventsAreWritten() throws Exception {
        Analysis a = SampleAnalysis.analysis();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventsCsv().write(a, a.events().subList(1, 2), out);
        assertThat(parse(out.toString(StandardCharsets.UTF_8).substring(1))).hasSize(2)
                .last().satisfies(r -> assertThat(r.get(0)).isEqualTo("e2"));
    }

    @Test
    void noCellCanStartAFormulaWhateverTheFileNamesAndUrlsHold() throws Exception {
        Article named = new Article("=1+2", Path.of("in/=1+2.txt"), "@SUM(1)", "=HYPERLINK(\"http://example.invalid\",\"x\")",
                "+Caf\u00e9 News", new PublicationDate(LocalDate.of(2016, 10, 5), DateSource.METADATA, "sidecar"),
                "-Caf\u00e9 talks", List.of());
        Event e = new Event("e1", EventDate.day(LocalDate.of(2016, 10, 5), DateBasis.PUBLISHED, ""), EventType.CONSULT,
                -4.0, EventStatus.OCCURRED, List.of("france"), List.of(), "-Caf\u00e9 talks",
                List.of(new Passage("=1+2", new Span(0, 12), "-Caf\u00e9 talks")), "=cmd|' /C calc'!A0");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventsCsv().write(SampleAnalysis.analysis(List.of(named), List.of(e)), List.of(e), out);

        List<String> row = parse(out.toString(StandardCharsets.UTF_8).substring(1)).get(1);
        assertThat(row).allSatisfy(c -> assertThat(c).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("@").doesNotStartWith("\t"));
        assertThat(cell(row, "articles")).isEqualTo("'=1+2");
        assertThat(cell(row, "urls")).isEqualTo("'=HYPERLINK(\"http://example.invalid\",\"x\")");
        assertThat(cell(row, "summary")).isEqualTo("'-Caf\u00e9 talks");
        assertThat(cell(row, "date_conflict")).startsWith("'=cmd");
        assertThat(cell(row, "tone")).as("a negative number stays a number").isEqualTo("-4.0");
    }

    @Test
    void theByteOrderMarkCanBeLeftOut() throws Exception {
        Analysis a = SampleAnalysis.analysis();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventsCsv(false).write(a, a.events(), out);
        assertThat(out.toByteArray()).startsWith("id,".getBytes(StandardCharsets.US_ASCII));
    }

    private static String cell(List<String> row, String column) {
        return row.get(EventsCsv.HEADER.indexOf(column));
    }

    /** A strict RFC 4180 reader, independent of the writer. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
