package org.annalist.project;

import java.time.LocalDate;
import java.util.List;
import org.annalist.io.PathText;
import org.annalist.time.CalendarRange;

/**
 * Checks a decoded project before anything uses it: every correction has what it needs (an event,
 * a type, a date), every date lies in {@link CalendarRange}, every span is ordered. The first bad
 * value is named by its field, e.g. {@code corrections.edits[2].type is missing}.
 */
final class ProjectValidator {

    private ProjectValidator() {
    }

    /** Null when the document is sound, else the one-line reason naming the field. */
    static String problem(ProjectCodec.Document doc) {
        Corrections c = doc.corrections() == null ? Corrections.none() : doc.corrections();
        for (int i = 0; i < c.publicationDates().size(); i++) {
            PublicationDateFix f = c.publicationDates().get(i);
            String at = "corrections.publicationDates[" + i + "]";
            String p = f == null ? at + " is null" : date(at + ".date", f.date());
            if (p != null) {
                return p;
            }
        }
        for (int i = 0; i < c.edits().size(); i++) {
            String p = edit("corrections.edits[" + i + "]", c.edits().get(i));
            if (p != null) {
                return p;
            }
        }
        if (doc.view() != null) {
            String p = optionalDate("view.from", doc.view().from());
            return p != null ? p : optionalDate("view.to", doc.view().to());
        }
        return null;
    }

    private static String edit(String at, EventCorrection e) {
        if (e == null) {
            return at + " is null";
        }
        if (e instanceof EventCorrection.DateFix d) {
            return first(ref(at + ".event", d.event()), span(at, d.start(), d.end()),
                    d.granularity() == null ? at + ".granularity is missing" : null,
                    d.value() == null ? at + ".value is missing" : null);
        }
        if (e instanceof EventCorrection.TypeFix t) {
            return first(ref(at + ".event", t.event()), t.type() == null ? at + ".type is missing or unknown" : null);
        }
        if (e instanceof EventCorrection.ActorsFix a) {
            return first(ref(at + ".event", a.event()), ids(at + ".source", a.source()), ids(at + ".target", a.target()));
        }
        if (e instanceof EventCorrection.Deletion d) {
            return ref(at + ".event", d.event());
        }
        if (e instanceof EventCorrection.Merge m) {
            return first(ref(at + ".kept", m.kept()), ref(at + ".absorbed", m.absorbed()));
        }
        if (e instanceof EventCorrection.Note n) {
            return ref(at + ".event", n.event());
        }
        EventCorrection.Addition a = (EventCorrection.Addition) e;
        return first(a.id() == null ? at + ".id is missing" : null,
                a.type() == null ? at + ".type is missing or unknown" : null,
                a.status() == null ? at + ".status is missing or unknown" : null,
                a.start() == null && a.end() == null ? null : span(at, a.start(), a.end()),
                Double.isFinite(a.tone()) ? null : at + ".tone is not a number",
                ids(at + ".source", a.source()), ids(at + ".target", a.target()),
                a.passages().isEmpty() ? at + ".passages is empty: an added event needs a passage" : null,
                a.passages().stream().anyMatch(p -> p == null) ? at + ".passages holds a null" : null);
    }

    private static String ref(String at, EventRef r) {
        if (r == null) {
            return at + " is missing";
        }
        PassageRef p = r.passage();
        if (p != null && (p.start() < 0 || p.end() < p.start())) {
            return at + ".passage has offsets " + p.start() + ".." + p.end() + " out of order";
        }
        return null;
    }

    private static String ids(String at, List<String> ids) {
        return ids.stream().anyMatch(s -> s == null) ? at + " holds a null" : null;
    }

    private static String span(String at, LocalDate start, LocalDate end) {
        String p = first(date(at + ".start", start), date(at + ".end", end));
        if (p == null && end.isBefore(start)) {
            return at + " ends (" + end + ") before it starts (" + start + ")";
        }
        return p;
    }

    private static String date(String at, LocalDate d) {
        if (d == null) {
            return at + " is missing";
        }
        return CalendarRange.problem(at, d);
    }

    private static String optionalDate(String at, LocalDate d) {
        return d == null ? null : CalendarRange.problem(at, d);
    }

    private static String first(String... problems) {
        for (String p : problems) {
            if (p != null) {
                return PathText.escape(p);
            }
        }
        return null;
    }
}
