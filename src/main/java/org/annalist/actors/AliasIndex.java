package org.annalist.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over normalised tokens of every alias, person name and context alias: one walk per
 * text position finds the longest alias there. Immutable after construction, so shared by threads.
 */
final class AliasIndex {

    /** What an alias names: an actor directly, a person (actor by date), or an actor in context. */
    record Target(String actorId, Person person, ContextAliases context, List<Token> alias) {

        /** The actor named on {@code date}, or null (a person out of office, a non-actor name). */
        String actorAt(LocalDate date) {
            return person == null ? actorId : person.actorAt(date).orElse(null);
        }
    }

    /** A longest match at a token position. */
    /** {@code plain}: a target of the same alias without a context, used where the context is absent ("rebels" away from Syria). */
    record Match(int from, int to, Target target, Target plain) {
        Match(int from, int to, Target target) {
            this(from, to, target, null);
        }

        Match withPlainTarget() {
            return new Match(from, to, plain, null);
        }
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<Target> targets;
    }

    private final Node root = new Node();

    /** Indexes the catalog; {@code notActors} are names that merely contain an alias ("Latin America"). */
    AliasIndex(ActorCatalog catalog, List<String> notActors) {
        notActors.forEach(name -> add(name, null, null, null));
        for (Actor a : catalog.actors()) {
            for (String alias : catalog.aliases(a.id())) {
                add(alias, a.id(), null, null);
            }
        }
        for (Person p : catalog.people()) {
            add(p.name(), null, p, null);
            p.aliases().forEach(alias -> add(alias, null, p, null));
            if (p.surnameAlone()) {
                add(p.surname(), null, p, null);
            }
        }
        for (ContextAliases c : catalog.contextAliases()) {
            c.aliases().forEach(alias -> add(alias, c.actorId(), null, c));
        }
    }

    private void add(String alias, String actorId, Person person, ContextAliases context) {
        List<Token> tokens = Tokenizer.tokens(alias);
        if (tokens.isEmpty()) {
            return;
        }
        Node n = root;
        for (Token t : tokens) {
            n = n.next.computeIfAbsent(t.norm(), k -> new Node());
        }
        if (n.targets == null) {
            n.targets = new ArrayList<>(1);
        }
        // later entries (user files) take precedence over the built-in ones
        n.targets.add(0, new Target(actorId, person, context, tokens));
    }

    /** Whether a single normalised word is itself an alias. */
    boolean isAlias(String norm) {
        Node n = root.next.get(norm);
        return n != null && n.targets != null;
    }

    /**
     * The longest alias starting at token {@code i} whose letter case fits, or null; among
     * targets of one alias, people in office on {@code date} come first.
     */
    Match longest(List<Token> tokens, int i, LocalDate date) {
        Node n = root;
        Match best = null;
        for (int j = i; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            n = n.next.get(t.norm());
            if (n == null) {
                break;
            }
            if (n.targets != null) {
                Target chosen = null;
                Target plain = null;
                for (Target target : n.targets) {
                    if (caseFits(target.alias(), tokens, i)) {
                        plain = plain == null && target.context() == null && target.actorId() != null ? target : plain;
                        if (chosen == null || (chosen.actorAt(date) == null && target.actorAt(date) != null)) {
                            chosen = target;
                        }
                    }
                }
                if (chosen != null) {
                    best = new Match(i, j + 1, chosen, chosen.context() == null ? null : plain);
                }
            }
        }
        return best;
    }

    /**
     * All-caps alias words ("US", "UN", "IS") must match exactly; capitalised ones need a capital
     * in the text ("Kremlin", not "kremlin"); lowercase ones ("of", "the") match any case.
     */
    private static boolean caseFits(List<Token> alias, List<Token> tokens, int i) {
        for (int k = 0; k < alias.size(); k++) {
            Token a = alias.get(k);
            Token t = tokens.get(i + k);
            if (!a.word()) {
                continue;
            }
            if (a.allCaps() && (a.text().length() > 1 || alias.size() > 1)) {
                if (!a.text().equals(t.text())) {
                    return false;
                }
            } else if (a.capitalised() && !t.capitalised()) {
                return false;
            }
        }
        return true;
    }
}
