package org.annalist.corpus;

import java.nio.file.Path;
import java.util.List;
import org.annalist.text.Span;

/** Settles a raw article: sidecar over file metadata, boilerplate ranges, title, publication date. */
final class ArticleAssembler {

    private final BoilerplateDetector boilerplate;
    private final TitleFinder titles;
    private final PublicationDateResolver dates;

    ArticleAssembler(BoilerplateDetector boilerplate, TitleFinder titles, PublicationDateResolver dates) {
        this.boilerplate = boilerplate;
        this.titles = titles;
        this.dates = dates;
    }

    Article assemble(RawArticle raw, Path path, ArticleMeta sidecar) {
        ArticleMeta meta = raw.meta().overriddenBy(sidecar);
        String text = raw.text();
        List<ExcludedRange> excluded = boilerplate.detect(text, raw.bodyStart());
        // the headline and the date stamp above a dateline are furniture for events, yet still name and date the page
        List<ExcludedRange> notMeta = excluded.stream()
                .filter(r -> !PageTop.READ_FOR_METADATA.contains(r.reason())).toList();
        String title = meta.title() != null ? meta.title()
                : titles.headline(text, raw.bodyStart(), notMeta).or(() -> titles.fromUrl(meta.url())).orElse("");
        List<Span> skip = notMeta.stream().map(ExcludedRange::span).toList();
        List<Span> comments = excluded.stream().filter(r -> r.reason().startsWith(BoilerplateDetector.COMMENTS))
                .map(ExcludedRange::span).toList();
        PublicationDate published = dates.resolve(
                new PublicationDateResolver.Evidence(meta.published(), meta.url(), text, raw.bodyStart(), skip, comments));
        return new Article(raw.id(), path, title, meta.url(), meta.outlet(), published, text, excluded);
    }
}
