package org.annalist.export;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.annalist.render.Canvas2D;
import org.annalist.render.Rgba;

/**
 * A {@link Canvas2D} that writes SVG. Each {@link #beginItem} opens {@code <g class="KIND"
 * data-id="ID" id="...">} so that every event, node and edge stays one editable element; element
 * ids are made unique when a painter draws the same item twice. Text widths use the same Java2D
 * metrics as the PNG export, so both lay out alike.
 */
public final class SvgCanvas2D implements Canvas2D {

    private static final FontRenderContext METRICS = new FontRenderContext(null, true, true);
    private static final String FONT_FAMILY = "'DejaVu Sans', Arial, Helvetica, sans-serif";

    private record State(Rgba fill, Rgba stroke, double lineWidth, String dashes, Font font, double size,
                         boolean bold, int openGroups) {
    }

    private final double width;
    private final double height;
    private final StringBuilder body = new StringBuilder(1 << 16);
    private final Deque<State> saved = new ArrayDeque<>();
    private final Map<String, Integer> usedIds = new HashMap<>();
    private int openGroups;
    private int openItems;
    private int clipCount;
    private Rgba fill = new Rgba(0, 0, 0, 1);
    private Rgba stroke = new Rgba(0, 0, 0, 1);
    private double lineWidth = 1;
    private String dashes = "";
    private Font font;
    private double fontSize;
    private boolean bold;

    public SvgCanvas2D(double width, double height) {
        this.width = width;
        this.height = height;
        font(12, false);
    }

    /** The complete SVG document. Closes any group a painter left open. */
    public String toSvg(String title) {
        return toSvg(title, width, height);
    }

    /** The document shown {@code shownWidth} x {@code shownHeight}; its viewBox stays this canvas. */
    public String toSvg(String title, double shownWidth, double shownHeight) {
        StringBuilder doc = new StringBuilder(body.length() + 512);
        doc.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(shownWidth))
                .append("\" height=\"").append(num(shownHeight)).append("\" viewBox=\"0 0 ").append(num(width))
                .append(' ').append(num(height)).append("\">\n");
        if (title != null && !title.isBlank()) {
            doc.append("<title>").append(XmlText.escape(title)).append("</title>\n");
        }
        doc.append(body);
        doc.append("</g>\n".repeat(openGroups + openItems));
        return doc.append("</svg>\n").toString();
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void fill(Rgba colour) {
        fill = colour;
    }

    @Override
    public void stroke(Rgba colour) {
        stroke = colour;
    }

    @Override
    public void lineWidth(double w) {
        lineWidth = Math.max(0, w);
    }

    @Override
    public void dashes(double... pattern) {
        StringBuilder b = new StringBuilder();
        if (pattern != null) {
            for (double d : pattern) {
                b.append(b.length() == 0 ? "" : ",").append(num(d));
            }
        }
        dashes = b.toString();
    }

    @Override
    public void font(double size, boolean bold) {
        this.fontSize = size;
        this.bold = bold;
        font = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    @Override
    public double textWidth(String text) {
        return font.getStringBounds(text, METRICS).getWidth();
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        shape("rect", "x", x, "y", y, "width", w, "height", h).append(fillAttrs()).append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        shape("rect", "x", x, "y", y, "width", w, "height", h).append(strokeAttrs()).append("/>\n");
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        shape("rect", "x", x, "y", y, "width", w, "height", h).append(" rx=\"").append(num(arc / 2))
                .append('"').append(fillAttrs()).append("/>\n");
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        shape("line", "x1", x1, "y1", y1, "x2", x2, "y2", y2).append(strokeAttrs()).append("/>\n");
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        shape("ellipse", "cx", x + w / 2, "cy", y + h / 2, "rx", w / 2, "ry", h / 2).append(fillAttrs()).append("/>\n");
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        shape("ellipse", "cx", x + w / 2, "cy", y + h / 2, "rx", w / 2, "ry", h / 2).append(strokeAttrs()).append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        body.append("<polygon points=\"");
        for (int i = 0; i < Math.min(xs.length, ys.length); i++) {
            body.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
        }
        body.append('"').append(fillAttrs()).append("/>\n");
    }

    @Override
    public void fillText(String text, double x, double y) {
        body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" font-family=\"").append(XmlText.escape(FONT_FAMILY)).append("\" font-size=\"")
                .append(num(fontSize)).append('"').append(bold ? " font-weight=\"bold\"" : "")
                .append(fillAttrs()).append(" xml:space=\"preserve\">").append(XmlText.escape(text)).append("</text>\n");
    }

    @Override
    public void save() {
        saved.push(new State(fill, stroke, lineWidth, dashes, font, fontSize, bold, openGroups));
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) {
            return;
        }
        State s = saved.pop();
        while (openGroups > s.openGroups()) {
            body.append("</g>\n");
            openGroups--;
        }
        fill = s.fill();
        stroke = s.stroke();
        lineWidth = s.lineWidth();
        dashes = s.dashes();
        font = s.font();
        fontSize = s.size();
        bold = s.bold();
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        String id = "clip" + (++clipCount);
        body.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append("\" width=\"").append(num(w)).append("\" height=\"").append(num(h))
                .append("\"/></clipPath>\n<g clip-path=\"url(#").append(id).append(")\">\n");
        openGroups++;
    }

    @Override
    public void beginItem(String kind, String id) {
        int seen = usedIds.merge(kind + ":" + id, 1, Integer::sum);
        String elementId = kind + "-" + id + (seen > 1 ? "-" + seen : "");
        body.append("<g class=\"").append(XmlText.escape(kind)).append("\" id=\"").append(XmlText.escape(elementId))
                .append("\" data-id=\"").append(XmlText.escape(id)).append("\">\n");
        openItems++;
    }

    @Override
    public void endItem() {
        if (openItems > 0) {
            body.append("</g>\n");
            openItems--;
        }
    }

    private StringBuilder shape(String name, String a, double av, String b, double bv, String c, double cv,
                                String d, double dv) {
        return body.append('<').append(name).append(' ').append(a).append("=\"").append(num(av)).append("\" ")
                .append(b).append("=\"").append(num(bv)).append("\" ").append(c).append("=\"").append(num(cv))
                .append("\" ").append(d).append("=\"").append(num(dv)).append('"');
    }

    private String fillAttrs() {
        return " fill=\"" + fill.hex() + "\"" + (fill.alpha() < 1 ? " fill-opacity=\"" + num(fill.alpha()) + "\"" : "");
    }

    private String strokeAttrs() {
        return " fill=\"none\" stroke=\"" + stroke.hex() + "\" stroke-width=\"" + num(lineWidth) + "\""
                + (stroke.alpha() < 1 ? " stroke-opacity=\"" + num(stroke.alpha()) + "\"" : "")
                + (dashes.isEmpty() ? "" : " stroke-dasharray=\"" + dashes + "\"");
    }

    private static String num(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return "-0".equals(s) ? "0" : s;
    }
}
