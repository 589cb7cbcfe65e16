package org.annalist.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.analysis.Analysis;
import org.annalist.corpus.Article;
import org.annalist.events.DateBasis;
import org.annalist.events.Event;
import org.annalist.events.EventDate;
import org.annalist.events.Passage;
import org.annalist.project.EventCorrection.ActorsFix;
import org.annalist.project.EventCorrection.Addition;
import org.annalist.project.EventCorrection.DateFix;
import org.annalist.project.EventCorrection.Deletion;
import org.annalist.project.EventCorrection.Merge;
import org.annalist.project.EventCorrection.Note;
import org.annalist.project.EventCorrection.TypeFix;

/** Replays event corrections one by one on a working list of events. */
final class EventEditor {

    private final Analysis analysis;
    private final List<Event> events;
    private final Map<String, String> notes = new LinkedHashMap<>();

    EventEditor(Analysis analysis) {
        this.analysis = analysis;
        this.events = new ArrayList<>(analysis.events());
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    Map<String, String> notes() {
        return notes;
    }

    /** Applies one correction; returns {@code null}, or why it could not be applied. */
    String apply(EventCorrection c) {
        try {
            if (c instanceof Addition a) {
                return add(a);
            }
            EventRef ref = refOf(c);
            int i = ref.indexIn(events);
            if (i < 0) {
                return ref.whyMissing(analysis);
            }
            Event e = events.get(i);
            if (c instanceof DateFix d) {
                events.set(i, with(e, new EventDate(d.value(), d.start(), d.end(), d.granularity(), DateBasis.USER,
                        "set by the analyst"), e.type(), e.source(), e.target(), e.passages()));
            } else if (c instanceof TypeFix t) {
                events.set(i, with(e, e.date(), t.type(), e.source(), e.target(), e.passages()));
            } else if (c instanceof ActorsFix a) {
                events.set(i, with(e, e.date(), e.type(), a.source(), a.target(), e.passages()));
            } else if (c instanceof Deletion) {
                events.remove(i);
                notes.remove(e.id());
            } else if (c instanceof Note n) {
                if (n.text() == null || n.text().isBlank()) {
                    notes.remove(e.id());
                } else {
                    notes.put(e.id(), n.text());
                }
            } else if (c instanceof Merge m) {
                return merge(i, m);
            }
            return null;
        } catch (RuntimeException ex) {
            return "invalid correction (" + ex.getMessage() + ")";
        }
    }

    private static EventRef refOf(EventCorrection c) {
        if (c instanceof DateFix d) {
            return d.event();
        } else if (c instanceof TypeFix t) {
            return t.event();
        } else if (c instanceof ActorsFix a) {
            return a.event();
        } else if (c instanceof Deletion d) {
            return d.event();
        } else if (c instanceof Note n) {
            return n.event();
        }
        return ((Merge) c).kept();
    }

    private String merge(int keptIndex, Merge m) {
        int other = m.absorbed().indexIn(events);
        if (other < 0) {
            return m.absorbed().whyMissing(analysis);
        }
        if (other == keptIndex) {
            return "an event cannot be merged into itself";
        }
        Event kept = events.get(keptIndex);
        Event absorbed = events.get(other);
        LinkedHashSet<Passage> passages = new LinkedHashSet<>(kept.passages());
        passages.addAll(absorbed.passages());
        events.set(keptIndex, with(kept, kept.date(), kept.type(), union(kept.source(), absorbed.source()),
                union(kept.target(), absorbed.target()), List.copyOf(passages)));
        events.remove(other);
        String note = notes.remove(absorbed.id());
        if (note != null) {
            notes.merge(kept.id(), note, (a, b) -> a + "\n" + b);
        }
        return null;
    }

    private String add(Addition a) {
        List<Passage> passages = new ArrayList<>();
        for (PassageRef p : a.passages()) {
            Optional<Article> article = analysis.article(p.articleId());
            if (article.isEmpty()) {
                return "article " + p.articleId() + " is no longer among the inputs";
            }
            Optional<Passage> found = p.locate(article.get());
            if (found.isEmpty()) {
                return "article " + p.articleId() + " changed: the passage " + p.quote() + " is gone";
            }
            passages.add(found.get());
        }
        if (events.stream().anyMatch(e -> e.id().equals(a.id()))) {
            return "an event with id " + a.id() + " already exists";
        }
        EventDate date = a.start() == null ? null : new EventDate(a.value(), a.start(), a.end(), a.granularity(),
                DateBasis.USER, "set by the analyst");
        events.add(new Event(a.id(), date, a.type(), a.tone(), a.status(), a.source(), a.target(), a.summary(),
                passages, null));
        return null;
    }

    private static Event with(Event e, EventDate date, org.annalist.events.EventType type, List<String> source,
                              List<String> target, List<Passage> passages) {
        return new Event(e.id(), date, type, e.tone(), e.status(), source, target, e.summary(), passages,
                e.dateConflict(), e.attribution(),
                type == e.type() ? e.cameo() : null); // a retyped event no longer carries the matched code
    }

    private static List<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return List.copyOf(s);
    }
}
