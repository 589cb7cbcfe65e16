package org.annalist.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.annalist.analysis.Analysis;
import org.annalist.corpus.Article;

/** The default title of a picture or export: the name of the corpus, as its user named its files. */
public final class Titles {

    private Titles() {
    }

    /** The inputs as named on the command line: "samples", "libya, egypt", "3 inputs". */
    public static String of(List<Path> inputs) {
        List<String> names = inputs.stream().map(p -> p.toAbsolutePath().normalize().getFileName())
                .filter(Objects::nonNull).map(Path::toString).map(Titles::withoutExtension).distinct().toList();
        if (names.isEmpty()) {
            return "Annalist";
        }
        return names.size() <= 2 ? String.join(", ", names) : names.size() + " inputs";
    }

    /** The folder holding all the articles ("samples"), else "Annalist". */
    public static String of(Analysis analysis) {
        Path common = null;
        for (Article a : analysis.articles()) {
            if (a.path() == null || a.path().toAbsolutePath().getParent() == null) {
                continue;
            }
            Path dir = a.path().toAbsolutePath().normalize().getParent();
            common = common == null ? dir : commonAncestor(common, dir);
        }
        return common == null || common.getFileName() == null ? "Annalist" : common.getFileName().toString();
    }

    private static Path commonAncestor(Path a, Path b) {
        Path p = a;
        while (p != null && !b.startsWith(p)) {
            p = p.getParent();
        }
        return p;
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
