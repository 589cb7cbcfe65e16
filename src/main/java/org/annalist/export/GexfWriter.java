package org.annalist.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.annalist.actors.Actor;
import org.annalist.analysis.ActorGraph;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.GraphEdge;
import org.annalist.events.Event;
import org.annalist.render.Rgba;

/**
 * The actor graph of the shown events as GEXF 1.3 for Gephi: one node per actor involved (label,
 * kind, ISO code, event count, colour, size) and one undirected edge per pair of actors sharing
 * events (weight = shared events, mean tone, tone colour). Written with StAX, which escapes all
 * text and attributes.
 */
public final class GexfWriter {

    static final String NS = "http://gexf.net/1.3";
    static final String VIZ = "http://gexf.net/1.3/viz";

    public void write(Analysis analysis, List<Event> shown, String title, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("gexf");
            x.writeDefaultNamespace(NS);
            x.writeNamespace("viz", VIZ);
            x.writeAttribute("version", "1.3");
            x.writeStartElement("meta");
            x.writeAttribute("lastmodifieddate", java.time.LocalDate.now().toString());
            element(x, "creator", "Annalist");
            element(x, "description", title == null ? "" : title);
            x.writeEndElement();
            x.writeStartElement("graph");
            x.writeAttribute("mode", "static");
            x.writeAttribute("defaultedgetype", "undirected");
            attributes(x, "node", new String[][] {{"kind", "kind", "string"}, {"iso3", "iso3", "string"},
                    {"events", "events", "integer"}});
            attributes(x, "edge", new String[][] {{"meanTone", "mean tone", "double"}, {"events", "event ids", "string"}});
            nodes(x, analysis, shown);
            edges(x, ActorGraph.of(shown));
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write GEXF: " + e.getMessage(), e);
        }
    }

    public void write(Analysis analysis, List<Event> shown, String title, Path out) throws IOException {
        AtomicFiles.write(out, o -> write(analysis, shown, title, o));
    }

    private static void nodes(XMLStreamWriter x, Analysis analysis, List<Event> shown) throws XMLStreamException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        shown.forEach(e -> e.actors().forEach(id -> counts.merge(id, 1, Integer::sum)));
        x.writeStartElement("nodes");
        for (var entry : counts.entrySet()) {
            Actor a = analysis.catalog().get(entry.getKey());
            x.writeStartElement("node");
            x.writeAttribute("id", XmlText.clean(a.id()));
            x.writeAttribute("label", XmlText.clean(a.name()));
            x.writeStartElement("attvalues");
            attvalue(x, "kind", a.kind().id());
            if (a.iso3() != null) {
                attvalue(x, "iso3", a.iso3());
            }
            attvalue(x, "events", Integer.toString(entry.getValue()));
            x.writeEndElement();
            colour(x, colourOf(a.color()));
            x.writeEmptyElement(VIZ, "size");
            x.writeAttribute("value", num(4 + 4 * Math.sqrt(entry.getValue())));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void edges(XMLStreamWriter x, ActorGraph graph) throws XMLStreamException {
        x.writeStartElement("edges");
        int n = 0;
        for (GraphEdge e : graph.edges()) {
            x.writeStartElement("edge");
            x.writeAttribute("id", "e" + n++);
            x.writeAttribute("source", XmlText.clean(e.source()));
            x.writeAttribute("target", XmlText.clean(e.target()));
            x.writeAttribute("weight", Integer.toString(e.weight()));
            x.writeStartElement("attvalues");
            attvalue(x, "meanTone", num(e.meanTone()));
            attvalue(x, "events", String.join(";", e.events()));
            x.writeEndElement();
            colour(x, toneColour(e.meanTone()));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /** Blue for cooperative, grey for neutral, orange-red for hostile: readable with colour-blindness. */
    static Rgba toneColour(double tone) {
        Rgba neutral = new Rgba(150, 150, 150, 1);
        Rgba end = tone >= 0 ? new Rgba(33, 102, 172, 1) : new Rgba(214, 96, 77, 1);
        double t = Math.min(1, Math.abs(tone) / 10);
        return new Rgba(mix(neutral.red(), end.red(), t), mix(neutral.green(), end.green(), t),
                mix(neutral.blue(), end.blue(), t), 1);
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    private static Rgba colourOf(String hex) {
        try {
            return Rgba.parse(hex == null ? "#777777" : hex);
        } catch (IllegalArgumentException e) {
            return Rgba.parse("#777777");
        }
    }

    private static void colour(XMLStreamWriter x, Rgba c) throws XMLStreamException {
        x.writeEmptyElement(VIZ, "color");
        x.writeAttribute("r", Integer.toString(c.red()));
        x.writeAttribute("g", Integer.toString(c.green()));
        x.writeAttribute("b", Integer.toString(c.blue()));
    }

    private static void attributes(XMLStreamWriter x, String cls, String[][] defs) throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", cls);
        for (String[] d : defs) {
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", d[0]);
            x.writeAttribute("title", d[1]);
            x.writeAttribute("type", d[2]);
        }
        x.writeEndElement();
    }

    private static void attvalue(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeEmptyElement("attvalue");
        x.writeAttribute("for", key);
        x.writeAttribute("value", XmlText.clean(value));
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(XmlText.clean(text));
        x.writeEndElement();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
