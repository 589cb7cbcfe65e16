package org.annalist.ui.workspace;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.annalist.corpus.Article;
import org.annalist.events.Event;
import org.annalist.events.Passage;

/**
 * The one selection every view shares: the selected event and which of its passages is read, the
 * article shown in the source view, and a list of events picked as a group (a graph node or edge,
 * a timeline cluster).
 */
public final class Selection {

    private final ObjectProperty<Event> event = new SimpleObjectProperty<>();
    private final ObjectProperty<Passage> passage = new SimpleObjectProperty<>();
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final ObservableList<Event> listed = FXCollections.observableArrayList();
    private final StringProperty listTitle = new SimpleStringProperty("");

    public ObjectProperty<Event> eventProperty() {
        return event;
    }

    public Event event() {
        return event.get();
    }

    /** The passage whose article the source view shows, highlighted. */
    public ObjectProperty<Passage> passageProperty() {
        return passage;
    }

    public ObjectProperty<Article> articleProperty() {
        return article;
    }

    public ObservableList<Event> listed() {
        return listed;
    }

    public StringProperty listTitleProperty() {
        return listTitle;
    }

    public void list(String title, List<Event> events) {
        listTitle.set(title);
        listed.setAll(events);
    }

    public void clear() {
        event.set(null);
        passage.set(null);
        article.set(null);
        listed.clear();
        listTitle.set("");
    }
}
