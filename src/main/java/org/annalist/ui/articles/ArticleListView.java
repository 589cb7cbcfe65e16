package org.annalist.ui.articles;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.annalist.corpus.Article;
import org.annalist.ui.workspace.WorkspaceViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The articles read: title, outlet or file, publication date and where it came from; guessed or
 * missing dates are flagged, and the analyst can set the date, which re-resolves that article.
 */
public final class ArticleListView extends VBox {

    private final ListView<Article> list = new ListView<>();
    private final DatePicker picker = new DatePicker();
    private final Button apply = new Button("Set date");
    private BiConsumer<Article, LocalDate> setDate;

    public ArticleListView(WorkspaceViewModel workspace) {
        super(6);
        setDate = (a, d) -> workspace.setPublicationDate(a.id(), d);
        getStyleClass().add("article-list");
        setPadding(new Insets(6));
        list.setCellFactory(v -> new ArticleCell());
        workspace.analysisProperty().addListener((o, was, now) -> {
            Article selected = list.getSelectionModel().getSelectedItem();
            list.getItems().setAll(now.articles());
            if (selected != null) {
                now.articles().stream().filter(a -> a.id().equals(selected.id())).findFirst()
                        .ifPresent(a -> list.getSelectionModel().select(a));
            }
        });
        list.getItems().setAll(workspace.analysis().articles());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            picker.setValue(now == null ? null : now.published().date());
            if (now != null && workspace.selection().articleProperty().get() != now) {
                workspace.showArticle(now);
            }
        });
        picker.setPromptText("date");
        picker.setPrefWidth(150);
        picker.setAccessibleText("Publication date of the selected article");
        apply.setTooltip(new Tooltip("Set the selected article's publication date; its relative dates are resolved again"));
        apply.setOnAction(e -> {
            Article a = list.getSelectionModel().getSelectedItem();
            LocalDate d = picker.getValue();
            if (a != null && d != null) {
                setDate.accept(a, d);
            }
        });
        apply.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(picker.valueProperty().isNull()));
        HBox dateRow = new HBox(6, picker, apply);
        dateRow.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(list, dateRow);
    }

    /** What *Set date* does instead of re-dating in the workspace (the project makes it an undoable correction). */
    public void onSetDate(BiConsumer<Article, LocalDate> action) {
        setDate = action;
    }

    public ListView<Article> listView() {
        return list;
    }

    public DatePicker datePicker() {
        return picker;
    }

    public Button applyButton() {
        return apply;
    }

    private static final class ArticleCell extends ListCell<Article> {
        @Override
        protected void updateItem(Article a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(org.annalist.corpus.Sources.heading(a));
            title.getStyleClass().add("article-title");
            title.setWrapText(true);
            title.setMaxHeight(40);
            String source = a.outlet() != null ? a.outlet() : a.path().getFileName().toString();
            boolean review = a.published().source().needsReview();
            String date = a.published().isKnown() ? a.published().date() + " · " + a.published().source().id()
                    : "no date: set it below";
            Label meta = new Label(source + " · " + date);
            meta.getStyleClass().add("article-meta");
            if (review) {
                FontIcon warn = new FontIcon("mdoal-error_outline");
                warn.getStyleClass().add("warning-icon");
                meta.setGraphic(warn);
                meta.getStyleClass().add("needs-review");
                setTooltip(new Tooltip(a.published().isKnown() ? "Date inferred: " + a.published().note()
                        + ". Please check it." : "No publication date found: " + a.published().note()));
            } else {
                setTooltip(new Tooltip(a.published().note()));
            }
            VBox box = new VBox(1, title, meta);
            // a zero preferred width lets the list size the cell, so long titles wrap instead of scrolling
            box.setPrefWidth(0);
            box.setMinWidth(0);
            setGraphic(box);
            setPrefWidth(0);
            setText(null);
        }
    }
}
