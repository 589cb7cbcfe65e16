package org.annalist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AppSmokeTest {

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        new AnnalistApp().start(stage);
    }

    @Test
    void windowIsTitledAnnalist() {
        assertThat(stage.getTitle()).isEqualTo("Annalist");
        assertThat(stage.isShowing()).isTrue();
    }
}
