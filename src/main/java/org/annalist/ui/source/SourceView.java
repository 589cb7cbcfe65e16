package org.annalist.ui.source;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.annalist.corpus.Article;
import org.annalist.events.Event;
import org.annalist.events.Passage;
import org.annalist.text.Span;
import org.annalist.timeline.ActorRanking;
import org.annalist.ui.workspace.WorkspaceViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

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
    private final SourceText text = new SourceText();
    private final Label passageCount = new Label();
    private final Button previous = new Button("", new FontIcon("mdal-chevron_left"));
    private final Button next = new Button("", new FontIcon("mdal-chevron_right"));
    private final HBox navigator = new HBox(4, previous, passageCount, next);
    private List<SourceSegments.Segment> segments = List.of();
    private boolean rebuildPending;
    private ActorRanking ranking;

    /** @param browser opens a URL in the system browser (HostServices in the app) */
    public SourceView(WorkspaceViewModel workspace, Consumer<String> browser) {
        this.workspace = workspace;
        this.browser = browser;
        getStyleClass().add("source-view");
        title.getStyleClass().add("source-title");
        title.setWrapText(true);
        meta.getStyleClass().add("source-meta");
        meta.setWrapText(true);
        link.setOnAction(e -> openLink());
        link.setVisible(false);
        previous.setOnAction(e -> step(-1));
        next.setOnAction(e -> step(1));
        previous.setTooltip(new Tooltip("Previous passage of this event"));
        next.setTooltip(new Tooltip("Next passage of this event"));
        navigator.setAlignment(Pos.CENTER_LEFT);
        navigator.getStyleClass().add("passage-navigator");
        VBox header = new VBox(2, title, meta, link, navigator);
        header.setPadding(new Insets(6, 10, 6, 10));
        setTop(header);
        setCenter(text);
        workspace.selection().articleProperty().addListener(o -> scheduleRebuild());
        workspace.selection().passageProperty().addListener(o -> scheduleRebuild());
        workspace.selection().eventProperty().addListener(o -> scheduleRebuild());
        workspace.filter().searchProperty().addListener(o -> scheduleRebuild());
        workspace.analysisProperty().addListener(o -> ranking = null);
        rebuild();
    }

    /** Selecting an event changes article, passage and event at once: one rebuild for all three. */
    private void scheduleRebuild() {
        if (!rebuildPending) {
            rebuildPending = true;
            Platform.runLater(this::rebuild);
        }
    }

    /** The selected event's passages, or none. */
    private List<Passage> eventPassages() {
        Event e = workspace.selection().event();
        return e == null ? List.of() : e.passages();
    }

    /** Opens the next or previous passage of the selected event, across articles. */
    private void step(int by) {
        List<Passage> all = eventPassages();
        Passage p = workspace.selection().passageProperty().get();
        int at = p == null ? -1 : all.indexOf(p);
        if (all.size() > 1) {
            workspace.showPassage(all.get(Math.floorMod(at + by, all.size())));
        }
    }

    private void rebuild() {
        rebuildPending = false;
        Article a = workspace.selection().articleProperty().get();
        Passage p = workspace.selection().passageProperty().get();
        List<Passage> all = eventPassages();
        int at = p == null ? -1 : all.indexOf(p);
        boolean many = all.size() > 1 && at >= 0;
        navigator.setVisible(many);
        navigator.setManaged(many);
        passageCount.setText(many ? "Passage " + (at + 1) + " of " + all.size() : "");
        if (a == null) {
            title.setText("No article selected");
            meta.setText("Click an event or an article.");
            link.setVisible(false);
            segments = List.of();
            text.show("", List.<SourceSegments.Segment>of(), SourceSegments.Segment::span, s -> new Text(),
                    List.of(), List.of(), List.of());
            return;
        }
        title.setText(org.annalist.corpus.Sources.heading(a));
        meta.setText((a.outlet() != null ? a.outlet() + " · " : "") + a.path().getFileName() + " · "
                + (a.published().isKnown() ? "published " + a.published().date() + " (" + a.published().source().id()
                + ")" : "no publication date"));
        boolean web = isWeb(a.url());
        link.setText(web ? "Open original: " + a.url() : "");
        link.setVisible(web);
        link.setManaged(web);
        Span passage = p != null && p.articleId().equals(a.id()) ? p.span() : null;
        List<Span> others = all.stream().filter(x -> x != p && x.articleId().equals(a.id())).map(Passage::span).toList();
        segments = SourceSegments.build(a, workspace.analysis().annotationsOf(a.id()), passage,
                workspace.filter().searchProperty().get());
        if (ranking == null) {
            ranking = new ActorRanking(workspace.analysis());
        }
        List<Span> matches = SourceSegments.matches(a.text(), workspace.filter().searchProperty().get());
        text.show(a.text(), segments, SourceSegments.Segment::span, this::text,
                passage == null ? List.of() : List.of(passage), others, matches);
    }

    private Text text(SourceSegments.Segment s) {
        Text t = new Text();
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
        return text.passageDrawn();
    }

    /** Next / previous passage of a merged event. */
    public Button nextPassageButton() {
        return next;
    }

    /** "Passage 2 of 3" when the selected event has several. */
    public String passagePosition() {
        return navigator.isVisible() ? passageCount.getText() : "";
    }

}
