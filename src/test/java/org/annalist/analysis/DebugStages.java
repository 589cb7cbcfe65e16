package org.annalist.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.actors.ActorCatalog;
import org.annalist.actors.ActorMention;
import org.annalist.actors.CatalogActorRecognizer;
import org.annalist.corpus.Article;
import org.annalist.corpus.DateSource;
import org.annalist.corpus.PublicationDate;
import org.annalist.events.Event;
import org.annalist.events.RuleEventExtractor;
import org.annalist.events.SimilarityEventMerger;
import org.annalist.time.TimeExpression;
import org.annalist.time.TimeTagger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("evaluation")
class DebugStages {
    static long cpu() { return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(); }
    @Test
    void stages() throws Exception {
        Pattern dctP = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);
        Pattern textP = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
        List<Article> arts = new ArrayList<>();
        try (var files = Files.walk(Path.of("../shared/data/tempeval3-train"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                String xml = Files.readString(f);
                Matcher d = dctP.matcher(xml); Matcher t = textP.matcher(xml);
                if (d.find() && t.find()) {
                    arts.add(new Article(f.getFileName().toString(), null, "", null, null, new PublicationDate(LocalDate.parse(d.group(1)), DateSource.METADATA, ""), t.group(1).replaceAll("<[^>]+>", ""), List.of()));
                }
            }
        }
        TimeTagger tagger = TimeTagger.standard();
        CatalogActorRecognizer rec = CatalogActorRecognizer.standard();
        RuleEventExtractor ex = new RuleEventExtractor(ActorCatalog.standard());
        for (int round = 0; round < 3; round++) {
            long tt = 0, tr = 0, te = 0;
            List<Event> all = new ArrayList<>();
            for (Article a : arts) {
                long t0 = cpu();
                List<TimeExpression> ts = tagger.tag(a.text(), a.published().date());
                long t1 = cpu();
                List<ActorMention> ms = rec.find(a.text(), a.published().date());
                long t2 = cpu();
                all.addAll(ex.extract(a, ts, ms));
                long t3 = cpu();
                tt += t1 - t0; tr += t2 - t1; te += t3 - t2;
            }
            long t4 = cpu();
            new SimilarityEventMerger().merge(all);
            long tm = cpu() - t4;
            if (round == 2) {
                List<List<TimeExpression>> tss = new ArrayList<>(); List<List<ActorMention>> mss = new ArrayList<>();
                for (Article a : arts) { tss.add(tagger.tag(a.text(), a.published().date())); mss.add(rec.find(a.text(), a.published().date())); }
                long x0 = cpu();
                for (int k = 0; k < 20; k++) for (int i = 0; i < arts.size(); i++) ex.extract(arts.get(i), tss.get(i), mss.get(i));
                System.out.printf("extractor only: %.2f ms/doc%n", (cpu() - x0) / 1e6 / 20 / arts.size());
            }
            System.out.printf("%d docs: tagger %.0f ms, recognizer %.0f ms, extractor %.0f ms, merger %.0f ms%n", arts.size(), tt / 1e6, tr / 1e6, te / 1e6, tm / 1e6);
        }
    }
}
