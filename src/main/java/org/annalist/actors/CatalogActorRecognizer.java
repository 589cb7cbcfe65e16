package org.annalist.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The standard {@link ActorRecognizer}: one longest-match walk over normalised tokens against a
 * trie of every alias of the catalog, then title phrases, context-dependent aliases and tolerant
 * matching of misspelled office holders. Immutable and thread-safe; see {@code docs/actors.md}.
 */
public final class CatalogActorRecognizer implements ActorRecognizer {

    private static final class Holder {
        static final CatalogActorRecognizer STANDARD = new CatalogActorRecognizer(ActorCatalog.standard());
    }

    private final ActorCatalog catalog;
    private final AliasIndex index;
    private final MatchingRules rules;
    private final TitlePhrases titles;
    private final FuzzyNames fuzzy;

    public CatalogActorRecognizer(ActorCatalog catalog) {
        this.catalog = catalog;
        this.rules = MatchingRules.standard();
        this.index = new AliasIndex(catalog, rules.notActors());
        this.titles = new TitlePhrases(rules);
        this.fuzzy = new FuzzyNames(catalog, rules.fuzzyMinLength(), rules.notActors());
    }

    /** A recognizer over the built-in catalog (built once). */
    public static CatalogActorRecognizer standard() {
        return Holder.STANDARD;
    }

    @Override
    public List<ActorMention> find(String text, LocalDate date) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = Tokenizer.tokens(text);
        List<AliasIndex.Match> raw = aliasMatches(tokens, date);
        Set<String> mentioned = new HashSet<>();
        java.util.Map<String, List<Integer>> where = new java.util.HashMap<>();
        Set<Person> people = new HashSet<>();
        for (AliasIndex.Match m : raw) {
            String actor = m.target().actorAt(date);
            if (m.target().context() == null && actor != null) {
                mentioned.add(actor);
                where.computeIfAbsent(actor, a -> new ArrayList<>()).add(tokens.get(m.from()).start());
            }
            if (m.target().person() != null) {
                people.add(m.target().person());
            }
        }
        List<ActorMention> out = new ArrayList<>();
        boolean[] used = new boolean[tokens.size()];
        int floor = 0;
        for (int k = 0; k < raw.size(); k++) {
            AliasIndex.Match m = raw.get(k);
            if (m.from() < floor) {
                continue;
            }
            markUsed(used, m.from(), m.to());
            String actor = m.target().actorAt(date);
            if (actor == null || !inContext(m.target(), tokens.get(m.from()).start(), where)) {
                floor = m.to();
                continue;
            }
            int start = m.target().person() != null ? titles.left(tokens, m.from(), floor) : m.from();
            int end = m.to();
            if (m.target().person() == null) {
                TitlePhrases.Extent ext = titles.right(tokens, m.to());
                if (k + 1 < raw.size() && raw.get(k + 1).from() == m.to() && isOrganisation(raw.get(k + 1), date)) {
                    // "Russian U.N. Ambassador ...": the organisation is part of a national title
                    TitlePhrases.Extent inner = titles.right(tokens, raw.get(k + 1).to());
                    if (inner.nameStart() >= 0) {
                        ext = inner;
                        k++;
                    }
                }
                end = ext.end();
                if (ext.nameStart() >= 0) {
                    int limit = k + 1 < raw.size() ? raw.get(k + 1).from() : tokens.size();
                    if (limit == ext.nameStart()) {
                        AliasIndex.Match next = raw.get(k + 1);
                        Person person = next.target().person();
                        String nextActor = person != null && person.holds(actor, date) ? actor : next.target().actorAt(date);
                        if (next.target().person() != null && (nextActor == null || nextActor.equals(actor)
                                || isOrganisation(m, date))) {
                            // "U.N. Ambassador Vitaly Churkin" speaks for Russia
                            actor = nextActor == null ? actor : nextActor;
                            end = next.to();
                            k++;
                        }
                    } else {
                        int nameEnd = titles.name(tokens, ext.nameStart(), limit);
                        if (nameEnd > ext.nameStart()) {
                            end = nameEnd;
                            noteMisspelledPeople(tokens, ext.nameStart(), nameEnd, people);
                        }
                    }
                }
            }
            if (followedByStopChar(tokens, end)) {
                floor = end;
                continue;
            }
            markUsed(used, start, end);
            out.add(mention(text, tokens, start, end, actor));
            floor = end;
        }
        new Misspellings(fuzzy, titles, rules).find(text, tokens, used, date, people, mentioned, out);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private List<AliasIndex.Match> aliasMatches(List<Token> tokens, LocalDate date) {
        List<AliasIndex.Match> raw = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            AliasIndex.Match m = tokens.get(i).word() ? index.longest(tokens, i, date) : null;
            if (m != null && !shouted(tokens, m)) {
                raw.add(m);
                i = m.to();
            } else {
                i++;
            }
        }
        return raw;
    }

    /** A short all-caps alias ("US", "IS") inside an all-caps headline is an ordinary word. */
    private boolean shouted(List<Token> tokens, AliasIndex.Match m) {
        if (m.to() - m.from() != 1 || !tokens.get(m.from()).allCaps() || tokens.get(m.from()).text().length() > 3) {
            return false;
        }
        return shoutingWord(tokens, m.from() - 1) || shoutingWord(tokens, m.to());
    }

    private boolean shoutingWord(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        return t.allCaps() && t.text().length() > 1 && !index.isAlias(t.norm());
    }

    /**
     * A context alias counts when its actor or one of its context actors is named near it (within
     * the window of matching.json): "rebels" in a headline about South Sudan under a story about
     * Syria are not the Syrian opposition.
     */
    private boolean inContext(AliasIndex.Target target, int offset, java.util.Map<String, List<Integer>> where) {
        if (target.context() == null) {
            return true;
        }
        if (near(where.get(target.actorId()), offset)) {
            return true;
        }
        for (String w : target.context().when()) {
            if (near(where.get(w), offset)) {
                return true;
            }
        }
        return false;
    }

    private boolean near(List<Integer> offsets, int offset) {
        if (offsets != null) {
            for (int o : offsets) {
                if (o >= offset - rules.contextBefore() && o <= offset + rules.contextAfter()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isOrganisation(AliasIndex.Match m, LocalDate date) {
        String id = m.target().person() == null ? m.target().actorAt(date) : null;
        return id != null && catalog.get(id).kind() == ActorKind.ORGANISATION;
    }

    private boolean followedByStopChar(List<Token> tokens, int end) {
        return end < tokens.size() && !tokens.get(end).spaceBefore() && rules.stopFollowers().contains(tokens.get(end).norm());
    }

    private void noteMisspelledPeople(List<Token> tokens, int from, int to, Set<Person> people) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.word() && t.capitalised()) {
                Person p = fuzzy.closest(t.norm());
                if (p != null) {
                    people.add(p);
                }
            }
        }
    }

    private static void markUsed(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            used[i] = true;
        }
    }

    static ActorMention mention(String text, List<Token> tokens, int from, int to, String actor) {
        int s = tokens.get(from).start();
        int e = tokens.get(to - 1).end();
        return new ActorMention(new org.annalist.text.Span(s, e), text.substring(s, e), actor);
    }
}
