package org.annalist.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annalist.text.Span;

/**
 * The publication-date chain: metadata, then a date in the URL, then a dateline, date stamp or
 * byline at the top of the text, then an estimate from the dates the text mentions, else none.
 * Never the file's time stamp.
 */
final class PublicationDateResolver {

    /** A comment stamp's clock time after its date: "March 21, 2011 at 9:14 am", "2011 08:24 am". */
    private static final java.util.regex.Pattern CLOCK_AFTER = java.util.regex.Pattern.compile(
            ",?\\s+(?:at\\s+)?\\d{1,2}:\\d\\d\\s*[ap]\\.?m\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** What the resolver looks at; {@code metadata} is null when no metadata gave a date. */
    record Evidence(PublicationDate metadata, String url, String text, int bodyStart, List<Span> excluded,
            List<Span> comments) {
        Evidence(PublicationDate metadata, String url, String text, int bodyStart, List<Span> excluded) {
            this(metadata, url, text, bodyStart, excluded, List.of());
        }
    }

    private final DateFinder finder;

    PublicationDateResolver(DateFinder finder) {
        this.finder = finder;
    }

    PublicationDate resolve(Evidence e) {
        if (e.metadata() != null) {
            return e.metadata();
        }
        Optional<DateFinder.Found> inUrl = finder.inUrl(e.url());
        if (inUrl.isPresent()) {
            return new PublicationDate(inUrl.get().date(), DateSource.URL, "date in the URL " + inUrl.get().text());
        }
        Optional<DateFinder.Dateline> dateline = finder.dateline(e.text(), e.bodyStart());
        if (dateline.isPresent() && dateline.get().date() != null) {
            return new PublicationDate(dateline.get().date(), DateSource.DATELINE, "dateline '" + dateline.get().text() + "'");
        }
        Optional<DateFinder.Found> stamp = finder.topStamp(e.text(), e.bodyStart(), e.excluded());
        if (stamp.isPresent()) {
            return stamped(stamp.get(), "date stamp", "", e);
        }
        Optional<DateFinder.Found> byline = finder.byline(e.text(), e.excluded(), false);
        if (byline.isPresent()) {
            return stamped(byline.get(), "byline", "", e);
        }
        Optional<DateFinder.Found> updated = finder.byline(e.text(), e.excluded(), true);
        if (updated.isPresent()) {
            return stamped(updated.get(), "byline", " (a last update: the first publication may be earlier)", e);
        }
        String why = "";
        if (dateline.isPresent()) {
            Optional<PublicationDate> withYear = datelineWithYearFromText(dateline.get(), e);
            if (withYear.isPresent()) {
                return withYear.get();
            }
            why = "; the dateline '" + dateline.get().text() + "' gives no year and the text names none";
        }
        return latestMentioned(e).or(() -> earliestComment(e)).orElse(PublicationDate.none(
                "nothing found: no date in metadata, URL, dateline, byline or text" + why + "; set it by hand"));
    }

    /**
     * A stamp's date; a numeric one whose parts could both be the month takes the reading that
     * agrees with the dates the text mentions (the one on or soonest after the latest of them).
     */
    private PublicationDate stamped(DateFinder.Found found, String kind, String suffix, Evidence e) {
        LocalDate date = found.date();
        String order = found.order();
        if (found.alternative() != null) {
            Optional<DateFinder.Found> latest = latestPast(e);
            if (latest.isPresent()) {
                LocalDate l = latest.get().date();
                LocalDate a = found.alternative();
                boolean altAgrees = !a.isBefore(l) && (date.isBefore(l) || a.isBefore(date));
                if (altAgrees) {
                    date = a;
                }
                boolean dayFirst = order.startsWith("day first") != altAgrees;
                order = (dayFirst ? "day first" : "month first") + ": no part is over 12; this reading agrees with the latest date the text mentions, "
                        + HUMAN.format(l);
            }
        }
        String note = kind + " '" + found.text() + "'" + (order.isEmpty() ? "" : " (" + order + ")") + suffix;
        return new PublicationDate(date, DateSource.DATELINE, note);
    }

    /** A dateline without a year takes the latest year the text writes out; a guess, so it is marked inferred. */
    private Optional<PublicationDate> datelineWithYearFromText(DateFinder.Dateline dateline, Evidence e) {
        return finder.latestYear(e.text(), e.excluded()).map(year -> {
            LocalDate d = finder.datelineIn(dateline, year);
            return d == null ? null : new PublicationDate(d, DateSource.INFERRED, "estimated: dateline '"
                    + dateline.text() + "' has no year; " + year + " is the latest year the text mentions");
        });
    }

    /** The latest full date the text mentions that is not in the future and not a deadline or plan. */
    private Optional<DateFinder.Found> latestPast(Evidence e) {
        LocalDate today = LocalDate.now();
        return finder.fullDates(e.text(), e.excluded()).stream()
                .filter(f -> !f.date().isAfter(today) && !finder.isDeadline(e.text(), f.span()))
                .max(Comparator.comparing(DateFinder.Found::date));
    }

    /**
     * A page that is mostly its readers' comments (the comments open near the top, where a date stamp
     * would stand) and has no other date: a comment comes after the article, so the earliest comment
     * stamp (a date with its clock time) bounds the publication from above and is most often its day.
     */
    private Optional<PublicationDate> earliestComment(Evidence e) {
        int top = e.bodyStart() + finder.topWindow();
        List<Span> near = e.comments().stream().filter(c -> c.start() <= top).toList();
        if (near.isEmpty()) {
            return Optional.empty();
        }
        List<Span> others = e.excluded().stream().filter(s -> !near.contains(s)).toList();
        LocalDate today = LocalDate.now();
        return finder.fullDates(e.text(), others).stream()
                .filter(f -> !f.date().isAfter(today) && near.stream().anyMatch(c -> c.contains(f.span()))
                        && CLOCK_AFTER.matcher(e.text()).region(f.span().end(), Math.min(e.text().length(),
                                f.span().end() + 20)).lookingAt())
                .min(Comparator.comparing(DateFinder.Found::date))
                .map(f -> new PublicationDate(f.date(), DateSource.INFERRED, "estimated: the earliest reader comment is dated "
                        + HUMAN.format(f.date()) + " ('" + f.text() + "'); the article is from that day or before"));
    }

    private Optional<PublicationDate> latestMentioned(Evidence e) {
        return latestPast(e).map(f -> new PublicationDate(f.date(), DateSource.INFERRED,
                "estimated: the latest full date the text mentions is " + HUMAN.format(f.date()) + " ('" + f.text() + "')"));
    }
}
