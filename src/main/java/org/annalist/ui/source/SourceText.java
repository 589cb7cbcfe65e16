package org.annalist.ui.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.annalist.text.Span;

/**
 * An article's whole text, one {@link TextFlow} per paragraph, scrollable to its end, with the
 * selected passage, the event's other passages and search matches drawn under the words.
 *
 * <p>Why paragraphs: a single flow of a 20,000-word article re-lays everything on each change,
 * and JavaFX 21's {@code TextFlow.rangeShape} ignores {@code lineSpacing} (JDK-8317120), so
 * highlights drifted off their lines further down. Flows without line spacing, spaced apart as
 * paragraphs, put the highlight exactly on the characters. The content reports a horizontal
 * content bias so the scroll pane asks for its height at the real width: the old view measured
 * it unwrapped and cut long articles off.
 */
final class SourceText extends ScrollPane {

    private static final double PAD = 12;

    private final VBox paragraphs = new VBox(8);
    private final Path passagePath = new Path();
    private final Path otherPath = new Path();
    private final Path matchPath = new Path();
    private final Pane layer;
    private int[] starts = new int[0];
    private List<Span> passage = List.of();
    private List<Span> others = List.of();
    private List<Span> matches = List.of();
    private boolean scrollPending;

    SourceText() {
        getStyleClass().add("source-scroll");
        paragraphs.getStyleClass().add("source-text");
        paragraphs.setPadding(new Insets(4, PAD, PAD, PAD));
        passagePath.getStyleClass().add("passage-highlight");
        otherPath.getStyleClass().add("other-passage-highlight");
        matchPath.getStyleClass().add("match-highlight");
        for (Path p : List.of(passagePath, otherPath, matchPath)) {
            p.setManaged(false);
            p.setMouseTransparent(true);
        }
        // highlights first: drawn under the words, so the text stays readable through them
        layer = new Pane(otherPath, passagePath, matchPath, paragraphs) {
            @Override
            protected void layoutChildren() {
                double w = getWidth();
                paragraphs.resizeRelocate(0, 0, w, paragraphs.prefHeight(w));
                paragraphs.layout();
                placeHighlights();
            }

            @Override
            protected double computePrefHeight(double width) {
                return paragraphs.prefHeight(width < 0 ? getWidth() : width);
            }

            @Override
            public Orientation getContentBias() {
                return Orientation.HORIZONTAL;
            }
        };
        setContent(layer);
        setFitToWidth(true);
    }

    /**
     * Shows {@code text} cut into {@code runs} (one node per run, in order), highlights the spans
     * and scrolls the first passage span into view.
     */
    <R> void show(String text, List<R> runs, Function<R, Span> spanOf, Function<R, Text> nodeOf,
                  List<Span> passage, List<Span> others, List<Span> matches) {
        List<TextFlow> flows = new ArrayList<>();
        List<Integer> flowStarts = new ArrayList<>();
        TextFlow current = null;
        for (R run : runs) {
            Span s = spanOf.apply(run);
            int from = s.start();
            while (from < s.end()) {
                int nl = text.indexOf('\n', from);
                int to = nl < 0 || nl >= s.end() ? s.end() : nl;
                if (to > from) {
                    if (current == null) {
                        current = new TextFlow();
                        current.getStyleClass().add("source-paragraph");
                        flows.add(current);
                        flowStarts.add(from);
                    }
                    Text t = nodeOf.apply(run);
                    t.setText(text.substring(from, to));
                    current.getChildren().add(t);
                }
                if (to < s.end()) { // a line break ends the paragraph
                    current = null;
                    to++;
                }
                from = to;
            }
        }
        starts = flowStarts.stream().mapToInt(Integer::intValue).toArray();
        paragraphs.getChildren().setAll(flows);
        this.passage = List.copyOf(passage);
        this.others = List.copyOf(others);
        this.matches = List.copyOf(matches);
        scrollPending = !passage.isEmpty();
        if (!scrollPending) {
            setVvalue(0);
        }
        layer.requestLayout();
    }

    private void placeHighlights() {
        passagePath.getElements().setAll(shape(passage));
        otherPath.getElements().setAll(shape(others));
        matchPath.getElements().setAll(shape(matches));
        if (scrollPending && !passagePath.getElements().isEmpty()) {
            scrollPending = false;
            reveal(passagePath.getLayoutBounds());
        }
    }

    /** Scrolls so that {@code b} (in content coordinates) sits a third down the viewport, or at its top when taller. */
    private void reveal(Bounds b) {
        double content = layer.getHeight();
        double viewport = getViewportBounds().getHeight();
        if (content <= viewport || viewport <= 0) {
            return;
        }
        double top = b.getHeight() > viewport * 2 / 3 ? b.getMinY() - 8 : b.getMinY() - viewport / 3;
        setVvalue(Math.max(0, Math.min(1, top / (content - viewport))));
    }

    private List<PathElement> shape(List<Span> spans) {
        List<PathElement> out = new ArrayList<>();
        for (Span s : spans) {
            int first = paragraphAt(s.start());
            for (int i = Math.max(0, first); i < starts.length && starts[i] < s.end(); i++) {
                TextFlow flow = (TextFlow) paragraphs.getChildren().get(i);
                int length = length(flow);
                int from = Math.max(0, s.start() - starts[i]);
                int to = Math.min(length, s.end() - starts[i]);
                if (to > from) {
                    shift(flow.rangeShape(from, to), flow.getLayoutX(), flow.getLayoutY(), out);
                }
            }
        }
        return out;
    }

    private int paragraphAt(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    private static int length(TextFlow flow) {
        int n = 0;
        for (Node c : flow.getChildren()) {
            n += ((Text) c).getText().length();
        }
        return n;
    }

    private static void shift(PathElement[] elements, double dx, double dy, List<PathElement> out) {
        for (PathElement e : elements) {
            if (e instanceof MoveTo m) {
                out.add(new MoveTo(m.getX() + dx, m.getY() + dy));
            } else if (e instanceof LineTo l) {
                out.add(new LineTo(l.getX() + dx, l.getY() + dy));
            } else if (e instanceof ClosePath) {
                out.add(new ClosePath());
            }
        }
    }

    /** Whether the passage highlight has a shape on screen. */
    boolean passageDrawn() {
        return !passagePath.getElements().isEmpty();
    }
}
