package org.annalist.events;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("evaluation")
class DebugPrint {
    @Test
    void print() {
        String[][] cases = {
            {"The United States broke off talks with Russia on Monday, accusing it of breaking its commitments.", "2016-10-05"},
            {"France condemned the bombing of the Syrian city of Aleppo.", "2016-10-05"},
            {"Ayrault arrived in Ankara. He will meet Erdogan on Monday.", "2016-10-23"},
        };
        for (String[] c : cases) {
            System.out.println("== " + c[0]);
            List<Event> es = Fixtures.extract(Fixtures.article("a", c[0], c[1]));
            es.forEach(e -> System.out.println("  " + e.type() + " " + e.source() + "->" + e.target() + " " + e.date() + " " + e.status() + " | " + e.summary()));
        }
    }
}
