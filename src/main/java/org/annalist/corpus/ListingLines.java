package org.annalist.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.annalist.text.Span;

/**
 * Lines that list other items of a news site rather than tell the story: a live stream's programme
 * schedule ("9:30 am ET - Senate hearing on Iraq - The Senate ... holds a hearing"), its promo line,
 * sponsored items, and runs of video captions ("clashes continue between protesters and police.").
 */
final class ListingLines {

    static final String SCHEDULE = "boilerplate: a live stream's programme schedule";
    static final String SPONSORED = "boilerplate: advertising or sponsored item";
    static final String VIDEOS = "boilerplate: a run of video captions";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final Pattern schedule;
    private final HintedPatterns sponsored;
    private final Pattern quoteOrAttribution;
    private final int captionMaxWords;
    private final int minRun;
    private final int minLowercase;
    /** A video box's cue, length or credit ("Video: ...", "(2:15)", "... (Reuters)."), left out before the caption tests. */
    private final Pattern boxMark;
    /** A finite past or auxiliary verb: a caption written as a headline has none. */
    private final Pattern headlineVerb;
    private final int minHeadlineRun;

    /** The {@code listings} object of {@code boilerplate.json}. */
    record Rules(String schedule, List<String> sponsored, List<String> sponsoredHints, VideoCaptions videoCaptions) {
    }

    /** Its {@code videoCaptions} object. */
    record VideoCaptions(String notCaption, int maxWords, int minRun, int minLowercase, String boxMark,
                         String headlineVerb, int minHeadlineRun) {
    }

    ListingLines(Rules json) {
        schedule = RuleResource.pattern("listings.schedule", json.schedule());
        sponsored = new HintedPatterns("listings.sponsored", json.sponsored(), json.sponsoredHints(), Pattern.CASE_INSENSITIVE);
        VideoCaptions videos = json.videoCaptions();
        quoteOrAttribution = RuleResource.pattern("listings.videoCaptions.notCaption", videos.notCaption());
        captionMaxWords = videos.maxWords();
        minRun = videos.minRun();
        minLowercase = videos.minLowercase();
        boxMark = RuleResource.pattern("listings.videoCaptions.boxMark", videos.boxMark());
        headlineVerb = RuleResource.pattern("listings.videoCaptions.headlineVerb", videos.headlineVerb(),
                Pattern.CASE_INSENSITIVE);
        minHeadlineRun = videos.minHeadlineRun();
    }

    List<ExcludedRange> find(List<TextBlocks.Block> lines) {
        List<ExcludedRange> out = new ArrayList<>();
        for (TextBlocks.Block line : lines) {
            if (schedule.matcher(line.text()).lookingAt()) {
                out.add(new ExcludedRange(line.span(), SCHEDULE));
            } else if (line.text().length() <= 600 && sponsored.find(line.text())) {
                out.add(new ExcludedRange(line.span(), SPONSORED));
            }
        }
        List<ExcludedRange> captions = captionRuns(lines);
        out.addAll(captions);
        out.addAll(headlineRuns(lines, captions));
        return out;
    }

    /**
     * Runs of one-sentence caption lines, some opening in lowercase as video boxes' captions do; a quote
     * never is one. The range runs from the first lowercase line to the last, so story lines of the same
     * shape before or after the captions stay.
     */
    private List<ExcludedRange> captionRuns(List<TextBlocks.Block> lines) {
        List<ExcludedRange> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            int first = -1;
            int last = -1;
            int lowercase = 0;
            while (j < lines.size() && isCaption(lines.get(j).text())) {
                if (Character.isLowerCase(lines.get(j).text().strip().charAt(0))) {
                    lowercase++;
                    first = first < 0 ? j : first;
                    last = j;
                }
                j++;
            }
            if (lowercase >= minLowercase && last - first + 1 >= minRun) {
                out.add(new ExcludedRange(new Span(lines.get(first).span().start(), lines.get(last).span().end()), VIDEOS));
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /**
     * Runs of captions written as headlines, most opening in capitals ("Protesters clash with police in
     * Tahrir Square."), with at least one mark of a video box (a lowercase start, "Video:", a length, an
     * agency credit); a line in the past tense or with an auxiliary ends the run, so story lines stay.
     */
    private List<ExcludedRange> headlineRuns(List<TextBlocks.Block> lines, List<ExcludedRange> found) {
        List<ExcludedRange> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            boolean marked = false;
            while (j < lines.size()) {
                String text = lines.get(j).text();
                String bare = withoutBoxMarks(text);
                if (!isHeadlineCaption(bare, bare.length() < text.length())) {
                    break;
                }
                marked |= bare.length() < text.length() || Character.isLowerCase(bare.strip().charAt(0));
                j++;
            }
            if (marked && j - i >= minHeadlineRun) {
                Span span = new Span(lines.get(i).span().start(), lines.get(j - 1).span().end());
                if (found.stream().noneMatch(r -> r.span().start() < span.end() && r.span().end() > span.start())) {
                    out.add(new ExcludedRange(span, VIDEOS));
                }
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    private String withoutBoxMarks(String line) {
        // the cheap test first: a box mark holds a colon or a bracket
        return line.indexOf(':') < 0 && line.indexOf('(') < 0 ? line : boxMark.matcher(line).replaceAll("");
    }

    private boolean isHeadlineCaption(String line, boolean marked) {
        String s = line.strip();
        if (s.isEmpty() || !(marked || s.endsWith(".")) || !isShortSentence(s)) {
            return false;
        }
        return !quoteOrAttribution.matcher(s).find() && !headlineVerb.matcher(s).find();
    }

    private boolean isCaption(String line) {
        String s = line.strip();
        // the cheap tests first: this runs on every line of every page, the pattern last
        if (s.isEmpty() || !s.endsWith(".") || !isShortSentence(s)) {
            return false;
        }
        return !quoteOrAttribution.matcher(s).find();
    }

    /** One sentence of at most {@code captionMaxWords} words, as captions are. */
    private boolean isShortSentence(String s) {
        // a compiled splitter: String.split("\\s+") compiles its pattern on every line of every page
        return !s.contains(". ") && SPACES.split(s).length <= captionMaxWords;
    }
}
