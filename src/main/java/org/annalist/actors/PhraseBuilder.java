package org.annalist.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * Turns alias matches into mentions: drops people out of office and context aliases out of
 * context, and grows each mention over its title phrase ("Russian Deputy Foreign Minister
 * Gennady Gatilov", "Foreign Minister Jean-Marc Ayrault", "Russian U.N. Ambassador Vitaly
 * Churkin"). Immutable.
 */
final class PhraseBuilder {

    private final ActorCatalog catalog;
    private final TitlePhrases titles;
    private final FuzzyNames fuzzy;
    private final MatchingRules rules;
    private final Sectors sectors;
    private final Namesakes namesakes;

    PhraseBuilder(ActorCatalog catalog, TitlePhrases titles, FuzzyNames fuzzy, MatchingRules rules) {
        this.catalog = catalog;
        this.titles = titles;
        this.fuzzy = fuzzy;
        this.rules = rules;
        this.sectors = new Sectors(catalog, rules);
        this.namesakes = new Namesakes(catalog);
    }

    void build(String text, List<Token> tokens, List<AliasIndex.Match> matches, LocalDate date,
               ArticleContext context, boolean[] used, List<ActorMention> out) {
        int floor = 0;
        String lastState = null;
        int lastStateEnd = -1;
        for (int k = 0; k < matches.size(); k++) {
            AliasIndex.Match m = matches.get(k);
            if (m.plain() != null && !context.supports(m.target(), tokens.get(m.from()).start())) {
                m = m.withPlainTarget(); // "rebels" away from Syria: the countryless group, not the Syrian opposition
            }
            if (m.from() < floor) {
                continue; // inside the title phrase of the previous mention
            }
            mark(used, m.from(), m.to());
            String actor = m.target().actorAt(date);
            if (actor == null && m.target().person() != null) {
                actor = titledOffice(m.target().person(), tokens, titles.left(tokens, m.from(), floor), m.from(), date);
            }
            if (actor == null || !context.supports(m.target(), tokens.get(m.from()).start())) {
                floor = m.to();
                continue;
            }
            int start = m.from();
            int end = m.to();
            String venue = null;
            boolean person = m.target().person() != null;
            if (person && otherGivenName(tokens, m, k > 0 ? matches.get(k - 1).to() : -1)) {
                floor = m.to();
                continue; // "Senator Joe Lieberman" is not Avigdor Lieberman
            }
            if (person) {
                actor = namesakes.resolve(m.target().person(), actor, tokens, m.from(), m.to(), lastState, lastStateEnd, date);
                start = titles.left(tokens, m.from(), floor);
            } else {
                TitlePhrases.Extent ext = titles.right(tokens, m.to());
                if (k + 1 < matches.size() && matches.get(k + 1).from() == m.to() && isOrganisation(matches.get(k + 1), date)) {
                    // "Russian U.N. Ambassador ...": the organisation is part of a national title
                    TitlePhrases.Extent inner = titles.right(tokens, matches.get(k + 1).to());
                    if (inner.nameStart() >= 0) {
                        ext = inner;
                        venue = matches.get(k + 1).target().actorAt(date);
                        k++;
                    }
                }
                end = ext.end();
                person = ext.nameStart() >= 0 && end > m.to(); // "a U.S. official", "Qatar's foreign minister"
                if (ext.nameStart() >= 0) {
                    int limit = k + 1 < matches.size() ? matches.get(k + 1).from() : tokens.size();
                    if (limit == ext.nameStart()) {
                        AliasIndex.Match next = matches.get(k + 1);
                        String speaker = speaker(m, actor, next, date);
                        if (speaker != null) {
                            venue = isOrganisation(m, date) && !speaker.equals(actor) ? actor : venue;
                            actor = speaker;
                            end = next.to();
                            person = true;
                            k++;
                        }
                    } else {
                        int nameEnd = titles.name(tokens, ext.nameStart(), limit);
                        if (nameEnd > ext.nameStart()) {
                            end = nameEnd;
                            person = true;
                            noteMisspelledPeople(tokens, ext.nameStart(), nameEnd, context);
                        }
                    }
                }
            }
            Sectors.Phrase phrase = sectors.of(actor, tokens, start, m.from(), m.to(), end);
            actor = phrase.actor();
            start = phrase.start() >= 0 ? phrase.start() : start;
            end = phrase.end();
            floor = end;
            if (actor == null || followedByStopChar(tokens, end)) {
                continue;
            }
            if (!person && catalog.find(actor).map(a -> a.kind() == ActorKind.STATE).orElse(false)) {
                lastState = actor;
                lastStateEnd = end;
            }
            mark(used, start, end);
            out.add(CatalogActorRecognizer.mention(text, tokens, start, end, actor, venue, person && !phrase.sector()));
        }
    }

    /**
     * The actor of "title + known person" when the person joins the phrase: the phrase's own
     * actor, or the person's when the title names an organisation ("U.N. Ambassador Vitaly
     * Churkin" speaks for Russia); null when the person belongs elsewhere.
     */
    private String speaker(AliasIndex.Match title, String actor, AliasIndex.Match next, LocalDate date) {
        Person person = next.target().person();
        if (person == null) {
            return null;
        }
        if (person.holds(actor, date)) {
            return actor;
        }
        String own = next.target().actorAt(date);
        if (own == null) {
            return actor; // "former French President Nicolas Sarkozy"
        }
        return isOrganisation(title, date) ? own : null;
    }

    private boolean isOrganisation(AliasIndex.Match m, LocalDate date) {
        String id = m.target().person() == null ? m.target().actorAt(date) : null;
        return id != null && catalog.get(id).kind() == ActorKind.ORGANISATION;
    }

    /**
     * The actor of the office that the title before a person's name names, when the person held no office
     * on the date: "President Obama" in a text dated before or after his term still acts for the United
     * States ("President Nasser nationalised the canal"); the term nearest the date wins. Null without a title.
     */
    private static String titledOffice(Person p, List<Token> tokens, int titleStart, int nameStart, LocalDate date) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (int i = titleStart; i < nameStart; i++) {
            words.add(tokens.get(i).norm());
        }
        Office best = null;
        for (Office o : p.offices()) {
            String[] role = o.role() == null ? new String[0] : Tokenizer.normalise(o.role()).split("\\s+");
            if (role.length > 0 && words.contains(role[role.length - 1]) && (best == null || distance(o, date) < distance(best, date))) {
                best = o;
            }
        }
        return best == null ? null : best.actorId();
    }

    /** Days from {@code date} to the term (0 inside it or when either is unknown). */
    private static long distance(Office o, LocalDate date) {
        if (date == null) {
            return 0;
        }
        if (o.from() != null && date.isBefore(o.from())) {
            return o.from().toEpochDay() - date.toEpochDay();
        }
        return o.to() != null && date.isAfter(o.to()) ? date.toEpochDay() - o.to().toEpochDay() : 0;
    }

    /**
     * Whether a bare surname match follows a capitalised given name that is not the known person's but
     * another catalog person's: "Senator Joe Lieberman" names someone else than Avigdor Lieberman (a
     * spelling the catalog does not know, "Dimitry Medvedev", "Mutassim Gaddafi", keeps the person's actor). Not at a sentence's start
     * ("Yesterday Lieberman said"), nor after a title, particle or another actor's name.
     */
    private boolean otherGivenName(List<Token> tokens, AliasIndex.Match m, int previousMatchEnd) {
        Person p = m.target().person();
        int i = m.from() - 1;
        if (m.to() - m.from() != 1 || i < 1 || previousMatchEnd > i || !tokens.get(m.from()).norm().equals(Tokenizer.normalise(p.surname()))) {
            return false;
        }
        Token given = tokens.get(i);
        Token before = tokens.get(i - 1);
        String w = given.norm();
        boolean sentenceStart = !before.word() && (before.norm().equals(".") || before.norm().equals("?") || before.norm().equals("!")
                || before.norm().equals("\"") || before.norm().equals(":"));
        return given.word() && given.spaceBefore() && given.capitalised() && !given.allCaps() && !sentenceStart && w.length() > 1
                && !rules.particles().contains(before.norm())
                && !rules.titles().contains(w) && !rules.modifiers().contains(w) && !rules.abbreviations().contains(w)
                && !rules.particles().contains(w) && !rules.notNames().contains(w) && fuzzy.isGivenName(w) && !fuzzy.givenNameOf(p, w);
    }

    private boolean followedByStopChar(List<Token> tokens, int end) {
        return end < tokens.size() && !tokens.get(end).spaceBefore() && rules.stopFollowers().contains(tokens.get(end).norm());
    }

    private void noteMisspelledPeople(List<Token> tokens, int from, int to, ArticleContext context) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.word() && t.capitalised()) {
                Person p = fuzzy.closest(t.norm());
                // after another given name it is someone else's surname ("Omar Suleiman" is no "Soleimani")
                if (p != null && (i == from || fuzzy.givenNameOf(p, tokens.get(i - 1).norm()))) {
                    context.add(p);
                }
            }
        }
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            used[i] = true;
        }
    }
}
