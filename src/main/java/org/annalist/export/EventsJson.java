package org.annalist.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annalist.analysis.ActorGraph;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;
import org.annalist.events.Passage;

/**
 * The shown events as JSON in the {@code extract} format of the contract, limited to what is shown:
 * the events, the articles their passages cite, the actors they involve, and their graph.
 */
public final class EventsJson {

    public ObjectNode toJson(Analysis analysis, List<Event> shown) {
        return new AnalysisJson().toJson(restrict(analysis, shown));
    }

    public void write(Analysis analysis, List<Event> shown, OutputStream out) throws IOException {
        new AnalysisJson().write(restrict(analysis, shown), out);
    }

    public void write(Analysis analysis, List<Event> shown, Path out) throws IOException {
        AtomicFiles.write(out, o -> write(analysis, shown, o));
    }

    /** The analysis cut down to these events. */
    static Analysis restrict(Analysis analysis, List<Event> shown) {
        Set<String> articleIds = new HashSet<>();
        Set<String> actorIds = new HashSet<>();
        for (Event e : shown) {
            e.passages().stream().map(Passage::articleId).forEach(articleIds::add);
            actorIds.addAll(e.actors());
        }
        return new Analysis(
                analysis.articles().stream().filter(a -> articleIds.contains(a.id())).toList(),
                List.of(), List.of(), analysis.catalog(),
                analysis.actors().stream().filter(s -> actorIds.contains(s.actor().id())).toList(),
                shown, ActorGraph.of(shown), java.util.Map.of());
    }
}
