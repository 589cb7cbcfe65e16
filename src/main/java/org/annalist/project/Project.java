package org.annalist.project;

import java.nio.file.Path;
import java.util.List;

/**
 * An Annalist project: which inputs to read, the analyst's corrections and the saved view. The
 * analysis itself is never stored; it is redone from the inputs on open.
 *
 * @param inputs absolute paths of the article files and folders
 */
public record Project(List<Path> inputs, Corrections corrections, ViewState view) {

    public Project {
        inputs = inputs == null ? List.of() : inputs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        corrections = corrections == null ? Corrections.none() : corrections;
        view = view == null ? ViewState.defaults() : view;
    }

    public Project withCorrections(Corrections c) {
        return new Project(inputs, c, view);
    }

    public Project withView(ViewState v) {
        return new Project(inputs, corrections, v);
    }
}
