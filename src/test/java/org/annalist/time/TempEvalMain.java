package org.annalist.time;

import java.util.List;

/** Prints the TempEval-3 scores and error analysis: {@code java ... TempEvalMain [top]}. */
public final class TempEvalMain {

    public static void main(String[] args) throws Exception {
        List<TempEvalCorpus.Document> docs = TempEvalCorpus.load(TempEvalCorpus.folder());
        TimeTagger tagger = TimeTagger.standard();
        TempEvalScore all = new TempEvalScore();
        java.util.Map<String, TempEvalScore> per = new java.util.TreeMap<>();
        for (TempEvalCorpus.Document d : docs) {
            List<TimeExpression> found = tagger.tag(d.text(), d.dct());
            all.add(d, found);
            per.computeIfAbsent(d.corpus(), k -> new TempEvalScore()).add(d, found);
        }
        System.out.println(all.line("overall"));
        per.forEach((k, v) -> System.out.println(v.line(k)));
        if (args.length > 0) {
            System.out.println(all.analysis(Integer.parseInt(args[0])));
        }
    }
}
