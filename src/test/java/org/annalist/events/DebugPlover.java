package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.actors.ActorCatalog;
import org.annalist.actors.ActorMention;
import org.annalist.analysis.Analyzer;
import org.annalist.text.Span;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("evaluation")
class DebugPlover {
    @Test
    void print() throws Exception {
        Pattern cap = Pattern.compile("\\b[A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+)*");
        Analyzer a = Analyzer.withRecognizer(ActorCatalog.standard(), (text, date) -> {
            List<ActorMention> out = new ArrayList<>();
            Matcher m = cap.matcher(text);
            while (m.find()) {
                if (m.start() > 0 && !m.group().matches("The|A|An|He|She|It|They|On|In|At|But|President|Secretary|Minister")) {
                    out.add(new ActorMention(new Span(m.start(), m.end()), m.group(), m.group().toLowerCase()));
                }
            }
            return out;
        });
        PloverEventScore s = PloverEventScore.run(a, PloverEventScore.data());
        s.notes().stream().filter(n -> !n.split(" ")[0].split("/")[0].equals(n.split(" ")[0].split("/")[1])).forEach(System.out::println);
        System.out.println(s.summary());
    }
}
