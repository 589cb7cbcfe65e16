package org.annalist.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.events.EventType;
import org.annalist.export.SampleAnalysis;
import org.junit.jupiter.api.Test;

class EditHistoryTest {

    private final Analysis base = SampleAnalysis.analysis();
    private final Edit deleteE1 = Edits.delete(base.event("e1").orElseThrow());
    private final Edit typeE2 = Edits.type(base.event("e2").orElseThrow(), EventType.THREATEN);
    private final Edit noteE3 = Edits.note(base.event("e3").orElseThrow(), "planned?");

    private List<String> shownIds(EditHistory h) {
        return new CorrectionApplier(null).apply(base, h.current()).analysis().events().stream()
                .map(e -> e.id() + ":" + e.type().id()).toList();
    }

    @Test
    void undoAndRedoWalkBackAndForthThroughTheEdits() {
        EditHistory h = new EditHistory(Corrections.none());
        List<String> start = shownIds(h);
        h.perform(deleteE1);
        List<String> afterDelete = shownIds(h);
        h.perform(typeE2);
        List<String> afterType = shownIds(h);

        assertThat(afterType).doesNotContain("e1:request").contains("e2:threaten");
        h.undo();
        assertThat(shownIds(h)).isEqualTo(afterDelete);
        h.undo();
        assertThat(shownIds(h)).isEqualTo(start);
        assertThat(h.canUndo()).isFalse();
        h.undo(); // nothing to undo: no change
        assertThat(shownIds(h)).isEqualTo(start);
        h.redo();
        h.redo();
        assertThat(shownIds(h)).isEqualTo(afterType);
        assertThat(h.canRedo()).isFalse();
    }

    @Test
    void aNewEditAfterUndoDropsTheRedoBranch() {
        EditHistory h = new EditHistory(Corrections.none());
        h.perform(deleteE1);
        h.perform(typeE2);
        h.undo();
        assertThat(h.redoLabel()).hasValueSatisfying(l -> assertThat(l).startsWith("Change type of"));
        h.perform(noteE3);

        assertThat(h.canRedo()).isFalse();
        assertThat(h.current().edits()).hasSize(2);
        assertThat(h.undoLabel()).hasValueSatisfying(l -> assertThat(l).startsWith("Note on"));
    }

    @Test
    void listenersHearEveryChangeAndDirtyTracksTheSavedState() {
        EditHistory h = new EditHistory(Corrections.none());
        List<String> heard = new ArrayList<>();
        EditHistory.Listener l = x -> heard.add(x.canUndo() + "/" + x.canRedo());
        h.addListener(l);
        assertThat(h.isDirty()).isFalse();
        h.perform(deleteE1);
        assertThat(h.isDirty()).isTrue();
        h.markSaved();
        assertThat(h.isDirty()).isFalse();
        h.undo();
        assertThat(h.isDirty()).isTrue();
        h.redo();
        assertThat(h.isDirty()).isFalse();
        h.undo();
        h.perform(typeE2); // the saved state can no longer be reached
        h.undo();
        assertThat(h.isDirty()).isTrue();
        h.removeListener(l);
        h.redo();

        assertThat(heard).containsExactly("true/false", "true/false", "false/true", "true/false", "false/true",
                "true/false", "false/true");
    }
}
