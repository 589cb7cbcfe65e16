package org.annalist.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * TempEval-3 style scores of the tagger against gold TIMEX3s: strict and relaxed (overlapping)
 * span F1, and type and value F1 over relaxed matches, with an error list for analysis.
 */
final class TempEvalScore {

    record Error(String kind, String corpus, String gold, String system, String detail, int at) {
    }

    private int gold;
    private int system;
    private int strict;
    private int relaxed;
    private int typeOk;
    private int valueOk;
    final List<Error> errors = new ArrayList<>();

    void add(TempEvalCorpus.Document doc, List<TimeExpression> found) {
        gold += doc.timexes().size();
        system += found.size();
        boolean[] used = new boolean[found.size()];
        for (TempEvalCorpus.Gold g : doc.timexes()) {
            int match = -1;
            for (int i = 0; i < found.size(); i++) {
                TimeExpression t = found.get(i);
                if (!used[i] && t.span().start() < g.end() && g.start() < t.span().end()) {
                    match = i;
                    break;
                }
            }
            if (match < 0) {
                errors.add(new Error("miss", doc.corpus(), g.text(), "", g.type() + " " + g.value(), g.start()));
                continue;
            }
            used[match] = true;
            TimeExpression t = found.get(match);
            relaxed++;
            if (t.span().start() == g.start() && t.span().end() == g.end()) {
                strict++;
            }
            if (t.type().name().equals(g.type())) {
                typeOk++;
            } else {
                errors.add(new Error("type", doc.corpus(), g.text(), t.text(), g.type() + " -> " + t.type(), g.start()));
            }
            if (t.value().equals(g.value())) {
                valueOk++;
                errors.add(new Error("ok", doc.corpus(), g.text(), t.text(), g.type() + " " + g.value(), g.start()));
            } else {
                errors.add(new Error("value", doc.corpus(), g.text(), t.text(),
                        g.value() + " -> " + t.value() + " (dct " + doc.dct() + ")", g.start()));
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) {
                errors.add(new Error("false", doc.corpus(), "", found.get(i).text(), found.get(i).value(), found.get(i).span().start()));
            }
        }
    }

    double strictF1() {
        return f1(strict, strict);
    }

    double relaxedF1() {
        return f1(relaxed, relaxed);
    }

    double typeF1() {
        return f1(typeOk, typeOk);
    }

    double valueF1() {
        return f1(valueOk, valueOk);
    }

    private double f1(int correctOfSystem, int correctOfGold) {
        double p = system == 0 ? 0 : (double) correctOfSystem / system;
        double r = gold == 0 ? 0 : (double) correctOfGold / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String line(String label) {
        return String.format("%-9s gold %4d  system %4d  strict F1 %.3f  relaxed F1 %.3f  type F1 %.3f  value F1 %.3f (%d right)",
                label, gold, system, strictF1(), relaxedF1(), typeF1(), valueF1(), valueOk);
    }

    /** The most frequent error patterns of each kind (digits folded to 9). */
    String analysis(int top) {
        StringBuilder out = new StringBuilder();
        Map<String, List<Error>> byKind = errors.stream().filter(err -> !err.kind().equals("ok"))
                .collect(Collectors.groupingBy(Error::kind, TreeMap::new, Collectors.toList()));
        for (var e : byKind.entrySet()) {
            out.append("== ").append(e.getKey()).append(" (").append(e.getValue().size()).append(")\n");
            Function<Error, String> key = err -> (err.gold() + " | " + err.system() + " | "
                    + (e.getKey().equals("value") ? err.detail().replaceAll("\\(dct.*", "") : err.detail()))
                    .toLowerCase().replaceAll("\\d", "9");
            Map<String, Long> counts = e.getValue().stream().collect(Collectors.groupingBy(key, LinkedHashMap::new,
                    Collectors.counting()));
            counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                    .forEach(c -> out.append(String.format("%4d  %s%n", c.getValue(), c.getKey())));
        }
        return out.toString();
    }
}
