package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.annalist.analysis.Analysis;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GexfWriterTest {

    @Test
    void actorGraphParsesWithOneNodePerActorAndOneEdgePerPair() throws Exception {
        Analysis a = SampleAnalysis.analysis();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GexfWriter().write(a, a.events(), "Aleppo & co", out);

        Document doc = SafeXml.parse(out.toString(StandardCharsets.UTF_8));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(GexfWriter.NS);
        assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("1.3");
        NodeList nodes = doc.getElementsByTagNameNS(GexfWriter.NS, "node");
        NodeList edges = doc.getElementsByTagNameNS(GexfWriter.NS, "edge");
        assertThat(nodes.getLength()).isEqualTo(5); // france, united-nations, russia, turkey, united-states
        assertThat(edges.getLength()).isEqualTo(a.graph().edges().size()).isEqualTo(5);

        Element russia = byId(nodes, "russia");
        assertThat(russia.getAttribute("label")).isEqualTo("Russia");
        assertThat(attvalue(russia, "events")).isEqualTo("4");
        assertThat(russia.getElementsByTagNameNS(GexfWriter.VIZ, "color").getLength()).isEqualTo(1);

        Element franceRussia = null;
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            if (e.getAttribute("source").equals("france") && e.getAttribute("target").equals("russia")) {
                franceRussia = e;
            }
        }
        assertThat(franceRussia).isNotNull();
        assertThat(franceRussia.getAttribute("weight")).isEqualTo("2");
        assertThat(Double.parseDouble(attvalue(franceRussia, "meanTone"))).isEqualTo(-1.5);
    }

    @Test
    void hostileEdgesAreWarmAndCooperativeOnesCool() {
        assertThat(GexfWriter.toneColour(-10).red()).isGreaterThan(GexfWriter.toneColour(-10).blue());
        assertThat(GexfWriter.toneColour(10).blue()).isGreaterThan(GexfWriter.toneColour(10).red());
    }

    private static Element byId(NodeList nodes, String id) {
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (e.getAttribute("id").equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no node " + id);
    }

    private static String attvalue(Element owner, String key) {
        NodeList values = owner.getElementsByTagNameNS(GexfWriter.NS, "attvalue");
        for (int i = 0; i < values.getLength(); i++) {
            Element v = (Element) values.item(i);
            if (v.getAttribute("for").equals(key)) {
                return v.getAttribute("value");
            }
        }
        throw new AssertionError("no attvalue " + key);
    }
}
