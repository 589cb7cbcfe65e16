package org.annalist.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.annalist.text.Token;

/**
 * Actor mentions joined into one group for {@link RoleFinder}: neighbours linked by connectors ("and", commas),
 * titles and capitalised names ("France, Britain and Italy"), or one body's long name ("European Union Naval Force").
 */
final class MentionGroups {
    private final Cues cues;
    private final RoleFinder.Rules rules;

    MentionGroups(Cues cues, RoleFinder.Rules rules) {
        this.cues = cues;
        this.rules = rules;
    }

    /** {@code m} and its neighbours in {@code direction} joined by connectors or capitalised words. */
    List<String> group(SentenceView v, MentionRef m, int direction) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(m.actorId());
        MentionRef cur = m;
        while (true) {
            MentionRef next = neighbour(v, cur, direction);
            if (next == null || next.locative() || !joinable(v, direction > 0 ? cur.last() + 1 : next.last() + 1,
                    direction > 0 ? next.first() : cur.first())) {
                break;
            }
            if (oneName(v, direction > 0 ? cur : next, direction > 0 ? next : cur)) {
                // "the European Union Naval Force Somalia": the later name only qualifies the earlier body's
                if (direction < 0) {
                    ids.remove(cur.actorId());
                    ids.add(next.actorId());
                }
                break;
            }
            ids.add(next.actorId());
            cur = next;
        }
        return new ArrayList<>(ids);
    }

    /**
     * Whether two mentions are one body's name: only capitalised words, among them a body noun
     * ({@code roles.json} {@code bodyNouns}), stand between them, no connector, and neither names a person ("European Union Naval Force Somalia"; not
     * "French President Nicolas Sarkozy", not "France, Britain and Italy").
     */
    private boolean oneName(SentenceView v, MentionRef earlier, MentionRef later) {
        if (later.first() <= earlier.last() + 1 || earlier.mention().person() || later.mention().person()) {
            return false;
        }
        boolean body = false;
        for (int i = earlier.last() + 1; i < later.first(); i++) {
            Token t = v.tokens.get(i);
            if (!t.isCapitalized() || !t.isWord() || cues.connectors.contains(t.lower()) || t.text().equals(t.text().toUpperCase())) {
                return false; // not "QATARI PLANE JOINS AIR PATROLS NATO said": a headline is no name
            }
            body |= rules.bodyNouns().words().contains(t.lower());
        }
        return body;
    }

    boolean joinable(SentenceView v, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = v.tokens.get(i);
            boolean titleOf = t.lower().equals("of") && i > 0 && i + 1 < v.tokens.size()
                    && v.tokens.get(i - 1).isCapitalized() && v.tokens.get(i + 1).isCapitalized();
            if (!titleOf && !cues.connectors.contains(t.lower()) && !(t.isCapitalized() && t.isWord())) {
                return false;
            }
        }
        return true;
    }

    static MentionRef neighbour(SentenceView v, MentionRef cur, int direction) {
        MentionRef best = null;
        for (MentionRef m : v.mentions) {
            if (direction > 0 && m.first() > cur.last() && (best == null || m.first() < best.first())) {
                best = m;
            } else if (direction < 0 && m.last() < cur.first() && (best == null || m.last() > best.last())) {
                best = m;
            }
        }
        return best;
    }
}
