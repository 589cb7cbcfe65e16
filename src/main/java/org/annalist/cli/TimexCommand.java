package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.annalist.time.TimeExpression;
import org.annalist.time.TimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "timex", description = "Prints the time expressions of one plain-text file as JSON.")
final class TimexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dct", required = true, paramLabel = "DATE", description = "publication date, YYYY-MM-DD")
    String dct;

    @Parameters(arity = "1", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws IOException {
        LocalDate date;
        try {
            date = LocalDate.parse(dct);
        } catch (DateTimeParseException e) {
            spec.commandLine().getErr().println("annalist timex: --dct '" + dct + "' is not a date (YYYY-MM-DD)");
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("annalist timex: " + file + ": no such file");
            return 2;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("dct", date.toString());
        ArrayNode list = root.putArray("timexes");
        for (TimeExpression t : TimeTagger.standard().tag(text, date)) {
            list.addObject().put("start", t.span().start()).put("end", t.span().end()).put("text", t.text())
                    .put("type", t.type().name()).put("value", t.value());
        }
        System.out.println(json.writeValueAsString(root));
        return 0;
    }
}
