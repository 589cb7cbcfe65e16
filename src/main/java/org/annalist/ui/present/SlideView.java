package org.annalist.ui.present;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.annalist.analysis.Analysis;
import org.annalist.corpus.Article;
import org.annalist.corpus.Sources;
import org.annalist.events.Event;
import org.annalist.events.EventStatus;
import org.annalist.events.Passage;

/**
 * One step of the presentation in large, high-contrast type: date, summary, actors, the passage
 * and where it comes from, over a compact time strip.
 */
final class SlideView extends BorderPane {

    private final Analysis analysis;
    private final PresentationModel model;
    private final Label counter = label("present-counter", "counter");
    private final Label date = label("present-date", "date");
    private final Label summary = label("present-summary", "summary");
    private final Label actors = label("present-actors", "actors");
    private final Label passage = label("present-passage", "passage");
    private final Label source = label("present-source", "source");
    private final TimelineStrip strip;

    SlideView(Analysis analysis, PresentationModel model) {
        this.analysis = analysis;
        this.model = model;
        this.strip = new TimelineStrip(model);
        getStyleClass().add("presentation");
        setStyle("-fx-background-color: black;");
        Region spacer = new Region();
        HBox top = new HBox(spacer, counter);
        HBox.setHgrow(spacer, Priority.ALWAYS);
        passage.setWrapText(true);
        summary.setWrapText(true);
        VBox slide = new VBox(date, summary, actors, passage, source);
        slide.setAlignment(Pos.CENTER_LEFT);
        slide.setSpacing(18);
        slide.setMaxWidth(1400);
        setTop(top);
        setCenter(slide);
        setBottom(strip);
        BorderPane.setMargin(slide, new Insets(20, 80, 20, 80));
        setPadding(new Insets(16, 24, 16, 24));
        strip.setId("present-strip");
        heightProperty().addListener(o -> restyle());
        model.addListener(this::refresh);
        restyle();
        refresh();
    }

    private static Label label(String id, String cls) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(cls);
        return l;
    }

    /** Font sizes follow the screen height, so a projector at any resolution reads alike. */
    private void restyle() {
        double h = Math.max(480, getHeight() > 0 ? getHeight() : 768);
        style(date, h * 0.055, "#ffd54f", true);
        style(summary, h * 0.05, "#ffffff", true);
        style(actors, h * 0.032, "#b3e5fc", false);
        style(passage, h * 0.036, "#ffffff", false);
        style(source, h * 0.026, "#bdbdbd", false);
        // the counter is read from the back of the room: about 35 px at 1080p
        style(counter, h * 0.032, "#bdbdbd", false);
        passage.setStyle(passage.getStyle() + "-fx-border-color: transparent transparent transparent #ffd54f;"
                + "-fx-border-width: 0 0 0 6; -fx-padding: 0 0 0 24;");
        strip.fitTo(h);
        strip.draw();
    }

    private static void style(Label l, double size, String colour, boolean bold) {
        l.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.0fpx; -fx-text-fill: %s;%s", size, colour,
                bold ? " -fx-font-weight: bold;" : ""));
    }

    void refresh() {
        Event e = model.current();
        String mode = (model.isReveal() ? "   reveal" : "")
                + (model.isPlaying() ? String.format(java.util.Locale.ROOT, "   playing %.0f s", model.secondsPerStep()) : "");
        if (e == null) {
            counter.setText("0 / 0" + mode);
            date.setText("No dated events to present");
            summary.setText("Change the filters, then start the presentation again. Escape leaves.");
            actors.setText("");
            passage.setText("");
            source.setText("");
        } else {
            counter.setText((model.index() + 1) + " / " + model.events().size() + mode);
            date.setText(org.annalist.export.HumanDates.withWeekday(e.date()) + (e.status() == EventStatus.PLANNED ? "  (planned)" : ""));
            summary.setText(e.summary().isBlank() ? e.type().label() : e.summary());
            actors.setText(actorLine(e));
            Passage p = e.passages().isEmpty() ? null : e.passages().get(0);
            passage.setText(p == null ? "" : "\u201c" + p.text().replaceAll("\\s+", " ").trim() + "\u201d");
            source.setText(p == null ? "" : sourceLine(p, e.passages().size() - 1));
        }
        strip.draw();
    }

    private String actorLine(Event e) {
        String from = names(e.source());
        String to = names(e.target());
        String who = from.isEmpty() && to.isEmpty() ? "" : from + (to.isEmpty() ? "" : "  \u2192  " + to);
        return who + (who.isEmpty() ? "" : "   \u00b7   ") + e.type().label();
    }

    private String names(List<String> ids) {
        return ids.stream().map(id -> analysis.catalog().get(id).name()).collect(Collectors.joining(", "));
    }

    private String sourceLine(Passage p, int more) {
        String where = analysis.article(p.articleId()).map(SlideView::describe).orElse(p.articleId());
        return "\u2014 " + where + (more > 0 ? "   (+" + more + (more == 1 ? " more source)" : " more sources)") : "");
    }

    private static String describe(Article a) {
        // an audience reads an outlet or a headline, never a file id
        List<String> parts = new java.util.ArrayList<>();
        if (a.outlet() != null && !a.outlet().isBlank()) {
            parts.add(a.outlet());
        }
        // untitled (all of news-dev): its opening words, quoted, as the article list names it
        String heading = Sources.heading(a);
        if (!heading.isBlank() && !heading.equals(a.id())) {
            parts.add(heading);
        }
        StringBuilder b = new StringBuilder(parts.isEmpty() ? "an untitled article" : String.join(", ", parts));
        if (a.published().date() != null) {
            b.append(", ").append(a.published().date().format(java.time.format.DateTimeFormatter
                    .ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)));
        }
        return b.toString();
    }
}
