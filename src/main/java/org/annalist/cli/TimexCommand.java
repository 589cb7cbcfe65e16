package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.annalist.corpus.FileSizeLimit;
import org.annalist.io.PathText;
import org.annalist.io.RegularFiles;
import org.annalist.io.UnreadableFileException;
import org.annalist.time.TimeExpression;
import org.annalist.time.TimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code timex --dct DATE FILE}: the time expressions of one plain-text file as JSON, normalised
 * against the publication date (docs/contract.md). Each anchored one also carries the inclusive
 * first and last day it denotes ({@code firstDay}, {@code lastDay}).
 */
@Command(name = "timex", description = "Prints the time expressions of one plain-text file as JSON.")
final class TimexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dct", required = true, paramLabel = "DATE", description = "publication date, YYYY-MM-DD")
    String dct;

    @Parameters(arity = "1", paramLabel = "FILE")
    Path file;

    private static long limit() {
        try {
            return FileSizeLimit.fromSystemProperty().bytes();
        } catch (IllegalArgumentException e) {
            return FileSizeLimit.DEFAULT.bytes();
        }
    }

    @Override
    public Integer call() throws IOException {
        LocalDate date;
        try {
            date = LocalDate.parse(dct);
        } catch (DateTimeParseException e) {
            spec.commandLine().getErr().println("annalist timex: --dct '" + PathText.escape(dct) + "' is not a date (YYYY-MM-DD)");
            return 2;
        }
        String text;
        try {
            byte[] bytes = RegularFiles.read(file, limit(), size -> "file too large: " + RegularFiles.human(size)
                    + ", over the " + RegularFiles.human(limit()) + " limit (set -D" + FileSizeLimit.PROPERTY
                    + "=SIZE to change it)");
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (UnreadableFileException e) {
            spec.commandLine().getErr().println("annalist timex: " + PathText.escape(file) + ": " + e.getMessage());
            return e.getMessage().equals("no such file or folder") ? 2 : 1;
        } catch (java.nio.charset.CharacterCodingException e) {
            spec.commandLine().getErr().println("annalist timex: " + PathText.escape(file) + ": not UTF-8 text");
            return 1;
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("dct", date.toString());
        ArrayNode list = root.putArray("timexes");
        for (TimeExpression t : TimeTagger.standard().tag(text, date)) {
            ObjectNode o = list.addObject().put("start", t.span().start()).put("end", t.span().end())
                    .put("text", t.text()).put("type", t.type().name()).put("value", t.value());
            if (t.isAnchored()) {
                o.put("firstDay", t.start().toString()).put("lastDay", t.end().toString());
            }
        }
        System.out.println(json.writeValueAsString(root));
        return 0;
    }
}
