package org.annalist.keydates;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.annalist.export.AtomicFiles;

/** Key dates as CSV (RFC 4180, UTF-8): rank, date, score, articles, events, summary; written atomically. */
public final class KeyDatesCsv {

    public static final String HEADER = "rank,date,score,articles,events,summary";

    private KeyDatesCsv() {
    }

    public static void write(List<KeyDate> dates, Path out) throws IOException {
        AtomicFiles.write(out, o -> write(dates, o));
    }

    public static void write(List<KeyDate> dates, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(HEADER + "\r\n");
        int rank = 1;
        for (KeyDate d : dates) {
            w.write(rank++ + "," + d.date() + "," + d.score() + "," + d.articles() + ","
                    + quote(String.join(" ", d.events())) + "," + quote(d.summary()) + "\r\n");
        }
        w.flush();
    }

    private static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
