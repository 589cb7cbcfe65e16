package org.annalist.ui.problems;

import java.util.ArrayList;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.corpus.Article;
import org.annalist.corpus.LoadProblem;
import org.annalist.io.PathText;

/**
 * One line of the Problems pane: what kind of trouble, the file it is about and why, and the
 * article to open for a date that needs checking (null otherwise).
 */
public record Problem(String kind, String file, String reason, Article article) {

    /** Everything the load and the analysis reported, worst first: unread files, repairs, skipped files, dates to check. */
    public static List<Problem> of(Analysis a) {
        List<Problem> out = new ArrayList<>();
        for (LoadProblem p : a.problems()) {
            boolean analysis = p.reason().startsWith("article ");
            out.add(new Problem(analysis ? "Not analysed" : "Not read", name(p), PathText.escape(p.reason()), null));
        }
        for (LoadProblem n : a.notes()) {
            out.add(new Problem("Read with a repair", name(n), PathText.escape(n.reason()), null));
        }
        a.skipped().forEach(p -> out.add(new Problem("Skipped", PathText.escape(p.getFileName() == null ? p : p.getFileName()),
                "not a supported file type (" + PathText.escape(p) + ")", null)));
        for (Article art : a.articles()) {
            var date = art.published();
            if (date.source().needsReview()) {
                String why = date.isKnown() ? "publication date " + date.date() + " inferred: " + date.note()
                        : "no publication date found: " + date.note();
                out.add(new Problem(date.isKnown() ? "Date to check" : "No date", fileOf(art), why, art));
            }
        }
        return out;
    }

    private static String name(LoadProblem p) {
        return PathText.escape(p.path().getFileName() == null ? p.path() : p.path().getFileName());
    }

    /** The file, and for a file of many articles (.jsonl) which one. */
    private static String fileOf(Article a) {
        String file = PathText.escape(a.path().getFileName() == null ? a.path() : a.path().getFileName());
        int hash = a.id().lastIndexOf('#');
        return hash > 0 ? file + " #" + a.id().substring(hash + 1) : file;
    }
}
