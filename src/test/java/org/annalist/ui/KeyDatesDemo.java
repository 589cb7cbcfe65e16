package org.annalist.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import org.annalist.analysis.Analyzer;
import org.annalist.corpus.CorpusReader;
import org.annalist.task.Progress;

/**
 * Opens the window on PATH with the Key dates tab showing and the best day chosen (screenshots).
 * Args: PATH [present | png=OUT.png] (png: also writes the shown key dates as the exported PNG).
 */
public final class KeyDatesDemo {

    private KeyDatesDemo() {
    }

    public static void main(String[] args) {
        Path path = Path.of(args[0]);
        boolean present = args.length > 1 && args[1].equals("present");
        String png = args.length > 1 && args[1].startsWith("png=") ? args[1].substring(4) : null;
        AnnalistApp.presetAnalysis(() -> Analyzer.standard().analyze(new CorpusReader().read(List.of(path), Progress.NONE),
                Progress.NONE));
        AnnalistApp.afterStart(w -> {
            w.lookupAll(".tab-pane").forEach(n -> ((TabPane) n).getTabs().stream()
                    .filter(t -> t.getText().equals("Key dates")).findFirst()
                    .ifPresent(t -> ((TabPane) n).getSelectionModel().select(t)));
            w.keyDates().model().topProperty().addListener((o, was, now) -> Platform.runLater(() -> {
                if (!now.isEmpty() && w.keyDates().list().getSelectionModel().isEmpty()) {
                    w.keyDates().list().getSelectionModel().select(0);
                    if (present) {
                        w.keyDates().present();
                    }
                    if (png != null) {
                        try {
                            org.annalist.keydates.KeyDatesPicture.of(w.workspace().analysis(), now)
                                    .writePng(Path.of(png), org.annalist.keydates.KeyDatesPicture.WIDTH, 2);
                        } catch (java.io.IOException e) {
                            System.err.println("could not write " + png + ": " + e.getMessage());
                        }
                    }
                }
            }));
        });
        Application.launch(AnnalistApp.class);
    }
}
