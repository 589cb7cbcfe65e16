package org.annalist.ui.source;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.annalist.corpus.Article;
import org.annalist.events.Passage;
import org.annalist.text.Span;
import org.annalist.timeline.ActorRanking;
import org.annalist.ui.workspace.WorkspaceViewModel;

/**
 * The article behind the selection: its text with the passage highlighted and scrolled into view,
 * actor mentions tinted in their actor's colour, time expressions underlined with their resolved
 * date in a tooltip, boilerplate greyed, search matches marked, and a link to the original.
 */
public final class SourceView extends BorderPane {

    private final WorkspaceViewModel workspace;
    private final Consumer<String> browser;
    private final Label title = new Label("No article selected");
    private final Label meta = new Label();
    private final Hyperlink link = new Hyperlink();
    private final TextFlow flow = new TextFlow();
    private final Path passagePath = new Path();
    private final Path matchPath = new Path();
    private final ScrollPane scroll;
    private List<SourceSegments.Segment> segments = List.of();
    private Span passage;

    /** @param browser opens a URL in the system browser (HostServices in the app) */
    public SourceView(WorkspaceViewModel workspace, Consumer<String> browser) {
        this.workspace = workspace;
        this.browser = browser;
        getStyleClass().add("source-view");
        title.getStyleClass().add("source-title");
        title.setWrapText(true);
        meta.getStyleClass().add("source-meta");
        link.setOnAction(e -> openLink());
        link.setVisible(false);
        passagePath.getStyleClass().add("passage-highlight");
        matchPath.getStyleClass().add("match-highlight");
        passagePath.setManaged(false);
        matchPath.setManaged(false);
        flow.getStyleClass().add("source-text");
        flow.setLineSpacing(3);
        Pane layer = new Pane(passagePath, matchPath, flow) {
            @Override
            protected void layoutChildren() {
                flow.resizeRelocate(0, 0, getWidth(), flow.prefHeight(getWidth()));
            }

            @Override
            protected double computePrefHeight(double width) {
                return flow.prefHeight(width);
            }
        };
        layer.setPadding(new Insets(0));
        scroll = new ScrollPane(layer);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("source-scroll");
        VBox header = new VBox(2, title, meta, link);
        header.setPadding(new Insets(6, 10, 6, 10));
        setTop(header);
        setCenter(scroll);
        flow.setPadding(new Insets(4, 12, 12, 12));
        // TextFlow.rangeShape answers in content coordinates, without the padding
        passagePath.setTranslateX(12);
        passagePath.setTranslateY(4);
        matchPath.setTranslateX(12);
        matchPath.setTranslateY(4);
        flow.layoutBoundsProperty().addListener(o -> placeHighlights());
        workspace.selection().articleProperty().addListener(o -> rebuild());
        workspace.selection().passageProperty().addListener(o -> rebuild());
        workspace.filter().searchProperty().addListener(o -> rebuild());
    }

    private void rebuild() {
        Article a = workspace.selection().articleProperty().get();
        Passage p = workspace.selection().passageProperty().get();
        flow.getChildren().clear();
        if (a == null) {
            title.setText("No article selected");
            meta.setText("Click an event or an article.");
            link.setVisible(false);
            segments = List.of();
            placeHighlights();
            return;
        }
        title.setText(a.title().isBlank() ? a.id() : a.title());
        meta.setText((a.outlet() != null ? a.outlet() + " · " : "") + a.path().getFileName() + " · "
                + (a.published().isKnown() ? "published " + a.published().date() + " (" + a.published().source().id()
                + ")" : "no publication date"));
        boolean web = isWeb(a.url());
        link.setText(web ? "Open original: " + a.url() : "");
        link.setVisible(web);
        link.setManaged(web);
        passage = p != null && p.articleId().equals(a.id()) ? p.span() : null;
        segments = SourceSegments.build(a, workspace.analysis().annotationsOf(a.id()), passage,
                workspace.filter().searchProperty().get());
        ActorRanking ranking = new ActorRanking(workspace.analysis());
        List<Node> texts = new ArrayList<>(segments.size());
        for (SourceSegments.Segment s : segments) {
            texts.add(text(s, ranking));
        }
        flow.getChildren().setAll(texts);
        Platform.runLater(this::placeHighlights);
    }

    private Text text(SourceSegments.Segment s, ActorRanking ranking) {
        Text t = new Text(s.text());
        t.getStyleClass().add("source-run");
        if (s.excluded()) {
            t.getStyleClass().add("excluded");
        }
        if (s.actorId() != null) {
            t.getStyleClass().add("actor-mention");
            t.setStyle("-fx-fill: " + ranking.colour(s.actorId()).hex() + ";");
        }
        if (s.timex() != null) {
            t.getStyleClass().add("timex");
            t.setUnderline(true);
            var x = s.timex();
            Tooltip tip = new Tooltip("'" + x.text() + "' → " + x.value()
                    + (x.isAnchored() ? " (" + x.start() + (x.end().equals(x.start()) ? "" : " to " + x.end()) + ")" : ""));
            tip.setShowDelay(Duration.millis(200));
            Tooltip.install(t, tip);
        }
        if (s.passage()) {
            t.getStyleClass().add("in-passage");
        }
        if (s.match()) {
            t.getStyleClass().add("in-match");
        }
        return t;
    }

    private void placeHighlights() {
        passagePath.getElements().setAll(shape(passage == null ? List.of() : List.of(passage)));
        List<Span> matches = segments.stream().filter(SourceSegments.Segment::match).map(SourceSegments.Segment::span)
                .toList();
        matchPath.getElements().setAll(shape(matches));
        if (passage != null && !passagePath.getElements().isEmpty()) {
            Bounds b = passagePath.getBoundsInLocal();
            double content = flow.getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            if (content > viewport && !b.isEmpty()) {
                scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - viewport / 3) / (content - viewport))));
            }
        }
    }

    private List<PathElement> shape(List<Span> spans) {
        List<PathElement> out = new ArrayList<>();
        for (Span s : spans) {
            out.addAll(List.of(flow.rangeShape(s.start(), s.end())));
        }
        return out;
    }

    private void openLink() {
        Article a = workspace.selection().articleProperty().get();
        if (a != null && isWeb(a.url())) {
            browser.accept(a.url());
        }
    }

    /** Only http and https links are opened; anything else (file:, javascript:) is refused. */
    public static boolean isWeb(String url) {
        if (url == null) {
            return false;
        }
        try {
            String scheme = URI.create(url.trim()).getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The highlighted passage's text, or {@code ""}: what a reader sees marked. */
    public String highlightedText() {
        StringBuilder s = new StringBuilder();
        segments.stream().filter(SourceSegments.Segment::passage).forEach(seg -> s.append(seg.text()));
        return s.toString();
    }

    /** How many search matches are marked. */
    public long matchCount() {
        return segments.stream().filter(SourceSegments.Segment::match).count();
    }

    /** Whether the passage highlight is drawn (has a shape on screen). */
    public boolean passageDrawn() {
        return !passagePath.getElements().isEmpty();
    }

}
