package org.annalist.project;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the analyst corrected, kept apart from the analysis and applied on top of a fresh
 * one by {@link CorrectionApplier}. Immutable: every change returns a new value, which makes undo
 * a matter of keeping the previous one.
 *
 * @param publicationDates article dates set by hand (the last one per article wins)
 * @param edits            event corrections in the order they were made
 */
public record Corrections(List<PublicationDateFix> publicationDates, List<EventCorrection> edits) {

    public Corrections {
        publicationDates = publicationDates == null ? List.of() : List.copyOf(publicationDates);
        edits = edits == null ? List.of() : List.copyOf(edits);
    }

    public static Corrections none() {
        return new Corrections(List.of(), List.of());
    }

    public Corrections with(EventCorrection edit) {
        List<EventCorrection> list = new ArrayList<>(edits);
        list.add(edit);
        return new Corrections(publicationDates, list);
    }

    public Corrections with(PublicationDateFix fix) {
        List<PublicationDateFix> list = new ArrayList<>(publicationDates);
        list.removeIf(f -> f.articleId().equals(fix.articleId()));
        list.add(fix);
        return new Corrections(list, edits);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return publicationDates.isEmpty() && edits.isEmpty();
    }
}
