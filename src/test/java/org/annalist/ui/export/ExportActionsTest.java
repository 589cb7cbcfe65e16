package org.annalist.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.annalist.analysis.Analysis;
import org.annalist.export.SampleAnalysis;
import org.annalist.export.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExportActionsTest {

    @TempDir
    Path dir;

    private Stage stage;
    private final Analysis analysis = SampleAnalysis.analysis();
    private final List<String> statuses = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("Annalist"), 400, 300));
        stage.show();
    }

    private ExportActions actions(String fileName) {
        ExportActions a = new ExportActions(stage, () -> new ExportSource(analysis, analysis.events().subList(0, 3),
                LocalDate.of(2016, 10, 1), LocalDate.of(2016, 10, 7), "Aleppo"), statuses::add);
        a.setFileAsker((owner, title, suggested, description, ext) -> Optional.of(dir.resolve(fileName)));
        a.setPngAsker((owner, view, last) -> Optional.of(new PngOptions(700, 3, true)));
        return a;
    }

    @Test
    void pngExportAsksForOptionsAndAFileThenWritesOffTheFxThread(FxRobot robot) throws Exception {
        ExportActions a = actions("t.png");
        robot.interact(() -> a.exportPng(View.TIMELINE));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !statuses.isEmpty());

        assertThat(statuses).singleElement().asString().startsWith("Saved t.png (2100 x ");
        BufferedImage img = ImageIO.read(dir.resolve("t.png").toFile());
        assertThat(img.getWidth()).isEqualTo(2100);
    }

    @Test
    void dataExportsRespectTheShownEvents(FxRobot robot) throws Exception {
        ExportActions a = actions("e.csv");
        robot.interact(a::exportCsv);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !statuses.isEmpty());

        assertThat(statuses.get(0)).isEqualTo("Saved e.csv (3 events)");
        assertThat(Files.readAllLines(dir.resolve("e.csv"))).hasSize(4);
    }

    @Test
    void aFailedWriteIsReportedNotThrown(FxRobot robot) throws Exception {
        Files.createDirectories(dir.resolve("blocked.gexf"));
        ExportActions a = actions("blocked.gexf");
        robot.interact(a::exportGexf);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !statuses.isEmpty());

        assertThat(statuses.get(0)).startsWith("Export failed: ");
        robot.interact(() -> robot.listTargetWindows().stream().filter(w -> w != stage && w instanceof Stage)
                .forEach(w -> ((Stage) w).close()));
    }

    @Test
    void pngDialogOffersWidthScaleAndRange(FxRobot robot) {
        AtomicReference<PngOptionsDialog> dialog = new AtomicReference<>();
        robot.interact(() -> {
            PngOptionsDialog d = new PngOptionsDialog(stage, View.TIMELINE, PngOptions.defaults());
            dialog.set(d);
            d.show();
            d.width.getValueFactory().setValue(900);
            d.scale.getSelectionModel().select(2);
            d.visibleOnly.setSelected(true);
        });
        robot.interact(() -> ((Button) dialog.get().getDialogPane().lookupButton(ButtonType.OK)).fire());

        assertThat(dialog.get().getResult()).isEqualTo(new PngOptions(900, 3, true));
        assertThat(dialog.get().isShowing()).isFalse();
    }
}
