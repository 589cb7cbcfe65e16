package org.annalist.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.actors.ActorMention;
import org.annalist.actors.ActorRecognizer;
import org.annalist.text.Span;

/** A test stand-in for the catalog recognizer: exact, case-sensitive aliases, longest first. */
final class AliasRecognizer implements ActorRecognizer {

    private final Map<String, String> aliases = new LinkedHashMap<>();

    AliasRecognizer alias(String id, String... names) {
        for (String n : names) {
            aliases.put(n, id);
        }
        return this;
    }

    static AliasRecognizer focus() {
        return new AliasRecognizer()
                .alias("france", "France", "French", "Paris", "Ayrault", "Jean-Marc Ayrault", "Hollande", "Macron")
                .alias("russia", "Russia", "Russian", "Russians", "Moscow", "Kremlin", "Putin", "Vladimir Putin", "Lavrov", "Churkin")
                .alias("united-states", "United States", "U.S.", "US", "Washington", "Kerry", "John Kerry")
                .alias("united-nations", "United Nations", "UN", "U.N.", "Security Council")
                .alias("turkey", "Turkey", "Turkish", "Ankara", "Erdogan", "Cavusoglu")
                .alias("syria", "Syria", "Syrian", "Damascus", "Assad");
    }

    @Override
    public List<ActorMention> find(String text, LocalDate date) {
        List<ActorMention> found = new ArrayList<>();
        List<String> names = new ArrayList<>(aliases.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : names) {
            Matcher m = Pattern.compile("(?<![\\p{L}.])" + Pattern.quote(name) + "(?![\\p{L}])").matcher(text);
            while (m.find()) {
                Span s = new Span(m.start(), m.end());
                if (found.stream().noneMatch(f -> f.span().overlaps(s))) {
                    found.add(new ActorMention(s, m.group(), aliases.get(name)));
                }
            }
        }
        found.sort(Comparator.comparing(ActorMention::span));
        return found;
    }
}
