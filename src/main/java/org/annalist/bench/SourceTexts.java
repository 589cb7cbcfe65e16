package org.annalist.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Real article texts for the benchmark: the TempEval-3 training articles under the shared folder
 * (TimeML tags stripped), or the project's samples when the shared folder is absent.
 */
public final class SourceTexts {

    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final LocalDate FALLBACK_DATE = LocalDate.of(2016, 10, 1);

    private SourceTexts() {
    }

    /** The shared folder: system property {@code annalist.shared}, default {@code ../shared}. */
    public static Path sharedFolder() {
        return Path.of(System.getProperty("annalist.shared", "../shared"));
    }

    /** TempEval texts when {@code shared/data/tempeval3-train} holds any, else the samples. */
    public static List<SourceText> load(Path shared, Path samples) throws IOException {
        Path tempeval = shared.resolve("data").resolve("tempeval3-train");
        List<SourceText> texts = Files.isDirectory(tempeval) ? fromTimeMl(tempeval) : List.of();
        return texts.isEmpty() ? fromSamples(samples) : texts;
    }

    /** Every {@code .tml} file under {@code folder}, in path order, tags stripped. */
    public static List<SourceText> fromTimeMl(Path folder) throws IOException {
        List<SourceText> texts = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                parseTimeMl(Files.readString(f, StandardCharsets.UTF_8)).ifPresent(texts::add);
            }
        }
        return texts;
    }

    /** The plain text, title and creation date of one TimeML document; empty when it has no text. */
    static java.util.Optional<SourceText> parseTimeMl(String xml) {
        Matcher body = TEXT.matcher(xml);
        if (!body.find()) {
            return java.util.Optional.empty();
        }
        String text = plain(body.group(1));
        if (text.isBlank()) {
            return java.util.Optional.empty();
        }
        Matcher title = TITLE.matcher(xml);
        Matcher dct = DCT.matcher(xml);
        LocalDate date = FALLBACK_DATE;
        if (dct.find()) {
            try {
                date = LocalDate.parse(dct.group(1));
            } catch (DateTimeParseException e) {
                // keep the fallback: a malformed DCT should not drop a usable text
            }
        }
        return java.util.Optional.of(new SourceText(title.find() ? plain(title.group(1)) : "", text, date));
    }

    private static String plain(String markup) {
        return TAG.matcher(markup).replaceAll("")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&")
                .strip();
    }

    /** The {@code .txt} files of the samples folder with their sidecar dates. */
    public static List<SourceText> fromSamples(Path samples) throws IOException {
        if (!Files.isDirectory(samples)) {
            throw new IOException(samples + ": no TempEval data and no samples folder to build a corpus from");
        }
        ObjectMapper json = new ObjectMapper();
        List<SourceText> texts = new ArrayList<>();
        try (Stream<Path> list = Files.list(samples)) {
            for (Path f : list.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Path meta = f.resolveSibling(f.getFileName().toString().replaceFirst("\\.txt$", ".meta.json"));
                LocalDate date = FALLBACK_DATE;
                if (Files.exists(meta)) {
                    JsonNode m = json.readTree(meta.toFile());
                    if (m.hasNonNull("published")) {
                        date = LocalDate.parse(m.get("published").asText());
                    }
                }
                texts.add(new SourceText("", Files.readString(f, StandardCharsets.UTF_8), date));
            }
        }
        if (texts.isEmpty()) {
            throw new IOException(samples + ": no .txt articles to build a corpus from");
        }
        return texts;
    }
}
