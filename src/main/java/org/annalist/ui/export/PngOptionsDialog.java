package org.annalist.ui.export;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.annalist.export.View;

/** Asks for the width, the scale (1x, 2x, 3x), the range, the title and the caption of a PNG export. */
final class PngOptionsDialog extends Dialog<PngOptions> {

    final Spinner<Integer> width = new Spinner<>(400, 20_000, 1600, 100);
    final ChoiceBox<String> scale = new ChoiceBox<>();
    final CheckBox visibleOnly = new CheckBox("Only the visible window of the timeline");
    final TextField title = new TextField();
    final TextField caption = new TextField();

    PngOptionsDialog(Window owner, View view, PngOptions last) {
        initOwner(owner);
        setTitle("Export " + view.id() + " as PNG");
        setHeaderText("Image size");
        width.setEditable(true);
        width.getValueFactory().setValue(last.width());
        scale.getItems().setAll("1x (screen)", "2x (slides, retina)", "3x (print)");
        scale.getSelectionModel().select(Math.min(2, last.scale() - 1));
        visibleOnly.setSelected(last.visibleOnly());
        visibleOnly.setDisable(view != View.TIMELINE);
        title.setText(last.title());
        title.setPromptText("the name of the articles' folder");
        caption.setText(last.caption());
        caption.setPromptText("the dates the picture covers");
        Label pixels = new Label();
        Runnable update = () -> pixels.setText(width.getValue() * scaleValue() + " pixels wide");
        width.valueProperty().addListener(o -> update.run());
        scale.getSelectionModel().selectedIndexProperty().addListener(o -> update.run());
        update.run();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label("Width (logical pixels)"), width);
        grid.addRow(1, new Label("Scale"), scale);
        grid.addRow(2, new Label(""), pixels);
        grid.add(visibleOnly, 0, 3, 2, 1);
        grid.addRow(4, new Label("Title"), title);
        grid.addRow(5, new Label("Caption"), caption);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK
                ? new PngOptions(width.getValue(), scaleValue(), visibleOnly.isSelected(),
                        title.getText(), caption.getText()) : null);
    }

    private int scaleValue() {
        return Math.max(1, scale.getSelectionModel().getSelectedIndex() + 1);
    }

    static Optional<PngOptions> ask(Window owner, View view, PngOptions last) {
        return new PngOptionsDialog(owner, view, last).showAndWait();
    }
}
