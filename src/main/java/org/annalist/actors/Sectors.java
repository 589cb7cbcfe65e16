package org.annalist.actors;

import java.util.List;

/**
 * Which people a state's name qualifies when they are not the state (the Phoenix agent sectors):
 * "Egyptian protesters", "an Egyptian taxi driver", "American hikers", "U.S. companies", "a former
 * Egyptian official" name the state's opposition, civilians, business or former officials, kept
 * apart from the state itself so that the graph of states stays right. Words are in
 * {@code matching.json} ({@code sectors}, {@code sectorHeads}). Immutable.
 */
final class Sectors {

    /** The actor a phrase names, where it ends, and whether a sector made it. */
    record Phrase(String actor, int start, int end, boolean sector) {
        Phrase(String actor, int end, boolean sector) {
            this(actor, -1, end, sector);
        }
    }

    private final ActorCatalog catalog;
    private final MatchingRules rules;

    Sectors(ActorCatalog catalog, MatchingRules rules) {
        this.catalog = catalog;
        this.rules = rules;
    }

    /**
     * The actor of the phrase {@code [start, end)} whose name is {@code [name, from)}; null for the
     * opponents of a group or organisation ("Hezbollah opponents" are not Hezbollah).
     */
    Phrase of(String actor, List<Token> tokens, int start, int name, int from, int end) {
        boolean state = catalog.find(actor).map(a -> a.kind() == ActorKind.STATE).orElse(false);
        for (int i = from; i < end; i++) {
            Sector s = rules.sectorNouns().get(tokens.get(i).norm());
            if (s != null && state) {
                return new Phrase(s.actorId(actor), end, true);
            }
            if (rules.opponentNouns().contains(tokens.get(i).norm())) {
                return new Phrase(null, end, false);
            }
        }
        if (start >= 2 && tokens.get(start - 1).norm().equals("of") && lowerOrFirst(tokens, start - 2)
                && rules.sectorNouns().get(tokens.get(start - 2).norm()) != null && (state || stateOf(actor) != null)) {
            // "Supporters of Gaddafi", "protesters of Egypt": the people, in the state of the name
            Sector s = rules.sectorNouns().get(tokens.get(start - 2).norm());
            return new Phrase(s.actorId(state ? actor : stateOf(actor)), start - 2, end, true);
        }
        if (!state) {
            return new Phrase(actor, end, false);
        }
        int m = start - 1;
        while (m > 0 && start - m <= 3 && tokens.get(m).word() && tokens.get(m).capitalised()) {
            m--; // "the rebel National Libyan Council": the capitalised words of the body's name
        }
        boolean hyphen = m >= 2 && tokens.get(m - 1).is("-") && !tokens.get(m - 1).spaceBefore() && !tokens.get(m).spaceBefore();
        int w = hyphen ? m - 2 : m; // "anti-government" is three tokens
        String word = m < 0 ? "" : hyphen ? tokens.get(w).norm() + "-" + tokens.get(m).norm() : tokens.get(m).norm();
        Sector before = m >= 0 && tokens.get(m).word() && (!tokens.get(w).capitalised() || w == 0) ? rules.sectorsBefore().get(word) : null;
        if (before != null) { // "the rebel National Libyan Council", "anti-government Libyan forces": the sector's body, not the state
            return new Phrase(before.actorId(actor), w, end, true);
        }
        if (end == from && from == name + 1 && pluralPeople(actor, tokens, start, name)) {
            Sector s = rules.sector(rules.pluralPeopleSector());
            return new Phrase(s.actorId(actor), end, true);
        }
        if (end == from) { // "an Egyptian taxi driver", "American hikers": the head noun right after the name
            int j = end < tokens.size() && lowerWord(tokens.get(end)) && rules.sectorModifiers().contains(tokens.get(end).norm()) ? end + 1 : end;
            Sector s = j < tokens.size() && lowerWord(tokens.get(j)) ? rules.sectorNouns().get(tokens.get(j).norm()) : null;
            if (s != null) {
                return new Phrase(s.actorId(actor), j + 1, true);
            }
        }
        for (int i = Math.max(0, start - 2); i < end; i++) { // "former French President Nicolas Sarkozy", not inside a name
            if ((i < name || i >= from) && rules.formerWords().contains(tokens.get(i).norm()) && rules.sector(rules.formerSector()) != null) {
                return new Phrase(rules.sector(rules.formerSector()).actorId(actor), end, true);
            }
        }
        return new Phrase(actor, end, false);
    }

    /** "Tunisians" (alias "Tunisian" + "s") alone: not "the Tunisians", "Tunisians and Libyans", nor before a noun. */
    private boolean pluralPeople(String actor, List<Token> tokens, int start, int name) {
        String w = tokens.get(name).norm();
        if (rules.sector(rules.pluralPeopleSector()) == null || !w.endsWith("s") || w.length() < 4
                || start > 0 && rules.pluralPeopleNotNextTo().contains(tokens.get(start - 1).norm())
                || name + 1 < tokens.size() && rules.pluralPeopleNotNextTo().contains(tokens.get(name + 1).norm())) {
            return false;
        }
        if (name + 1 < tokens.size() && lowerWord(tokens.get(name + 1)) && rules.groups().contains(tokens.get(name + 1).norm())) {
            return false; // "Egyptians officials" (a typo for the demonym) stays the state
        }
        String singular = w.substring(0, w.length() - 1);
        if (rules.titles().contains(singular)) {
            return false; // "Senators" (alias "Senator"): office holders, not private people
        }
        return catalog.aliases(actor).stream().anyMatch(a -> Tokenizer.normalise(a).equals(singular));
    }

    private String stateOf(String actor) {
        return catalog.stateOf(actor).orElse(null);
    }

    private static boolean lowerOrFirst(List<Token> tokens, int i) {
        return tokens.get(i).word() && (!tokens.get(i).capitalised() || i == 0);
    }

    private static boolean lowerWord(Token t) {
        return t.word() && !t.capitalised();
    }
}
