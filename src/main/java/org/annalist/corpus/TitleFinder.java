package org.annalist.corpus;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.annalist.text.Span;

/**
 * Finds a title when metadata gives none: the headline line at the top of the text, else a readable
 * title made from the URL's last path segment ("french-minister-calls-end" -> "French minister calls end").
 */
final class TitleFinder {

    private static final Pattern URL_LINE = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    private static final Pattern SLUG_NOISE = Pattern.compile("(?i)(?:\\.[a-z]{2,5}$)|(?:[-_]?\\d{4,}$)");
    private static final int MIN_SLUG_WORDS = 3;

    private final BoilerplateRules rules;

    TitleFinder(BoilerplateRules rules) {
        this.rules = rules;
    }

    /** The first line of the body when it stands alone and reads like a headline. */
    Optional<String> headline(String text, int bodyStart, List<ExcludedRange> excluded) {
        List<TextBlocks.Block> paragraphs = TextBlocks.paragraphs(text, bodyStart);
        for (TextBlocks.Block p : paragraphs) {
            if (isExcluded(p.span(), excluded)) {
                continue;
            }
            String s = p.text();
            boolean headline = !s.contains("\n") && rules.isHeadline(s) && !URL_LINE.matcher(s).matches()
                    && !rules.debrisLine.matcher(s).matches() && !rules.isPhotoCredit(s)
                    && !rules.sharePrompt.matcher(s).matches() && Character.isLetterOrDigit(s.codePointAt(0))
                    && p != paragraphs.get(paragraphs.size() - 1);
            return headline ? Optional.of(s) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A title spelled out from the URL's last meaningful path segment, when it has words. */
    Optional<String> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String path;
        try {
            path = URI.create(url.strip()).getPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isBlank()).toList();
        for (int i = segments.size() - 1; i >= 0; i--) {
            String slug = SLUG_NOISE.matcher(segments.get(i)).replaceAll("");
            List<String> words = Arrays.stream(slug.split("[-_+]+"))
                    .filter(w -> !w.isBlank() && w.chars().anyMatch(Character::isLetter)).toList();
            if (words.size() >= MIN_SLUG_WORDS) {
                String t = words.stream().collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
                return Optional.of(Character.toUpperCase(t.charAt(0)) + t.substring(1));
            }
        }
        return Optional.empty();
    }

    static boolean isUrl(String line) {
        return URL_LINE.matcher(line.strip()).matches();
    }

    private static boolean isExcluded(Span span, List<ExcludedRange> excluded) {
        return excluded.stream().anyMatch(r -> r.span().contains(span));
    }
}
