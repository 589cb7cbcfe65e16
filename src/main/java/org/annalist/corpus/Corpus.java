package org.annalist.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * What a load produced: the articles read, the inputs that failed, the files skipped because they
 * are not of a supported kind, and notes on files that loaded with a repair (a bad byte replaced,
 * a page nested too deep flattened). Notes do not make a load fail.
 */
public record Corpus(List<Article> articles, List<LoadProblem> problems, List<Path> skipped, List<LoadProblem> notes) {

    public Corpus {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public Corpus(List<Article> articles, List<LoadProblem> problems, List<Path> skipped) {
        this(articles, problems, skipped, List.of());
    }

    public static Corpus empty() {
        return new Corpus(List.of(), List.of(), List.of());
    }
}
