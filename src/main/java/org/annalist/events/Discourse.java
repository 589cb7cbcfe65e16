package org.annalist.events;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.actors.ActorCatalog;
import org.annalist.actors.ActorMention;

/**
 * What earlier sentences of an article established, for pronouns and definite descriptions: the
 * last acting and acted-on actors, the last actor named with each title ("the minister" is
 * the last actor introduced as a minister), and the last state named ("the government", "the
 * regime" stand for it).
 */
final class Discourse {

    /** How much the whole article's naming of a state counts against naming its group of the kind ("Libyan rebels"). */
    private static final int GROUP_WEIGHT = 5;

    private final ActorCatalog catalog;
    private List<String> lastSource = List.of();
    private List<String> lastTarget = List.of();
    private List<String> lastState = List.of();
    private final Map<String, List<String> > byTitle = new HashMap<>();
    /** How often each state (a sector actor's state included) was named in the article so far. */
    private final Map<String, Integer> stateCounts = new LinkedHashMap<>();
    private boolean actedThisSentence;
    /** The last speaker was a person the catalog does not know: "he", "she" stand for nobody we know. */
    private boolean personUnknown;

    /** How often each state's sector actor ("libya-rebels", "Libyan rebels") is named in the whole article. */
    private final Map<String, Integer> sectorCounts = new LinkedHashMap<>();
    /** How often each state (a sector actor's state included) is named in the whole article. */
    private final Map<String, Integer> articleStates = new LinkedHashMap<>();

    Discourse(ActorCatalog catalog) {
        this(catalog, List.of());
    }

    /** A discourse over an article whose actor mentions are {@code mentions} (all of them, for {@link #groupHost}). */
    Discourse(ActorCatalog catalog, List<ActorMention> mentions) {
        this.catalog = catalog;
        for (ActorMention m : mentions) {
            String state = catalog.stateOf(m.actorId()).orElse(null);
            if (state != null && !state.equals(m.actorId())) {
                sectorCounts.merge(m.actorId(), 1, Integer::sum);
            }
            if (state != null) {
                articleStates.merge(state, 1, Integer::sum);
            }
        }
    }

    /** Whether the whole article (outside its page furniture) names any state. */
    boolean namesAnyState() {
        return !articleStates.isEmpty();
    }

    /** Whether the article names {@code state}'s group of this kind ("Libyan rebels" for "rebels" and Libya). */
    boolean namesGroupOf(String groupId, String state) {
        return catalog.sectorIn(groupId, state).map(s -> sectorCounts.getOrDefault(s, 0) > 0).orElse(false);
    }

    /**
     * The country a bare "the rebels" of the article belongs to when its own sentence cannot tell: the
     * state the whole article names most, where naming its group of this kind ("Libyan rebels", read as
     * {@code libya-rebels}) counts five times. When that state is one of {@code backers} (it backs the
     * group in this sentence), the next one only if the article names its group of this kind, else none
     * ("Gaddafi supported talks with the rebels" gives no foreign rebels). First named on a tie.
     */
    String groupHost(String groupId, Set<String> backers) {
        String best = null;
        String other = null;
        int most = 0;
        int otherMost = 0;
        for (Map.Entry<String, Integer> e : articleStates.entrySet()) {
            String sector = catalog.sectorIn(groupId, e.getKey()).orElse(null);
            int named = sector == null ? 0 : sectorCounts.getOrDefault(sector, 0);
            int score = e.getValue() + GROUP_WEIGHT * named;
            if (score > most) {
                best = e.getKey();
                most = score;
            }
            if (!backers.contains(e.getKey()) && named > 0 && score > otherMost) {
                other = e.getKey();
                otherMost = score;
            }
        }
        return best == null || !backers.contains(best) ? best : other;
    }

    List<String> lastTarget() {
        return lastTarget;
    }

    /** Who {@code anaphor} ("he", "minister", "it", "government") stands for. */
    List<String> resolve(String anaphor) {
        if (personUnknown && (anaphor.equals("he") || anaphor.equals("she"))) {
            return List.of();
        }
        List<String> titled = byTitle.get(anaphor);
        if (titled != null) {
            return titled;
        }
        return isStateDescription(anaphor) && !lastState.isEmpty() ? lastState : lastSource;
    }

    /** The actor last named with title {@code word} ("President Hosni Mubarak" for "president"), or none. */
    List<String> titled(String word) {
        return byTitle.getOrDefault(word, List.of());
    }

    boolean isStateDescription(String word) {
        return catalog.stateDescriptions().contains(word);
    }

    /**
     * The state that "the government" at token {@code at} of {@code v} stands for: the last state (or
     * state's sector: "Egyptian activists criticised the government") named before it in the sentence,
     * else the last state of earlier sentences; empty when none was named.
     */
    List<String> stateBefore(SentenceView v, int at) {
        List<String> out = lastState;
        for (MentionRef m : v.mentions) {
            if (m.last() < at) {
                out = catalog.stateOf(m.actorId()).map(List::of).orElse(out);
            }
        }
        return out;
    }

    /**
     * Like {@link #stateBefore(SentenceView, int)} for an act's other party: a state that is itself the act's
     * source is passed over ("Obama criticized the regime": not the United States' own), and so is the speaker of the
     * sentence ("US authorities said that would reward the regime": not the United States), falling back to the
     * state last named before, then to the article's main state, when neither is the source.
     */
    List<String> otherStateBefore(SentenceView v, int at, List<String> source) {
        List<String> out = lastState.stream().anyMatch(source::contains) ? List.of() : lastState;
        for (MentionRef m : v.mentions) {
            String st = m.last() < at ? catalog.stateOf(m.actorId()).orElse(null) : null;
            boolean speaker = v.reporting.stream().anyMatch(r -> r > m.last() && r <= m.last() + 3);
            if (st != null && !speaker && !(st.equals(m.actorId()) && source.contains(st))) {
                out = List.of(st);
            }
        }
        String main = mainState();
        return out.isEmpty() && main != null && !source.contains(main) ? List.of(main) : out;
    }

    /** The state the article has named most often so far (first named on a tie), or null. */
    String mainState() {
        return stateCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** A sentence whose reporting verb has a speaker the catalog does not know ("Mohamed Fathi said"). */
    void unknownSpeaker() {
        personUnknown = true;
    }

    void acted(List<String> source, List<String> target) {
        if (!source.isEmpty()) {
            lastSource = source;
            actedThisSentence = true;
            personUnknown = false;
        }
        if (!target.isEmpty()) {
            lastTarget = target;
        }
    }

    /** Records the titles and states of a sentence's actors; a sentence without acts still moves the topic to its first actor. */
    void endSentence(SentenceView v, Cues cues) {
        for (MentionRef m : v.mentions) {
            for (int i = Math.max(0, m.first() - 3); i <= Math.min(m.last() + 1, v.tokens.size() - 1); i++) {
                String w = v.tokens.get(i).lower();
                if (cues.titles.contains(w) || isStateDescription(w)) {
                    byTitle.put(w, List.of(m.actorId()));
                }
            }
        }
        lastState = stateBefore(v, v.tokens.size());
        for (MentionRef m : v.mentions) {
            catalog.stateOf(m.actorId()).ifPresent(st -> stateCounts.merge(st, 1, Integer::sum));
        }
        if (!actedThisSentence) {
            v.mentions.stream().filter(m -> !m.locative()).findFirst().ifPresent(m -> lastSource = List.of(m.actorId()));
        }
        actedThisSentence = false;
    }
}
