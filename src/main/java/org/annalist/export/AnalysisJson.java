package org.annalist.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.annalist.analysis.ActorSummary;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.GraphEdge;
import org.annalist.corpus.Article;
import org.annalist.corpus.ExcludedRange;
import org.annalist.events.Event;
import org.annalist.events.EventDate;
import org.annalist.events.EventStatus;
import org.annalist.events.Passage;

/** Writes an {@link Analysis} as the {@code extract} JSON of {@code shared/CONTRACT.md}. */
public final class AnalysisJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    public void write(Analysis analysis, OutputStream out) throws IOException {
        JSON.writeValue(out, toJson(analysis));
    }

    public ObjectNode toJson(Analysis analysis) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode articles = root.putArray("articles");
        analysis.articles().forEach(a -> articles.add(article(a)));
        ArrayNode actors = root.putArray("actors");
        analysis.actors().forEach(s -> actors.add(actor(s)));
        ArrayNode events = root.putArray("events");
        analysis.events().forEach(e -> events.add(event(e)));
        ArrayNode edges = root.putObject("graph").putArray("edges");
        analysis.graph().edges().forEach(e -> edges.add(edge(e)));
        return root;
    }

    private ObjectNode article(Article a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", a.id());
        n.put("path", a.path() == null ? null : a.path().toString());
        n.put("title", a.title());
        n.put("url", a.url());
        if (a.outlet() != null) {
            n.put("outlet", a.outlet());
        }
        ObjectNode p = n.putObject("published");
        p.put("date", a.published().date() == null ? null : a.published().date().toString());
        p.put("source", a.published().source().id());
        p.put("note", a.published().note());
        ArrayNode ex = n.putArray("excluded");
        for (ExcludedRange r : a.excluded()) {
            ex.addObject().put("start", r.span().start()).put("end", r.span().end()).put("reason", r.reason());
        }
        return n;
    }

    private ObjectNode actor(ActorSummary s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", s.actor().id());
        n.put("name", s.actor().name());
        n.put("kind", s.actor().kind().id());
        if (s.actor().iso3() != null) {
            n.put("iso3", s.actor().iso3());
        }
        if (s.actor().code() != null) {
            n.put("code", s.actor().code());
        }
        n.put("mentions", s.mentions());
        n.put("events", s.events());
        return n;
    }

    private ObjectNode event(Event e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", e.id());
        if (e.date() == null) {
            n.putNull("date");
        } else {
            date(n.putObject("date"), e.date());
        }
        n.put("type", e.type().id());
        if (e.cameo() != null) {
            n.put("cameo", e.cameo()); // optional: only when a CAMEO verb pattern coded the act
        }
        n.put("tone", e.tone());
        // the contract's status values stay as scripts know them: a conditional act is a hypothetical
        // one ("if ..."), said by the optional flag
        n.put("status", (e.status() == EventStatus.CONDITIONAL ? EventStatus.HYPOTHETICAL : e.status()).id());
        if (e.status() == EventStatus.CONDITIONAL) {
            n.put("condition", true);
        }
        e.actors().forEach(n.putArray("actors")::add);
        e.source().forEach(n.putArray("source")::add);
        e.target().forEach(n.putArray("target")::add);
        if (!e.attribution().isEmpty()) {
            e.attribution().forEach(n.putArray("attribution")::add);
        }
        n.put("summary", e.summary());
        ArrayNode ps = n.putArray("passages");
        for (Passage p : e.passages()) {
            ps.addObject().put("article", p.articleId()).put("start", p.span().start())
                    .put("end", p.span().end()).put("text", p.text());
        }
        if (e.dateConflict() != null) {
            n.put("dateConflict", e.dateConflict());
        }
        return n;
    }

    private static void date(ObjectNode n, EventDate d) {
        n.put("value", d.value());
        n.put("start", d.start().toString());
        n.put("end", d.end().toString());
        n.put("granularity", d.granularity().id());
        n.put("basis", d.basis().id());
        n.put("derivation", d.derivation());
    }

    private ObjectNode edge(GraphEdge e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("source", e.source());
        n.put("target", e.target());
        e.events().forEach(n.putArray("events")::add);
        n.put("weight", e.weight());
        n.put("meanTone", Math.round(e.meanTone() * 100) / 100.0);
        return n;
    }
}
