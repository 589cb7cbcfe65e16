package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.render.Rgba;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgCanvas2DTest {

    @Test
    void itemsBecomeGroupsAndTextIsEscaped() throws Exception {
        SvgCanvas2D c = new SvgCanvas2D(400, 200);
        c.fill(Rgba.parse("#112233"));
        c.save();
        c.clip(0, 0, 300, 200);
        c.beginItem("event", "e1");
        c.fillOval(10, 10, 8, 8);
        c.fillText("Russia <vetoes> \"A & B\" \u0001", 20, 20);
        c.endItem();
        c.beginItem("event", "e1");
        c.fillRect(40, 10, 8, 8);
        c.endItem();
        c.restore();
        c.stroke(Rgba.parse("#ff0000").withAlpha(0.5));
        c.dashes(4, 2);
        c.strokeLine(0, 0, 400, 200);

        Document doc = SafeXml.parse(c.toSvg("Title <&>"));
        NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        int events = 0;
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if ("event".equals(g.getAttribute("class"))) {
                events++;
                assertThat(g.getAttribute("data-id")).isEqualTo("e1");
                ids.add(g.getAttribute("id"));
            }
        }
        assertThat(events).isEqualTo(2);
        assertThat(ids).hasSize(2);
        assertThat(doc.getElementsByTagNameNS("*", "text").item(0).getTextContent())
                .isEqualTo("Russia <vetoes> \"A & B\" ");
        assertThat(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo("Title <&>");
        Element line = (Element) doc.getElementsByTagNameNS("*", "line").item(0);
        assertThat(line.getAttribute("stroke-dasharray")).isEqualTo("4,2");
        assertThat(line.getAttribute("stroke-opacity")).isEqualTo("0.5");
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("400");
    }
}
