package org.annalist.corpus;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The page-furniture rules of {@code boilerplate.json}, compiled once. */
final class BoilerplateRules {

    private static final BoilerplateRules STANDARD = new BoilerplateRules(
            RuleResource.bind("boilerplate.json", BoilerplateFile.class));
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    final Pattern listCue;
    /** A sentence that names a list of other stories ("The five most popular stories on CNN.com ..."): opens a run anywhere. */
    final Pattern listHeading;
    /** The same heading with the list's first item on its line ("... according to NewsPulse: Headline: lead"). */
    final Pattern gluedListHeading;
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
    final HintedPatterns widgetLine;
    /** How far from the top of the body the page-top furniture may reach. */
    final int pageTopWindow;
    /** An agency dateline from its optional place ("Tripoli, Libya (CNN) --"): the story starts there. */
    final Pattern agencyDateline;
    /** A byline opening the first line ("By A. Writer, CNN"), glued to a caption or the lead. */
    final Pattern byline;
    /** A transcript's notice ("THIS IS A RUSH TRANSCRIPT."): its line closes the transcript's header. */
    final Pattern transcriptNotice;
    /** A teaser of another post on a blog's index page ("... FULL POST"). */
    final HintedPatterns otherPost;
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
    /** The file's example pages, for the test that checks them. */
    final List<BoilerplateFile.Example> examples;

    static BoilerplateRules standard() {
        return STANDARD;
    }

    private BoilerplateRules(BoilerplateFile json) {
        examples = json.examples();
        listCue = RuleResource.pattern("listCues", "[\\s\\p{P}]*(?:" + alternation(json.listCues()) + ")[\\s:.»›>|\\-–—]*", FLAGS);
        inlineCue = RuleResource.pattern("inlineCues", "(?:" + alternation(json.inlineCues()) + ")\\s*[:»›>|\\-–—]\\s*\\S.*", FLAGS);
        sharePrompt = RuleResource.pattern("sharePrompts", "(?:" + alternation(json.sharePrompts()) + ")[\\s:.!]*", FLAGS);
        photoCredit = RuleResource.pattern("photoCredits", alternation(json.photoCredits()), FLAGS);
        debrisLine = RuleResource.pattern("debrisLine", json.debrisLine(), FLAGS);
        commentCue = RuleResource.pattern("commentCues", "[\\s\\p{P}]*(?:" + alternation(json.commentCues()) + ")[\\s:.!]*", FLAGS);
        commentLine = RuleResource.pattern("commentLine", json.commentLine(), FLAGS);
        commentStamp = RuleResource.pattern("commentStamp", json.commentStamp(), FLAGS);
        commentCueReach = json.commentCueReach();
        commentHeading = RuleResource.pattern("commentHeading", json.commentHeading(), FLAGS);
        widgetLine = new HintedPatterns("widgetLines", json.widgetLines(), json.widgetHints(), 0);
        BoilerplateFile.PageTopRules top = json.pageTop();
        pageTopWindow = top.windowChars();
        agencyDateline = RuleResource.pattern("pageTop.agencyDateline", top.agencyDateline());
        byline = RuleResource.pattern("pageTop.byline", top.byline());
        transcriptNotice = RuleResource.pattern("pageTop.transcriptNotices", alternation(top.transcriptNotices()), FLAGS);
        otherPost = new HintedPatterns("otherPosts", json.otherPosts(), json.otherPostHints(), 0);
        hostPrompt = RuleResource.pattern("hostPrompts", "[\\s\\p{P}]*(?:" + alternation(json.hostPrompts()) + ")", FLAGS);
        BoilerplateFile.GluedTitle glued = json.gluedTitle();
        gluedTitle = RuleResource.pattern("gluedTitle", "^\\s*(?:" + glued.cue() + ")(?:[^\\s\"“]+\\s+){1,"
                + glued.maxTitleWords() + "}?(?=(?:" + alternation(glued.openers()) + ")\\s|[\"“])");
        closingCredit = new ClosingCredit(json.closingCredit());
        captions = new CaptionBlocks(json.captions());
        gluedHeadlines = new GluedHeadlines(json.gluedHeadlines());
        viewerMail = new ViewerMail(json.viewerMail());
        commentForm = new CommentForm(json.commentForm());
        listings = new ListingLines(json.listings());
        BoilerplateFile.ReaderHandles handles = json.readerHandles();
        readerHandle = RuleResource.pattern("readerHandles", "(?:" + handles.handle() + ")|(?:" + handles.roundUp() + ")");
        BoilerplateFile.ListRun run = json.listRun();
        minHeadlines = run.minHeadlines();
        headlineMaxChars = run.headlineMaxChars();
        headlineMaxWords = run.headlineMaxWords();
        leadMaxChars = run.leadMaxChars();
        minArticleShare = run.minArticleShare();
        listHeading = RuleResource.pattern("listRun.headings", "(?:" + alternation(run.headings()) + ")[\\s:.]*", FLAGS);
        gluedListHeading = RuleResource.pattern("listRun.headings", "(?:" + alternation(run.headings()) + "):\\s+", FLAGS);
        photoCreditMaxChars = json.photoCreditMaxChars();
        photoCreditHints = List.copyOf(json.photoCreditHints());
    }

    private static String alternation(List<String> list) {
        return list.stream().map(s -> "(?:" + s + ")").collect(Collectors.joining("|"));
    }

    /** A photo caption or credit line; the hint words spare the costly patterns on ordinary lines. */
    boolean isPhotoCredit(String line) {
        if (line.length() > photoCreditMaxChars) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        return photoCreditHints.stream().anyMatch(lower::contains) && photoCredit.matcher(line).find();
    }

    /** A teaser item of a headed list: "Headline: its lead sentence", the headline short and the lead no longer than a lead. */
    /**
     * How many of its list's items a heading line holds: -1 if it is no heading of a list of stories, 0 for the
     * heading alone, 1 when the first item follows it after a colon.
     */
    int headedListItems(String line) {
        if (line.length() <= headlineMaxChars && listHeading.matcher(line).matches()) {
            return 0;
        }
        Matcher glued = gluedListHeading.matcher(line);
        return glued.lookingAt() && isTitledLead(line.substring(glued.end())) ? 1 : -1;
    }

    boolean isTitledLead(String line) {
        int colon = line.indexOf(": ");
        return colon > 0 && isHeadline(line.substring(0, colon)) && line.length() - colon <= leadMaxChars;
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
