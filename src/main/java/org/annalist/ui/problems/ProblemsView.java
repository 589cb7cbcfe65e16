package org.annalist.ui.problems;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.annalist.analysis.Analysis;
import org.annalist.ui.workspace.WorkspaceViewModel;

/**
 * The Problems pane: every file that could not be read or analysed, read with a repair or
 * skipped, and every article whose publication date is missing or guessed, each with its file name
 * and the reason. Choosing a date line opens that article.
 */
public final class ProblemsView extends ListView<Problem> {

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Problems");

    public ProblemsView(WorkspaceViewModel workspace) {
        getStyleClass().add("problems-view");
        setPlaceholder(new Label("Every input was read."));
        setCellFactory(v -> new ProblemCell());
        workspace.analysisProperty().addListener((o, was, a) -> show(a));
        show(workspace.analysis());
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.article() != null) {
                workspace.showArticle(now.article());
            }
        });
    }

    private void show(Analysis a) {
        getItems().setAll(Problem.of(a));
        title.set(getItems().isEmpty() ? "Problems" : "Problems (" + getItems().size() + ")");
    }

    /** The tab's title: "Problems (N)". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    private static final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            Label file = new Label(p.file());
            file.getStyleClass().add("problem-file");
            Label kind = new Label(p.kind());
            kind.getStyleClass().add("problem-kind");
            Label reason = new Label(p.reason());
            reason.getStyleClass().add("problem-reason");
            reason.setWrapText(true);
            if (getListView() != null) {
                // wrap at the list's width (less padding and scroll bar) instead of cutting the reason off
                reason.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
                reason.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            VBox box = new VBox(1, file, kind, reason);
            // a zero preferred width lets the list size the cell, so long reasons wrap
            box.setPrefWidth(0);
            box.setMinWidth(0);
            setPrefWidth(0);
            setText(null);
            setGraphic(box);
            setTooltip(new Tooltip(p.kind() + ": " + p.file() + ": " + p.reason()));
        }
    }
}
