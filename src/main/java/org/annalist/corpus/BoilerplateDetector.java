package org.annalist.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.annalist.text.Span;

/**
 * Finds page furniture in an article's text by general rules: a cue heading ("Related", "Latest
 * news", ...) followed by a run of headline-and-lead lines that are not the article; share prompts;
 * photo captions and credits; bare page counters; links to other stories; reader comments; and what
 * text dumps glue into the story (text after a closing credit, related headlines, viewers' e-mails).
 */
final class BoilerplateDetector {

    private static final int COMMENT_STAMP_MIN_OFFSET = 1000;
    /** The reason of a reader-comment range starts with this. */
    static final String COMMENTS = "boilerplate: reader comments";
    private final BoilerplateRules rules;
    private final PageTop pageTop;

    BoilerplateDetector(BoilerplateRules rules) {
        this.rules = rules;
        this.pageTop = new PageTop(rules);
    }

    List<ExcludedRange> detect(String text, int bodyStart) {
        List<ExcludedRange> out = new ArrayList<>();
        if (bodyStart > 0) {
            out.add(new ExcludedRange(new Span(0, bodyStart), "boilerplate: source URL and page debris before the article"));
        }
        List<TextBlocks.Block> lines = TextBlocks.lines(text).stream()
                .filter(l -> l.span().start() >= bodyStart).toList();
        Optional<ExcludedRange> top = pageTop.find(text, lines);
        top.ifPresent(out::add);
        int stamped = firstOf(firstOf(commentsByStamp(lines, text.length()),
                rules.commentForm.start(lines, text.length(), rules.minArticleShare)),
                rules.commentForm.rantStart(lines, text.length(), rules.minArticleShare));
        List<ExcludedRange> lineSets = new ArrayList<>(rules.captions.find(lines));
        lineSets.addAll(rules.viewerMail.find(lines));
        lineSets.addAll(rules.listings.find(lines));
        lineSets.addAll(readerHandlesEarly(lines, text.length()));
        int opener = firstOf(stamped, cueBlock(lines, text.length()));
        int commentsFrom = opener < 0 ? text.length() : afterPostCaption(lines, text, lineSets, opener);
        boolean[] covered = wholeLinesIn(lineSets, lines);
        for (int i = 0; i < lines.size(); i++) {
            TextBlocks.Block line = lines.get(i);
            if (i == opener || line.span().end() > commentsFrom) {
                int from = Math.max(line.span().start(), commentsFrom);
                while (Character.isWhitespace(text.charAt(from))) {
                    from++; // the comments after a caption's credit on the same line
                }
                out.add(new ExcludedRange(new Span(from, text.length()),
                        COMMENTS + " from '" + shorten(text.substring(from, line.span().end())) + "'"));
                break;
            }
            if (covered[i]) {
                continue; // a whole caption or e-mail line: one reason is enough
            }
            Optional<ExcludedRange> afterCredit = rules.closingCredit.after(line, text, rules.commentCue);
            if (afterCredit.isPresent()) {
                out.add(afterCredit.get());
                if (afterCredit.get().span().end() == text.length()) {
                    break;
                }
                continue;
            }
            int runEnd = headlineRunAfterCue(lines, i, text.length());
            if (runEnd > i) {
                int end = lines.get(runEnd).span().end();
                if (text.substring(end).isBlank()) {
                    end = text.length();
                }
                out.add(new ExcludedRange(new Span(line.span().start(), end),
                        "boilerplate: other headlines under '" + line.text() + "'"));
                i = runEnd;
            } else {
                Optional<String> reason = lineReason(line.text());
                reason.ifPresent(r -> out.add(new ExcludedRange(line.span(), r)));
                if (reason.isEmpty()) {
                    gluedTitle(line).or(() -> rules.gluedHeadlines.find(line)
                                    .filter(r -> !insideTop(top, r, text)))
                            .ifPresent(out::add);
                }
            }
        }
        // captions and e-mails inside the comments are the comments' already
        int end = out.stream().filter(r -> r.reason().startsWith(COMMENTS)).mapToInt(r -> r.span().start())
                .min().orElse(text.length());
        lineSets.stream().filter(r -> r.span().start() < end).forEach(out::add);
        out.sort(Comparator.comparing(ExcludedRange::span));
        return out;
    }

