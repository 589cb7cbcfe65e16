package org.annalist.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.annalist.text.StrictJson;
import org.annalist.text.Token;

/**
 * The field's verb dictionary (CAMEO patterns of PETRARCH2, converted by {@code CameoConverter}
 * into {@code cameo/verbs.json}) and the CAMEO-to-PLOVER table ({@code cameo/plover.json}). Says
 * which CAMEO code a verb in its clause carries: the pattern of the verb's block whose words stand
 * around the verb and cover the most words, else the verb's own code. Immutable, loaded once.
 */
final class CameoDictionary {

    /** The verb dictionary file. */
    record VerbFile(String notice, Map<String, List<String>> synsets, List<Block> blocks) {
        VerbFile {
            Objects.requireNonNull(synsets, "synsets");
            Objects.requireNonNull(blocks, "blocks");
        }
    }

    /** Synonymous verbs sharing their patterns. */
    record Block(List<Verb> verbs, List<Rule> patterns) {
        Block {
            Objects.requireNonNull(verbs, "verbs");
            Objects.requireNonNull(patterns, "patterns");
        }
    }

    /**
     * One verb: its lemma ("ask for"), which word is the verb, every surface form, its code or null (no event alone).
     */
    record Verb(String verb, int head, List<String> forms, String code) {
        Verb {
            Objects.requireNonNull(verb, "verb");
            Objects.requireNonNull(forms, "forms");
        }
    }

    /** A pattern: words (or {@code &synsets}) before and after the verb, in order, and its code (null: no event). */
    record Rule(List<String> before, List<String> after, String code) {
        Rule {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /** The PLOVER reading of a CAMEO code. */
    record Category(String type, String mode, String context) {
        Category {
            EventType.fromId(type); // an unknown type fails at load
        }
    }

    record PloverFile(String notice, Map<String, Category> codes) {
        PloverFile {
            Objects.requireNonNull(codes, "codes");
        }
    }

    /**
     * What matched: the CAMEO code, its PLOVER category, the verb's lemma ("call for"), and how many
     * pattern words around the verb confirmed it (0: the verb's own code alone), and the verb's own code.
     */
    record Match(String code, EventType type, String lemma, int words, String verbCode) {

        /** The code of this match that reads as {@code wanted}: the pattern's, else the verb's own, else null. */
        String codeFor(EventType wanted, CameoDictionary dictionary) {
            if (code != null && type == wanted) {
                return code;
            }
            return verbCode != null && dictionary.typeOf(verbCode) == wanted ? verbCode : null;
        }
    }

    /** One surface form of a verb, indexed by its verb word, with its block's compiled patterns. */
    private record Form(String[] words, int head, Verb verb, List<Compiled> patterns, PatternIndex index) {
    }

    /** A pattern with each element compiled: its alternatives indexed by their first word. */
    private record Compiled(Rule rule, List<Map<String, List<String[]>>> before, List<Map<String, List<String[]>>> after) {
    }

    private static final int AFTER_WINDOW = 12;
    private static final int BEFORE_WINDOW = 8;

    private final Map<String, List<Form>> byVerbWord = new HashMap<>();
    private final Map<String, List<String[]>> synsets = new HashMap<>(); // only while compiling
    private final Map<String, Category> codes;

    CameoDictionary(VerbFile verbs, PloverFile plover) {
        verbs.synsets().forEach((k, v) -> synsets.put("&" + k, v.stream().map(p -> p.split(" ")).toList()));
        Map<String, Map<String, List<String[]>>> elements = new HashMap<>();
        for (Block b : verbs.blocks()) {
            List<Compiled> patterns = b.patterns().stream()
                    .map(r -> new Compiled(r, compile(r.before(), elements), compile(r.after(), elements))).toList();
            PatternIndex index = new PatternIndex(patterns.stream().map(CameoDictionary::firstWords).toList());
            for (Verb v : b.verbs()) {
                for (String f : v.forms()) {
                    String[] w = f.split(" ");
                    int head = Math.min(v.head(), w.length - 1);
                    byVerbWord.computeIfAbsent(w[head], k -> new ArrayList<>()).add(new Form(w, head, v, patterns, index));
                }
            }
        }
        this.codes = Map.copyOf(plover.codes());
    }

    private static final class Holder {
        static final CameoDictionary STANDARD = new CameoDictionary(
                StrictJson.resource(CameoDictionary.class, "cameo/verbs.json", VerbFile.class),
                StrictJson.resource(CameoDictionary.class, "cameo/plover.json", PloverFile.class));
    }

    static CameoDictionary standard() {
        return Holder.STANDARD;
    }

    /** True when some CAMEO verb has this surface form as its verb word. */
    boolean isVerbForm(String lower) {
        return byVerbWord.containsKey(lower);
    }

    /**
     * The code of the verb at {@code at} in the clause {@code [from, to)}, or null when the
     * dictionary does not know the verb or codes it as no event there.
     */
    Match code(List<Token> tokens, int at, int from, int to) {
        return code(tokens, at, from, to, true);
    }

    /** The same without the word index: every pattern of the verb's block is tried (tests compare the two). */
    Match codeTryingEveryPattern(List<Token> tokens, int at, int from, int to) {
        return code(tokens, at, from, to, false);
    }

    private Match code(List<Token> tokens, int at, int from, int to, boolean indexed) {
        List<Form> forms = byVerbWord.get(tokens.get(at).lower());
        if (forms == null) {
            return null;
        }
        Match best = null;
        boolean decided = false;
        for (Form f : forms) {
            int first = at - f.head();
            int last = first + f.words().length - 1;
            if (first < from || last >= to || !spells(tokens, first, f.words())) {
                continue;
            }
            BitSet tried = indexed
                    ? f.index().candidates(tokens, Math.max(from, first - BEFORE_WINDOW), first, last, Math.min(to, last + 1 + AFTER_WINDOW))
                    : f.index().every();
            for (int p = tried.nextSetBit(0); p >= 0; p = tried.nextSetBit(p + 1)) {
                Compiled c = f.patterns().get(p);
                Rule r = c.rule();
                int before = matchBefore(tokens, first - 1, Math.max(from, first - BEFORE_WINDOW), c.before());
                int after = before < 0 ? -1 : matchAfter(tokens, last + 1, Math.min(to, last + 1 + AFTER_WINDOW), c.after());
                int words = before + after + (r.before().isEmpty() && r.after().isEmpty() ? 0 : 1);
                if (before >= 0 && after >= 0 && (best == null || words > best.words())) {
                    best = new Match(r.code(), r.code() == null ? null : typeOf(r.code()), f.verb().verb(), words, f.verb().code());
                    decided = true;
                }
            }
            if (!decided && f.verb().code() != null && best == null) {
                best = new Match(f.verb().code(), typeOf(f.verb().code()), f.verb().verb(), 0, f.verb().code());
            }
        }
        return best == null || best.code() == null || best.type() == null ? null : best;
    }

    /** The words an element of each side of {@code c} can start with (the keys it is looked up by), for the index. */
    private static List<? extends java.util.Collection<String>> firstWords(Compiled c) {
        List<java.util.Set<String>> out = new ArrayList<>();
        c.before().forEach(e -> out.add(e.keySet()));
        c.after().forEach(e -> out.add(e.keySet()));
        return out;
    }

    /** The PLOVER type of a CAMEO code: its own entry, else that of the nearest shorter code ("0234" -> "023"). */
    EventType typeOf(String code) {
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            Category cat = codes.get(c);
            if (cat != null) {
                return EventType.fromId(cat.type());
            }
        }
        return null;
    }

