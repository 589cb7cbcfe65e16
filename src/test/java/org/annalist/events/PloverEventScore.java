package org.annalist.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.actors.Actor;
import org.annalist.actors.ActorCatalog;
import org.annalist.analysis.Analyzer;
import org.annalist.corpus.Article;
import org.annalist.corpus.DateSource;
import org.annalist.corpus.PublicationDate;

/**
 * Who-did-what-to-whom on hand-coded PLOVER sentences: the pipeline's main event of each sentence
 * (its first act that is more than a plain statement) against the coded source actors, target
 * actors and category. Actors compare by the first three letters of their code (the country, or
 * IGO/NGO/IMG), so "SYRREB" counts as "SYR".
 */
record PloverEventScore(PloverSplit half, int records, int sourceTp, int sourcePredicted, int sourceGold,
                        int targetTp, int targetPredicted, int targetGold, int categoryRight, List<String> notes) {

    /** PLOVER names the gold data uses where Annalist has a different category. */
    /** Old CAMEO country codes in the gold data that differ from ISO 3166. */
    private static final Map<String, String> CAMEO_TO_ISO = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

    private static final Map<String, String> CATEGORY = Map.of("DEMAND", "request", "DISAPPROVE", "accuse", "FIGHT", "assault");

    static Path data() {
        return Path.of(System.getProperty("annalist.shared", "../shared"), "data", "plover-dev", "records.json");
    }

    static PloverEventScore run(Analyzer analyzer, Path file) throws IOException {
        return run(analyzer, file, PloverSplit.ALL);
    }

    static PloverEventScore run(Analyzer analyzer, Path file, PloverSplit half) throws IOException {
        ActorCatalog catalog = analyzer.catalog();
        JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(file));
        int n = 0;
        int[] s = new int[3];
        int[] t = new int[3];
        int right = 0;
        List<String> notes = new ArrayList<>();
        for (JsonNode r : root) {
            String text = r.path("text").asText();
            if (!half.holds(text)) {
                continue;
            }
            n++;
            LocalDate dct = LocalDate.parse(r.path("date").asText("2000-01-01"));
            Article a = new Article("plover-" + n, null, "", null, null,
                    new PublicationDate(dct, DateSource.METADATA, "record date"), text, List.of());
            Event main = analyzer.annotate(a).events().stream()
                    .min(Comparator.comparing((Event e) -> e.type() == EventType.STATEMENT)).orElse(null);
            Set<String> goldSource = codes(r.path("source"));
            Set<String> goldTarget = codes(r.path("target"));
            Set<String> source = main == null ? Set.of() : predicted(main.source(), catalog);
            Set<String> target = main == null ? Set.of() : predicted(main.target(), catalog);
            count(s, source, goldSource);
            count(t, target, goldTarget);
            String gold = r.path("event").asText();
            String want = CATEGORY.getOrDefault(gold, gold.toLowerCase(Locale.ROOT));
            String got = main == null ? "none" : main.type().id();
            right += want.equals(got) ? 1 : 0;
            if (!want.equals(got) || !source.equals(goldSource) || !target.equals(goldTarget)) {
                notes.add(want + "/" + got + " src " + goldSource + "/" + source + " tgt " + goldTarget + "/" + target + " | " + text);
            }
        }
        return new PloverEventScore(half, n, s[0], s[1], s[2], t[0], t[1], t[2], right, notes);
    }

    private static void count(int[] c, Set<String> predicted, Set<String> gold) {
        c[0] += (int) predicted.stream().filter(gold::contains).count();
        c[1] += predicted.size();
        c[2] += gold.size();
    }

    private static Set<String> predicted(List<String> ids, ActorCatalog catalog) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            String code = code(catalog.get(id));
            if (code != null) {
                out.add(code);
            }
        }
        return out;
    }

    private static String code(Actor a) {
        String code = a.code() != null ? a.code() : a.iso3();
        return code == null || code.length() < 3 ? null : code.substring(0, 3).toUpperCase(Locale.ROOT);
    }

    /** Coded actors of a role; a missing role, an empty string or a free-text value codes none. */
    private static Set<String> codes(JsonNode role) {
        Set<String> out = new LinkedHashSet<>();
        if (role.isArray()) {
            for (JsonNode a : role) {
                String c = a.path("code").asText("").trim().toUpperCase(Locale.ROOT);
                if (c.length() >= 3) {
                    out.add(CAMEO_TO_ISO.getOrDefault(c.substring(0, 3), c.substring(0, 3)));
                }
            }
        }
        return out;
    }

    double sourcePrecision() {
        return ratio(sourceTp, sourcePredicted);
    }

    double sourceRecall() {
        return ratio(sourceTp, sourceGold);
    }

    double targetPrecision() {
        return ratio(targetTp, targetPredicted);
    }

    double targetRecall() {
        return ratio(targetTp, targetGold);
    }

    double sourceF1() {
        return f1(sourcePrecision(), sourceRecall());
    }

    double targetF1() {
        return f1(targetPrecision(), targetRecall());
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double categoryAccuracy() {
        return ratio(categoryRight, records);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }

    String summary() {
        return String.format(Locale.ROOT,
                "PLOVER dev %s (%d sentences): source P %.3f R %.3f F1 %.3f | target P %.3f R %.3f F1 %.3f | category accuracy %.3f",
                half.name().toLowerCase(Locale.ROOT), records, sourcePrecision(), sourceRecall(), sourceF1(),
                targetPrecision(), targetRecall(), targetF1(), categoryAccuracy());
    }
}
