package org.annalist.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * What a load produced: the articles read, the inputs that failed, and the files skipped because
 * they are not of a supported kind.
 */
public record Corpus(List<Article> articles, List<LoadProblem> problems, List<Path> skipped) {

    public Corpus {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }

    public static Corpus empty() {
        return new Corpus(List.of(), List.of(), List.of());
    }
}
