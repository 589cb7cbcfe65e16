package org.annalist.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The page-furniture rules of {@code boilerplate.json}, compiled once. */
final class BoilerplateRules {

    private static final BoilerplateRules STANDARD = new BoilerplateRules(RuleResource.load("boilerplate.json"));
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    final Pattern listCue;
    final Pattern inlineCue;
    final Pattern sharePrompt;
    final Pattern photoCredit;
    final Pattern debrisLine;
    final int minHeadlines;
    final int headlineMaxChars;
    final int headlineMaxWords;
    final int leadMaxChars;
    final double minArticleShare;
    final int photoCreditMaxChars;

    static BoilerplateRules standard() {
        return STANDARD;
    }

    private BoilerplateRules(JsonNode json) {
        listCue = Pattern.compile("[\\s\\p{P}]*(?:" + alternation(json.path("listCues")) + ")[\\s:.»›>|\\-–—]*", FLAGS);
        inlineCue = Pattern.compile("(?:" + alternation(json.path("inlineCues")) + ")\\s*[:»›>|\\-–—]\\s*\\S.*", FLAGS);
        sharePrompt = Pattern.compile("(?:" + alternation(json.path("sharePrompts")) + ")[\\s:.!]*", FLAGS);
        photoCredit = Pattern.compile("(?:" + alternation(json.path("photoCredits")) + ")\\s*", FLAGS);
        debrisLine = Pattern.compile(json.path("debrisLine").asText(), FLAGS);
        JsonNode run = json.path("listRun");
        minHeadlines = run.path("minHeadlines").asInt(2);
        headlineMaxChars = run.path("headlineMaxChars").asInt(160);
        headlineMaxWords = run.path("headlineMaxWords").asInt(22);
        leadMaxChars = run.path("leadMaxChars").asInt(700);
        minArticleShare = run.path("minArticleShare").asDouble(0.2);
        photoCreditMaxChars = json.path("photoCreditMaxChars").asInt(400);
    }

    private static String alternation(JsonNode list) {
        return RuleResource.strings(list).stream().map(s -> "(?:" + s + ")").collect(Collectors.joining("|"));
    }

    boolean isHeadline(String line) {
        return line.length() <= headlineMaxChars && line.split("\\s+").length <= headlineMaxWords
                && !endsLikeSentence(line) && line.chars().anyMatch(Character::isLetter);
    }

    static boolean endsLikeSentence(String line) {
        String s = line.strip().replaceAll("[\"'”’»)\\]]+$", "");
        return s.endsWith(".") || s.endsWith(";") || s.endsWith(",");
    }
}
