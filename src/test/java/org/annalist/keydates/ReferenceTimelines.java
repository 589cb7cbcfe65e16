package org.annalist.keydates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Journalists' timelines of news-dev: blocks of a YYYY-MM-DD line, sentences, a line of dashes. Only the dates matter here. */
final class ReferenceTimelines {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ReferenceTimelines() {
    }

    /** Timeline name (file name without .txt) to its dates. */
    static Map<String, Set<LocalDate>> read(Path folder) {
        Map<String, Set<LocalDate>> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Set<LocalDate> dates = new TreeSet<>();
                for (String line : Files.readAllLines(f)) {
                    if (DATE.matcher(line.strip()).matches()) {
                        dates.add(LocalDate.parse(line.strip()));
                    }
                }
                out.put(f.getFileName().toString().replaceFirst("\\.txt$", ""), dates);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Each timeline cut to the days inside [from, to]; timelines left with fewer than 3 dates are dropped. */
    static Map<String, Set<LocalDate>> clipped(Map<String, Set<LocalDate>> timelines, LocalDate from, LocalDate to) {
        Map<String, Set<LocalDate>> out = new TreeMap<>();
        timelines.forEach((name, dates) -> {
            Set<LocalDate> in = new TreeSet<>(dates.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).toList());
            if (in.size() >= 3) {
                out.put(name, in);
            }
        });
        return out;
    }

    /** Date F1 of the top k days (k = the timeline's length) against each timeline. */
    static Map<String, Double> f1(List<LocalDate> ranked, Map<String, Set<LocalDate>> timelines) {
        Map<String, Double> out = new TreeMap<>();
        timelines.forEach((name, gold) -> {
            int k = Math.min(gold.size(), ranked.size());
            long tp = ranked.subList(0, k).stream().filter(gold::contains).count();
            double p = k == 0 ? 0 : (double) tp / k;
            double r = (double) tp / gold.size();
            out.put(name, tp == 0 ? 0 : 2 * p * r / (p + r));
        });
        return out;
    }

    static double mean(Map<String, Double> perTimeline) {
        return perTimeline.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
