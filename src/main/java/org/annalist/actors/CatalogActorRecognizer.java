package org.annalist.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.text.Span;

/**
 * The standard {@link ActorRecognizer}: one longest-match walk over normalised tokens against a
 * trie of every alias of the catalog, then title phrases, context-dependent aliases and tolerant
 * matching of misspelled office holders. Immutable and thread-safe; see {@code docs/actors.md}.
 */
public final class CatalogActorRecognizer implements ActorRecognizer {

    private static final class Holder {
        static final CatalogActorRecognizer STANDARD = new CatalogActorRecognizer(ActorCatalog.standard());
    }

    private final AliasIndex index;
    private final MatchingRules rules;
    private final TitlePhrases titles;
    private final FuzzyNames fuzzy;
    private final PhraseBuilder phrases;

    public CatalogActorRecognizer(ActorCatalog catalog) {
        this.rules = MatchingRules.standard();
        this.index = new AliasIndex(catalog, rules.notActors());
        this.titles = new TitlePhrases(rules);
        this.fuzzy = new FuzzyNames(catalog, rules.fuzzyMinLength(), rules.notActors());
        this.phrases = new PhraseBuilder(catalog, titles, fuzzy, rules);
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
        List<AliasIndex.Match> matches = aliasMatches(tokens, date);
        ArticleContext context = new ArticleContext(tokens, matches, date, rules);
        boolean[] used = new boolean[tokens.size()];
        List<ActorMention> out = new ArrayList<>();
        phrases.build(text, tokens, matches, date, context, used, out);
        new Misspellings(fuzzy, titles, rules).find(text, tokens, used, date, context, out);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** Longest aliases, left to right, without overlaps. */
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

    static ActorMention mention(String text, List<Token> tokens, int from, int to, String actor) {
        return mention(text, tokens, from, to, actor, null);
    }

    static ActorMention mention(String text, List<Token> tokens, int from, int to, String actor, String venue) {
        return mention(text, tokens, from, to, actor, venue, false);
    }

    static ActorMention mention(String text, List<Token> tokens, int from, int to, String actor, String venue, boolean person) {
        int s = tokens.get(from).start();
        int e = tokens.get(to - 1).end();
        return new ActorMention(new Span(s, e), text.substring(s, e), actor, venue, person);
    }
}
