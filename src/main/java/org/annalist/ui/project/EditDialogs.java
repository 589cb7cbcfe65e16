package org.annalist.ui.project;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.ActorSummary;
import org.annalist.events.Event;
import org.annalist.events.EventDate;
import org.annalist.events.EventType;
import org.annalist.timeline.ActorRanking;
import org.controlsfx.control.CheckListView;

/** The edit dialogs of the window: small, keyboard-first, OK disabled until the answer makes sense. */
public final class EditDialogs implements EditPrompts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private final Supplier<Window> owner;

    public EditDialogs(Window owner) {
        this(() -> owner);
    }

    /** @param owner the window the dialogs belong to, asked when a dialog opens */
    public EditDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<EventDate> date(Event e) {
        TextField field = new TextField(e.isDated() ? e.date().value() : "");
        field.setId("date-field");
        Label meaning = new Label();
        meaning.setWrapText(true);
        Dialog<EventDate> d = dialog("Change date", "When did it happen? " + e.summary(),
                new VBox(8, field, meaning));
        Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> {
            Optional<EventDate> parsed = DateInput.parse(field.getText());
            meaning.setText(parsed.map(EditDialogs::words).orElse("Type " + DateInput.HINT + "."));
            ok.setDisable(parsed.isEmpty());
        };
        field.textProperty().addListener(o -> check.run());
        check.run();
        d.setResultConverter(b -> b == ButtonType.OK ? DateInput.parse(field.getText()).orElse(null) : null);
        d.setOnShown(ev -> Platform.runLater(field::requestFocus));
        return d.showAndWait();
    }

    private static String words(EventDate d) {
        String range = d.start().equals(d.end()) ? d.start().format(DAY)
                : d.start().format(DAY) + " to " + d.end().format(DAY);
        return range + " (" + d.granularity().id() + ")";
    }

    @Override
    public Optional<EventType> type(Event e) {
        ComboBox<EventType> box = new ComboBox<>(FXCollections.observableArrayList(EventType.values()));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(EventType t) {
                return t == null ? "" : t.label();
            }

            @Override
            public EventType fromString(String s) {
                return EventType.fromId(s);
            }
        });
        box.setValue(e.type());
        box.setVisibleRowCount(EventType.values().length);
        Dialog<EventType> d = dialog("Change type", "What kind of event is it? " + e.summary(), box);
        d.setResultConverter(b -> b == ButtonType.OK ? box.getValue() : null);
        d.setOnShown(ev -> Platform.runLater(box::requestFocus));
        return d.showAndWait();
    }

    @Override
    public Optional<Actors> actors(Event e, Analysis analysis) {
        LinkedHashSet<String> ids = new LinkedHashSet<>(e.actors());
        analysis.actors().stream().sorted((a, b) -> Integer.compare(b.events(), a.events()))
                .map(ActorSummary::actor).forEach(a -> ids.add(a.id()));
        analysis.catalog().actors().forEach(a -> ids.add(a.id()));
        CheckListView<String> source = actorList(analysis, new ArrayList<>(ids), e.source());
        CheckListView<String> target = actorList(analysis, new ArrayList<>(ids), e.target());
        HBox lists = new HBox(10, column("Who acts", source), column("On whom", target));
        Dialog<Actors> d = dialog("Change actors", "Who did it, and to whom? " + e.summary(), lists);
        d.setResultConverter(b -> b == ButtonType.OK ? new Actors(List.copyOf(source.getCheckModel().getCheckedItems()),
                List.copyOf(target.getCheckModel().getCheckedItems())) : null);
        return d.showAndWait();
    }

    private static CheckListView<String> actorList(Analysis analysis, List<String> ids, List<String> checked) {
        CheckListView<String> list = new CheckListView<>(FXCollections.observableArrayList(ids));
        list.setCellFactory(lv -> new javafx.scene.control.cell.CheckBoxListCell<String>(list::getItemBooleanProperty,
                new StringConverter<>() {
                    @Override
                    public String toString(String id) {
                        return id == null ? "" : ActorRanking.displayName(analysis.catalog(), id);
                    }

                    @Override
                    public String fromString(String s) {
                        return s;
                    }
                }));
        checked.forEach(list.getCheckModel()::check);
        list.setPrefSize(240, 320);
        return list;
    }

    private static VBox column(String title, Node content) {
        Label l = new Label(title);
        l.getStyleClass().add("section-title");
        return new VBox(4, l, content);
    }

    @Override
    public Optional<Event> mergeWith(Event e, List<Event> candidates) {
        TextField filter = new TextField();
        filter.setPromptText("filter by words or date");
        FilteredList<Event> shown = new FilteredList<>(FXCollections.observableArrayList(candidates));
        filter.textProperty().addListener((o, was, now) -> {
            String q = now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(c -> q.isEmpty() || label(c).toLowerCase(Locale.ROOT).contains(q));
        });
        ListView<Event> list = new ListView<>(shown);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Event c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : label(c));
            }
        });
        list.setPrefSize(560, 320);
        list.getSelectionModel().selectFirst();
        Dialog<Event> d = dialog("Merge events", "Merge which event into this one? It keeps its date, type and "
                + "summary and gains the other's passages and actors.\n" + e.summary(), new VBox(8, filter, list));
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        d.setResultConverter(b -> b == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        d.setOnShown(ev -> Platform.runLater(filter::requestFocus));
        return d.showAndWait();
    }

    private static String label(Event c) {
        return (c.isDated() ? c.date().value() : "undated") + "  " + c.summary();
    }

    @Override
    public Optional<String> note(Event e, String current) {
        TextArea area = new TextArea(current);
        area.setId("note-area");
        area.setWrapText(true);
        area.setPrefRowCount(6);
        Dialog<String> d = dialog("Note", "Your note on: " + e.summary() + "\n(leave it empty to remove the note)", area);
        d.setResultConverter(b -> b == ButtonType.OK ? area.getText() : null);
        d.setOnShown(ev -> Platform.runLater(area::requestFocus));
        return d.showAndWait();
    }

    private <T> Dialog<T> dialog(String title, String header, Node content) {
        Dialog<T> d = new Dialog<>();
        if (owner.get() != null) {
            d.initOwner(owner.get());
        }
        d.setTitle(title);
        d.setHeaderText(header);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResizable(true);
        return d;
    }
}