    /**
     * The line that opens a comment section found by a comment's own stamp ("March 21, 2011 at 9:14 am |")
     * below the first line: a cue line ("We want to hear from you", "Post a comment") shortly before
     * the stamp, else the first of the readers' lines just above the stamp, else the stamp's line; -1 when
     * no line carries such a stamp.
     */
    private int commentsByStamp(List<TextBlocks.Block> lines, int textLength) {
        for (int i = 1; i < lines.size(); i++) {
            TextBlocks.Block line = lines.get(i);
            if (line.text().length() <= 5000 && (rules.commentStamp.matcher(line.text()).find()
                    || isLate(line, textLength) && rules.readerHandle.matcher(line.text()).lookingAt())) {
                for (int j = i - 1; j >= 1 && line.span().start() - lines.get(j).span().start() <= rules.commentCueReach; j--) {
                    String cue = lines.get(j).text();
                    if (cue.length() <= 80 && (rules.commentCue.matcher(cue).matches()
                            || rules.commentHeading.matcher(cue).matches())) {
                        return j;
                    }
                }
                // no cue line: the first stamped comment may follow comments whose stamps the page lost
                return rules.commentForm.readersAbove(lines, i, textLength, rules.minArticleShare, true);
            }
        }
        return -1;
    }

    /**
     * Where the comments opened at line {@code opener} really start: right after a blog post's closing photo
     * caption (the last caption range below the first line and above the opener) when the text between is in
     * readers' voice; else at the opener's line.
     */
    private int afterPostCaption(List<TextBlocks.Block> lines, String text, List<ExcludedRange> lineSets, int opener) {
        int openerStart = lines.get(opener).span().start();
        int firstLineEnd = lines.get(0).span().end();
        int end = lineSets.stream()
                .filter(r -> r.reason().equals(CaptionBlocks.CAPTION) && r.span().start() >= firstLineEnd
                        && r.span().end() < openerStart)
                .mapToInt(r -> r.span().end()).max().orElse(openerStart);
        return end < openerStart && !text.substring(end, openerStart).isBlank()
                && rules.commentForm.readersAfterCaption(lines, text, end, opener, !isCommentMarker(lines.get(opener).text()))
                ? end : openerStart;
    }

    /** A cue, heading or stamp that opens comments ("The BBC may edit your comments"): no reader's own line. */
    private boolean isCommentMarker(String line) {
        return rules.commentCue.matcher(line).matches() || rules.commentHeading.matcher(line).matches()
                || rules.commentStamp.matcher(line).find() || rules.commentLine.matcher(line).find()
                || rules.hostPrompt.matcher(line).lookingAt();
    }

    /** The first line of the comment block opened by a cue line or a comment's own line, with the readers' lines above it; -1 if none. */
    private int cueBlock(List<TextBlocks.Block> lines, int textLength) {
        for (int i = 0; i < lines.size(); i++) {
            if (opensComments(lines.get(i), textLength) || opensEarlyComments(lines, i)) {
                return rules.commentForm.readersAbove(lines, i, textLength, rules.minArticleShare);
            }
        }
        return -1;
    }

    private boolean isLate(TextBlocks.Block line, int textLength) {
        return line.span().start() >= textLength * rules.minArticleShare;
    }

    /** A reader's handle line ("CAL08 said, ...") too early to open the comments is a comment of its own. */
    private List<ExcludedRange> readerHandlesEarly(List<TextBlocks.Block> lines, int textLength) {
        return lines.stream().skip(1).filter(l -> !isLate(l, textLength))
                .filter(l -> rules.readerHandle.matcher(l.text()).lookingAt())
                .map(l -> new ExcludedRange(l.span(), COMMENTS + ": a reader's handle or a round-up of comments")).toList();
    }

    /** Reader comments run to the end of the page; only after a share of the article, so a story about comments keeps its text. */
    private boolean opensComments(TextBlocks.Block line, int textLength) {
        // a comment's own stamp ("April 10, 2011 at 2:55 am | ...") is clear anywhere below the lead; a cue line only late
        return line.span().start() >= textLength * rules.minArticleShare
                && line.text().length() <= 80 && rules.commentCue.matcher(line.text()).matches()
                || line.span().start() >= COMMENT_STAMP_MIN_OFFSET && line.text().length() <= 5000
                && rules.commentLine.matcher(line.text()).find()
                || line.span().start() > 0 && rules.hostPrompt.matcher(line.text()).lookingAt();
    }