    private static boolean spells(List<Token> tokens, int first, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(first + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** Words matched when every element stands after {@code start} in order within [start, end), else -1. */
    private static int matchAfter(List<Token> tokens, int start, int end, List<Map<String, List<String[]>>> elements) {
        int pos = start;
        int words = 0;
        for (Map<String, List<String[]>> e : elements) {
            int found = -1;
            for (int i = pos; i < end && found < 0; i++) {
                int n = matchesAt(tokens, i, end, e);
                if (n > 0) {
                    found = i;
                    pos = i + n;
                    words += n;
                }
            }
            if (found < 0) {
                return -1;
            }
        }
        return words;
    }

    /** The same backwards: the last element nearest the verb. */
    private static int matchBefore(List<Token> tokens, int start, int floor, List<Map<String, List<String[]>>> elements) {
        int pos = start;
        int words = 0;
        for (int k = elements.size() - 1; k >= 0; k--) {
            int found = -1;
            for (int i = pos; i >= floor && found < 0; i--) {
                int n = matchesAt(tokens, i, start + 1, elements.get(k));
                if (n > 0) {
                    found = i;
                    pos = i - 1;
                    words += n;
                }
            }
            if (found < 0) {
                return -1;
            }
        }
        return words;
    }

    /**
     * An element's alternatives (a word, a phrase, or every phrase of a synonym set) indexed by their
     * first word and its plural, shared between patterns naming the same element.
     */
    private List<Map<String, List<String[]>>> compile(List<String> side, Map<String, Map<String, List<String[]>>> cache) {
        List<Map<String, List<String[]>>> out = new ArrayList<>();
        for (String e : side) {
            out.add(cache.computeIfAbsent(e, k -> {
                List<String[]> alternatives = k.startsWith("&") ? synsets.getOrDefault(k, List.of()) : List.<String[]>of(k.split(" "));
                Map<String, List<String[]>> byFirst = new HashMap<>();
                for (String[] a : alternatives) {
                    byFirst.computeIfAbsent(a[0], w -> new ArrayList<>()).add(a);
                    if (a.length == 1) { // a pattern noun matches its regular plural too ("sanction" - "sanctions")
                        byFirst.computeIfAbsent(a[0] + "s", w -> new ArrayList<>()).add(a);
                        byFirst.computeIfAbsent(a[0] + "es", w -> new ArrayList<>()).add(a);
                    }
                }
                return byFirst; // an undefined set has no alternatives: PETRARCH ignores such a pattern
            }));
        }
        return out;
    }

    /** How many tokens the element covers at {@code i} (0 when it does not match there). */
    private static int matchesAt(List<Token> tokens, int i, int end, Map<String, List<String[]>> element) {
        List<String[]> alternatives = element.get(tokens.get(i).lower());
        if (alternatives == null) {
            return 0;
        }
        for (String[] a : alternatives) {
            if (phraseAt(tokens, i, end, a)) {
                return a.length;
            }
        }
        return 0;
    }

    private static boolean phraseAt(List<Token> tokens, int i, int end, String[] words) {
        if (i + words.length > end) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            String t = tokens.get(i + k).lower();
            boolean last = k == words.length - 1;
            if (!t.equals(words[k]) && !(last && plural(t, words[k]))) {
                return false;
            }
        }
        return true;
    }

    /** A pattern noun matches its regular plural too ("sanction" - "sanctions"). */
    private static boolean plural(String token, String word) {
        return token.length() > word.length() && token.startsWith(word)
                && (token.length() == word.length() + 1 ? token.endsWith("s") : token.equals(word + "es"));
    }

    int verbCount() {
        return (int) byVerbWord.values().stream().flatMap(List::stream).map(Form::verb).distinct().count();
    }

    int codeCount() {
        return codes.size();
    }

}
