package org.annalist.ui.filter;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Popup;

/**
 * A filter button ("Actors 12/170") whose popup lists its entries with a check box, a colour swatch
 * and the number of events shown, most events first; a search field narrows the list, and *All*,
 * *None* (and, for actors, *Focus only*) check the entries listed. Usable with hundreds of entries.
 */
public final class ChecklistButton<T> extends Button {

    private final String title;
    private final ObservableList<Choice<T>> choices = FXCollections.observableArrayList(
            c -> new Observable[] {c.checkedProperty(), c.countProperty()});
    private final FilteredList<Choice<T>> listed = new FilteredList<>(choices);
    private final ListView<Choice<T>> list = new ListView<>();
    private final TextField search = new TextField();
    private final Button focusOnly = new Button("Focus only");
    private final Button none = new Button("None");
    private final Button all = new Button("All");
    private final Popup popup = new Popup();
    private Consumer<Runnable> batch = Runnable::run;

    public ChecklistButton(String title, boolean searchable, boolean withFocus) {
        this.title = title;
        getStyleClass().add("checklist-button");
        setAccessibleText(title + " filter");
        list.setItems(new SortedList<>(listed, Comparator.comparing((Choice<T> c) -> !c.focus() && withFocus)
                .thenComparing(Comparator.comparingInt((Choice<T> c) -> -c.total()))
                .thenComparing(Choice::label)));
        list.setCellFactory(v -> new ChoiceCell<>());
        list.setPrefSize(300, 380);
        list.getStyleClass().add("checklist");
        search.setPromptText("Find " + title.toLowerCase(Locale.ROOT));
        search.setAccessibleText("Find " + title.toLowerCase(Locale.ROOT));
        search.textProperty().addListener((o, was, now) -> {
            String q = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            listed.setPredicate(q.isEmpty() ? null : c -> c.label().toLowerCase(Locale.ROOT).contains(q));
        });
        search.setVisible(searchable);
        search.setManaged(searchable);
        focusOnly.setVisible(withFocus);
        focusOnly.setManaged(withFocus);
        focusOnly.setOnAction(e -> batch.accept(() -> listed.forEach(c -> c.checkedProperty().set(c.focus()))));
        none.setOnAction(e -> batch.accept(() -> listed.forEach(c -> c.checkedProperty().set(false))));
        all.setOnAction(e -> batch.accept(() -> listed.forEach(c -> c.checkedProperty().set(true))));
        HBox buttons = new HBox(6, focusOnly, none, all);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, search, buttons, list);
        box.setPadding(new Insets(8));
        box.getStyleClass().add("checklist-popup");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        // a click on another button (the Types filter, say) both closes this list and does its own work
        popup.setConsumeAutoHidingEvents(false);
        setOnAction(e -> toggle());
        choices.addListener((javafx.collections.ListChangeListener<Choice<T>>) c -> updateText());
        updateText();
    }

    private void toggle() {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        // the popup is its own scene: give it the window's stylesheets
        if (getScene() != null) {
            popup.getContent().get(0).getStyleClass().add("root");
            ((Region) popup.getContent().get(0)).getStylesheets().setAll(getScene().getStylesheets());
        }
        Bounds b = localToScreen(getBoundsInLocal());
        popup.show(this, b.getMinX(), b.getMaxY());
        search.requestFocus();
    }

    private void updateText() {
        long on = choices.stream().filter(Choice::isChecked).count();
        setText(title + " " + on + "/" + choices.size());
    }

    /** Replaces the entries; {@code onChange} hears every check or uncheck. */
    public void setChoices(List<Choice<T>> entries, Consumer<Choice<T>> onChange) {
        entries.forEach(c -> c.checkedProperty().addListener(o -> onChange.accept(c)));
        choices.setAll(entries);
        search.clear();
    }

    /** How *All*, *None* and *Focus only* apply their many checks at once (the filter redraws once). */
    public void onBatch(Consumer<Runnable> batching) {
        batch = batching;
    }

    /** Every entry, listed or not. */
    public List<Choice<T>> choices() {
        return choices;
    }

    public void show() {
        if (!popup.isShowing()) {
            toggle();
        }
    }

    public Popup popup() {
        return popup;
    }

    public TextField searchField() {
        return search;
    }

    public ListView<Choice<T>> listView() {
        return list;
    }

    public Button focusOnlyButton() {
        return focusOnly;
    }

    public Button noneButton() {
        return none;
    }

    public Button allButton() {
        return all;
    }

    /** A check box with the entry's swatch and name, and its count on the right. */
    private static final class ChoiceCell<T> extends ListCell<Choice<T>> {
        private final CheckBox box = new CheckBox();
        private final Label count = new Label();
        private final HBox row;
        private Choice<T> bound;

        ChoiceCell() {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            count.getStyleClass().add("choice-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            row = new HBox(6, box, spacer, count);
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Choice<T> c, boolean empty) {
            super.updateItem(c, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.checkedProperty());
                count.textProperty().unbind();
                bound = null;
            }
            if (empty || c == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            bound = c;
            box.setText(c.focus() ? c.label() + " \u2605" : c.label());
            box.setGraphic(c.colour() == null ? null : swatch(c));
            box.selectedProperty().bindBidirectional(c.checkedProperty());
            count.textProperty().bind(c.countProperty().asString());
            setText(null);
            setGraphic(row);
        }

        private static Rectangle swatch(Choice<?> c) {
            Rectangle r = new Rectangle(12, 12, c.colour());
            r.getStyleClass().add("choice-swatch");
            return r;
        }
    }
}