    /** Which lines lie wholly inside one of {@code ranges}: marked range by range (lines are in order), not tested pair by pair. */
    private static boolean[] wholeLinesIn(List<ExcludedRange> ranges, List<TextBlocks.Block> lines) {
        boolean[] covered = new boolean[lines.size()];
        for (ExcludedRange r : ranges) {
            int lo = 0;
            int hi = lines.size();
            while (lo < hi) { // the first line starting at or after the range's start
                int mid = (lo + hi) >>> 1;
                if (lines.get(mid).span().start() < r.span().start()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = lo; i < lines.size() && lines.get(i).span().end() <= r.span().end(); i++) {
                covered[i] = true;
            }
        }
        return covered;
    }

    /**
     * A cue line in the first fifth of a page ("Post a comment" under a short story) opens the comments only
     * when readers' lines follow it (a block of them, by the comment form's voice and gap rules): a story that
     * mentions comments early keeps its text.
     */
    private boolean opensEarlyComments(List<TextBlocks.Block> lines, int i) {
        TextBlocks.Block line = lines.get(i);
        return i > 0 && line.text().length() <= 80 && rules.commentCue.matcher(line.text()).matches()
                && rules.commentForm.readersBelow(lines, i);
    }

    /** A glued run that adds nothing to the page top's range ("By the CNN Wire Staff" and its space): the top's already. */
    private static boolean insideTop(Optional<ExcludedRange> top, ExcludedRange r, String text) {
        return top.isPresent() && top.get().span().start() <= r.span().start()
                && top.get().span().end() >= r.span().start() + r.span().of(text).stripTrailing().length();
    }

    /** The smaller of two line indexes, -1 meaning none. */
    private static int firstOf(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    /** The index of the last line of a headline list opened by the cue at {@code cue}, or -1. */
    private int headlineRunAfterCue(List<TextBlocks.Block> lines, int cue, int textLength) {
        TextBlocks.Block first = lines.get(cue);
        // A heading sentence that says it lists other stories is evidence enough anywhere on the page, and its
        // items may carry their lead on the same line ("Headline: lead").
        int itemsInHeading = rules.headedListItems(first.text());
        boolean headed = itemsInHeading >= 0;
        if (!headed && (first.text().length() > 60 || !rules.listCue.matcher(first.text()).matches()
                || first.span().start() < textLength * rules.minArticleShare)) {
            return -1;
        }
        int headlines = Math.max(0, itemsInHeading);
        int last = -1;
        boolean previousWasHeadline = false;
        for (int j = cue + 1; j < lines.size(); j++) {
            String s = lines.get(j).text();
            if (rules.isHeadline(s)) {
                headlines++;
                previousWasHeadline = true;
            } else if (headed && rules.isTitledLead(s)) {
                headlines++; // the item carries its own lead: the next line is no lead of it
                previousWasHeadline = false;
            } else if (headed && s.length() <= rules.leadMaxChars && j + 1 < lines.size()
                    && rules.isTitledLead(lines.get(j + 1).text())) {
                previousWasHeadline = false; // an item's lead that runs onto a second line, with items after it
            } else if (previousWasHeadline && s.length() <= rules.leadMaxChars) {
                previousWasHeadline = false;
            } else {
                break;
            }
            last = j;
        }
        return headlines >= rules.minHeadlines ? last : -1;
    }

    /** A gallery or video title glued onto the sentence after it: only the cue and the title, the sentence stays. */
    private Optional<ExcludedRange> gluedTitle(TextBlocks.Block line) {
        Matcher m = rules.gluedTitle.matcher(line.text());
        if (!m.find()) {
            return Optional.empty();
        }
        int start = line.span().start();
        return Optional.of(new ExcludedRange(new Span(start, start + m.end()),
                "boilerplate: gallery or video title glued to the text"));
    }

    private Optional<String> lineReason(String line) {
        if (line.length() <= rules.headlineMaxChars + 20 && rules.inlineCue.matcher(line).matches()
                && rules.isHeadline(line)) {
            return Optional.of("boilerplate: link to another story");
        }
        if (line.length() <= 100 && rules.sharePrompt.matcher(line).matches()) {
            return Optional.of("boilerplate: share prompt or page furniture");
        }
        if (rules.isPhotoCredit(line)) {
            return Optional.of("boilerplate: photo caption or credit");
        }
        if (rules.otherPost.find(line)) {
            return Optional.of("boilerplate: teaser of another post");
        }
        if (rules.widgetLine.find(line)) {
            return Optional.of("boilerplate: social media, short URL or time stamp widget");
        }
        if (rules.debrisLine.matcher(line).matches()) {
            return Optional.of("boilerplate: page counter");
        }
        return Optional.empty();
    }
}
