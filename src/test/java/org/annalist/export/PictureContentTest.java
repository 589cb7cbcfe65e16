package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What a reader of an exported picture notices: every event, the legend, the graph's actors. */
class PictureContentTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private final Analysis analysis = SampleAnalysis.analysis();

    private static List<Element> groups(Document doc, String cls) {
        List<Element> out = new ArrayList<>();
        NodeList gs = doc.getElementsByTagNameNS(SVG, "g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (cls.equals(g.getAttribute("class"))) {
                out.add(g);
            }
        }
        return out;
    }

    private static Set<String> dataIds(List<Element> groups) {
        Set<String> ids = new HashSet<>();
        groups.forEach(g -> ids.add(g.getAttribute("data-id")));
        return ids;
    }

    @Test
    void timelineSvgHasAnElementForEveryShownDatedEventAndNoOther() throws Exception {
        List<Event> shown = analysis.events().subList(0, 4);
        Document doc = SafeXml.parse(Picture.of(View.TIMELINE, analysis, shown, "Aleppo").toSvg(1200));

        assertThat(dataIds(groups(doc, "event"))).containsExactlyInAnyOrder("e1", "e2", "e3", "e4");
        Document fewer = SafeXml.parse(Picture.of(View.TIMELINE, analysis, shown.subList(0, 2), "Aleppo").toSvg(1200));
        assertThat(dataIds(groups(fewer, "event"))).containsExactlyInAnyOrder("e1", "e2");
    }

    @Test
    void graphSvgHasOneNodePerActorAndOneEdgePerPair() throws Exception {
        Document doc = SafeXml.parse(Picture.of(View.GRAPH, analysis, analysis.events(), "Actors").toSvg(1000));

        assertThat(dataIds(groups(doc, "node"))).containsExactlyInAnyOrder("france", "russia", "united-nations",
                "united-states", "turkey");
        assertThat(dataIds(groups(doc, "edge"))).hasSize(analysis.graph().edges().size());
    }

    @Test
    void thePngShowsTheLegendWhereTheSvgPutsIt() throws Exception {
        int width = 1000;
        int scale = 2;
        Picture p = Picture.of(View.TIMELINE, analysis, analysis.events(), "Aleppo");
        Document doc = SafeXml.parse(p.toSvg(width));
        List<Element> legend = groups(doc, "legend");
        assertThat(legend).hasSize(1);
        NodeList labels = legend.get(0).getElementsByTagNameNS(SVG, "text");
        assertThat(labels.getLength()).isGreaterThanOrEqualTo(3);
        Set<String> words = new HashSet<>();
        double top = Double.MAX_VALUE;
        double bottom = 0;
        for (int i = 0; i < labels.getLength(); i++) {
            Element t = (Element) labels.item(i);
            words.add(t.getTextContent());
            double y = Double.parseDouble(t.getAttribute("y"));
            top = Math.min(top, y - 14);
            bottom = Math.max(bottom, y + 4);
        }
        assertThat(words).contains("Request", "Reject");

        BufferedImage img = p.toImage(width, scale);
        int background = img.getRGB(2, img.getHeight() - 2);
        int inked = 0;
        for (int y = (int) (top * scale); y < bottom * scale; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (img.getRGB(x, y) != background) {
                    inked++;
                }
            }
        }
        assertThat(inked).as("legend pixels").isGreaterThan(500);
    }
}
