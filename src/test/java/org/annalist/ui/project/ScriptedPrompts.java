package org.annalist.ui.project;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;
import org.annalist.events.EventDate;
import org.annalist.events.EventType;

/** Answers given in advance for the edit and project prompts; records what the user was told. */
final class ScriptedPrompts implements EditPrompts, ProjectPrompts {

    final Deque<Object> answers = new ArrayDeque<>();
    final List<String> errors = new ArrayList<>();
    final List<String> unapplied = new ArrayList<>();
    final List<String> asked = new ArrayList<>();
    Function<List<Event>, Event> mergePick = list -> list.get(0);

    ScriptedPrompts then(Object answer) {
        answers.add(answer);
        return this;
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> next(String question) {
        asked.add(question);
        Object a = answers.poll();
        return a == null ? Optional.empty() : Optional.of((T) a);
    }

    @Override
    public Optional<EventDate> date(Event e) {
        return next("date").map(s -> DateInput.parse((String) s).orElseThrow());
    }

    @Override
    public Optional<EventType> type(Event e) {
        return next("type");
    }

    @Override
    public Optional<Actors> actors(Event e, Analysis analysis) {
        return next("actors");
    }

    @Override
    public Optional<Event> mergeWith(Event e, List<Event> candidates) {
        asked.add("merge");
        return candidates.isEmpty() ? Optional.empty() : Optional.of(mergePick.apply(candidates));
    }

    @Override
    public Optional<String> note(Event e, String current) {
        return next("note");
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        return next("open");
    }

    @Override
    public Optional<Path> chooseSaveFile(Path suggested) {
        return next("save as");
    }

    @Override
    public Unsaved unsavedChanges(String projectName) {
        return this.<Unsaved>next("unsaved " + projectName).orElse(Unsaved.CANCEL);
    }

    @Override
    public boolean recover(String what) {
        return this.<Boolean>next("recover").orElse(false);
    }

    @Override
    public void error(String message) {
        errors.add(message);
    }

    @Override
    public void unapplied(String projectName, List<String> lines) {
        unapplied.addAll(lines);
    }
}
