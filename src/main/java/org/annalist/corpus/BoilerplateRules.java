package org.annalist.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
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
    /** A line that opens the readers' comments ("The BBC may edit your comments", "12 comments"). */
    final Pattern commentCue;
    /** One reader comment: "August 1, 2012 at 10:56 pm | Reply ...". */
    final Pattern commentLine;
    /** A comment's own stamp, clear anywhere below the first line ("March 21, 2011 at 9:14 am |"). */
    final Pattern commentStamp;
    /** How far before such a stamp a cue line ("We want to hear from you") opens the section instead. */
    final int commentCueReach;
    /** A bare heading ("Comments", "Discussion (12)") that opens the comments when a comment stamp follows it. */
    final Pattern commentHeading;
    /** A social-media, short-URL or bare-time widget line ("... RETWEET ...", "Get short URL 1721"). */
    final Pattern widgetLine;
    /** How far from the top of the body the page-top furniture may reach. */
    final int pageTopWindow;
    /** An agency dateline from its optional place ("Tripoli, Libya (CNN) --"): the story starts there. */
    final Pattern agencyDateline;
    /** A byline opening the first line ("By A. Writer, CNN"), glued to a caption or the lead. */
    final Pattern byline;
    /** A transcript's notice ("THIS IS A RUSH TRANSCRIPT."): its line closes the transcript's header. */
    final Pattern transcriptNotice;
    /** A teaser of another post on a blog's index page ("... FULL POST"). */
    final Pattern otherPost;
    /** A gallery or video title glued onto the next sentence on its line: cue and title, up to the sentence's opener. */
    final Pattern gluedTitle;
    /** A blog host's question to readers ("Here's my question to you: ..."): readers' posts follow. */
    final Pattern hostPrompt;
    /** Text glued after an agency story's closing credit. */
    final ClosingCredit closingCredit;
    /** Photo captions closed by an agency credit, and "Photo:" caption lines. */
    final CaptionBlocks captions;
    /** Related headlines glued before a body sentence with no cue. */
    final GluedHeadlines gluedHeadlines;
    /** Viewers' and readers' e-mails read out on a live page. */
    final ViewerMail viewerMail;
    /** Programme schedules, sponsored items and runs of video captions. */
    final ListingLines listings;
    /** A reader's handle opening a comment ("CAL08 said, ...") or an editor's round-up of readers' comments. */
    final Pattern readerHandle;
    /** Stamp-less reader comments above a comment form. */
    final CommentForm commentForm;
    final int minHeadlines;
    final int headlineMaxChars;
    final int headlineMaxWords;
    final int leadMaxChars;
    final double minArticleShare;
    final int photoCreditMaxChars;
    private final List<String> photoCreditHints;

    static BoilerplateRules standard() {
        return STANDARD;
    }

    private BoilerplateRules(JsonNode json) {
        listCue = Pattern.compile("[\\s\\p{P}]*(?:" + alternation(json.path("listCues")) + ")[\\s:.»›>|\\-–—]*", FLAGS);
        inlineCue = Pattern.compile("(?:" + alternation(json.path("inlineCues")) + ")\\s*[:»›>|\\-–—]\\s*\\S.*", FLAGS);
        sharePrompt = Pattern.compile("(?:" + alternation(json.path("sharePrompts")) + ")[\\s:.!]*", FLAGS);
        photoCredit = Pattern.compile(alternation(json.path("photoCredits")), FLAGS);
        debrisLine = Pattern.compile(json.path("debrisLine").asText(), FLAGS);
        commentCue = Pattern.compile("[\\s\\p{P}]*(?:" + alternation(json.path("commentCues")) + ")[\\s:.!]*", FLAGS);
        commentLine = Pattern.compile(json.path("commentLine").asText(), FLAGS);
        commentStamp = Pattern.compile(json.path("commentStamp").asText(), FLAGS);
        commentCueReach = json.path("commentCueReach").asInt(3000);
        commentHeading = Pattern.compile(json.path("commentHeading").asText(), FLAGS);
        widgetLine = Pattern.compile(alternation(json.path("widgetLines")));
        JsonNode top = json.path("pageTop");
        pageTopWindow = top.path("windowChars").asInt(1500);
        agencyDateline = Pattern.compile(top.path("agencyDateline").asText());
        byline = Pattern.compile(top.path("byline").asText());
        transcriptNotice = Pattern.compile(alternation(top.path("transcriptNotices")), FLAGS);
        otherPost = Pattern.compile(alternation(json.path("otherPosts")));
        hostPrompt = Pattern.compile("[\\s\\p{P}]*(?:" + alternation(json.path("hostPrompts")) + ")", FLAGS);
        JsonNode glued = json.path("gluedTitle");
        gluedTitle = Pattern.compile("^\\s*(?:" + glued.path("cue").asText() + ")(?:[^\\s\"“]+\\s+){1,"
                + glued.path("maxTitleWords").asInt(12) + "}?(?=(?:" + alternation(glued.path("openers"))
                + ")\\s|[\"“])");
        closingCredit = new ClosingCredit(json.path("closingCredit"));
        captions = new CaptionBlocks(json.path("captions"));
        gluedHeadlines = new GluedHeadlines(json.path("gluedHeadlines"));
        viewerMail = new ViewerMail(json.path("viewerMail"));
        commentForm = new CommentForm(json.path("commentForm"));
        listings = new ListingLines(json.path("listings"));
        JsonNode handles = json.path("readerHandles");
        readerHandle = Pattern.compile("(?:" + handles.path("handle").asText() + ")|(?:"
                + handles.path("roundUp").asText() + ")");
        JsonNode run = json.path("listRun");
        minHeadlines = run.path("minHeadlines").asInt(2);
        headlineMaxChars = run.path("headlineMaxChars").asInt(160);
        headlineMaxWords = run.path("headlineMaxWords").asInt(22);
        leadMaxChars = run.path("leadMaxChars").asInt(700);
        minArticleShare = run.path("minArticleShare").asDouble(0.2);
        photoCreditMaxChars = json.path("photoCreditMaxChars").asInt(400);
        photoCreditHints = RuleResource.strings(json.path("photoCreditHints"));
    }

    private static String alternation(JsonNode list) {
        return RuleResource.strings(list).stream().map(s -> "(?:" + s + ")").collect(Collectors.joining("|"));
    }

    /** A photo caption or credit line; the hint words spare the costly patterns on ordinary lines. */
    boolean isPhotoCredit(String line) {
        if (line.length() > photoCreditMaxChars) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        return photoCreditHints.stream().anyMatch(lower::contains) && photoCredit.matcher(line).find();
    }

    boolean isHeadline(String line) {
        return line.length() <= headlineMaxChars && words(line) <= headlineMaxWords
                && !endsLikeSentence(line) && line.chars().anyMatch(Character::isLetter);
    }

    private static int words(String line) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    /** Ends with sentence punctuation, looking past closing quotes and brackets. */
    static boolean endsLikeSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && (Character.isWhitespace(line.charAt(i)) || "\"'”’»)]".indexOf(line.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && ".;,".indexOf(line.charAt(i)) >= 0;
    }
}
