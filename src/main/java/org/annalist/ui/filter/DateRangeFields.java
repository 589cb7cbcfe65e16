package org.annalist.ui.filter;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.annalist.events.EventDate;
import org.annalist.ui.project.DateInput;

/**
 * Two typed dates, From and To, bound both ways to the timeline's visible range: Enter (or leaving
 * a field) moves the timeline there; zooming, panning or dragging the overview rewrites them. A
 * field takes a day {@code 2011-03-19}, a month {@code 2011-03} or a year {@code 2011}: From
 * reads its first day, To its last. A text that is no date is marked and left alone.
 */
public final class DateRangeFields extends HBox {

    private static final String INVALID = "invalid-date";

    private final ObjectProperty<LocalDate> from;
    private final ObjectProperty<LocalDate> to;
    private final TextField fromField = field("From", "First day shown: 2011-03-19, 2011-03 or 2011");
    private final TextField toField = field("To", "Last day shown: 2011-04-30, 2011-04 or 2011");

    public DateRangeFields(ObjectProperty<LocalDate> from, ObjectProperty<LocalDate> to) {
        super(4);
        this.from = from;
        this.to = to;
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("date-range");
        getChildren().addAll(fromField, new Label("–"), toField);
        from.addListener(o -> show());
        to.addListener(o -> show());
        for (TextField f : new TextField[] {fromField, toField}) {
            f.setOnAction(e -> apply());
            f.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    apply();
                }
            });
        }
        show();
    }

    private static TextField field(String name, String tip) {
        TextField f = new TextField();
        f.setPromptText(name);
        f.setPrefColumnCount(7);
        f.setMinWidth(86);
        f.setTooltip(new Tooltip(tip + ". Press Enter to move the timeline."));
        f.setAccessibleText(name + " date of the visible range");
        return f;
    }

    /** Writes the visible range into the fields, except into one the user is typing in. */
    private void show() {
        if (!fromField.isFocused() || fromField.getText().isBlank()) {
            set(fromField, from.get());
        }
        if (!toField.isFocused() || toField.getText().isBlank()) {
            set(toField, to.get());
        }
    }

    private static void set(TextField f, LocalDate d) {
        f.setText(d == null ? "" : d.toString());
        f.getStyleClass().remove(INVALID);
    }

    /** Moves the timeline to the typed range, if both fields are dates in order. */
    public void apply() {
        Optional<EventDate> a = parse(fromField);
        Optional<EventDate> b = parse(toField);
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        LocalDate f = a.get().start();
        LocalDate t = b.get().end();
        if (t.isBefore(f)) {
            toField.getStyleClass().add(INVALID);
            return;
        }
        if (!f.equals(from.get()) || !t.equals(to.get())) {
            // setting the two one after the other: the timeline follows each, the last one wins
            to.set(null);
            from.set(f);
            to.set(t);
        }
        // the typed text becomes the days it stands for ("2011-03" in To reads 2011-03-31)
        set(fromField, from.get());
        set(toField, to.get());
    }

    private static Optional<EventDate> parse(TextField f) {
        Optional<EventDate> d = DateInput.parse(f.getText());
        f.getStyleClass().remove(INVALID);
        if (d.isEmpty()) {
            f.getStyleClass().add(INVALID);
        }
        return d;
    }

    public TextField fromField() {
        return fromField;
    }

    public TextField toField() {
        return toField;
    }
}
