package org.annalist.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.io.RegularFiles;
import org.annalist.io.UnreadableFileException;

/** Reads one input file of a known kind into its articles and problems. Never writes. */
final class FileLoader {

    /** What one file gave: articles in file order, problems, and notes on repairs. */
    record Result(List<Article> articles, List<LoadProblem> problems, List<LoadProblem> notes) {
        Result(List<Article> articles, List<LoadProblem> problems) {
            this(articles, problems, List.of());
        }

        Result noting(Path file, List<String> reasons) {
            if (reasons.isEmpty()) {
                return this;
            }
            return new Result(articles, problems, reasons.stream().map(r -> new LoadProblem(file, r)).toList());
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FileLoader.class);

    private final FileSizeLimit limit;
    private final TextDecoder decoder = new TextDecoder();
    private final PlainTextFormat plain;
    private final JsonFormat json;
    private final HtmlFormat html;
    private final Sidecar sidecar;
    private final ArticleAssembler assembler;
    private final ReadListener listener;

    FileLoader(FileSizeLimit limit) {
        this(limit, ReadListener.NONE);
    }

    FileLoader(FileSizeLimit limit, ReadListener listener) {
        this.limit = limit;
        this.listener = listener;
        BoilerplateRules boilerplate = BoilerplateRules.standard();
        DateFinder dates = new DateFinder(DateRules.standard());
        JsonFields fields = new JsonFields(dates);
        plain = new PlainTextFormat(boilerplate);
        json = new JsonFormat(fields, plain);
        html = new HtmlFormat(new HtmlMetadata(HtmlRules.standard(), dates), new HtmlText(HtmlRules.standard()), decoder);
        sidecar = new Sidecar(fields, decoder);
        assembler = new ArticleAssembler(new BoilerplateDetector(boilerplate), new TitleFinder(boilerplate),
                new PublicationDateResolver(dates));
    }

    /** @param base the article id ({@link ArticleIds}); {@code NAME#N} ids of JSON files build on it */
    Result load(Path file, String base) {
        InputKind kind = InputKind.of(file);
        List<String> notes = new ArrayList<>();
        try {
            byte[] bytes = readBytes(file);
            Result result = switch (kind) {
                case TEXT -> withSidecar(file, kind.baseName(file), plain.read(base, text(bytes, notes)));
                case HTML, HTM -> withSidecar(file, kind.baseName(file), html.read(base, bytes, notes));
                case JSON -> collect(file, json.readJson(base, text(bytes, notes)));
                case JSON_LINES -> collect(file, json.readJsonLines(base, text(bytes, notes)));
                default -> throw new BadInputException("not an article file");
            };
            return result.noting(file, notes);
        } catch (BadInputException e) {
            return new Result(List.of(), List.of(new LoadProblem(file, e.getMessage())));
        } catch (RuntimeException | StackOverflowError e) {
            // a reader bug must not stop the load: name the file, log the trace, go on
            LOG.info("internal error reading {}", org.annalist.io.PathText.escape(file), e);
            return new Result(List.of(), List.of(new LoadProblem(file, "could not be read (internal error "
                    + e.getClass().getSimpleName() + "; the log has the details)")));
        }
    }

    private String text(byte[] bytes, List<String> notes) throws BadInputException {
        TextDecoder.Decoded d = decoder.decode(bytes);
        if (d.note() != null) {
            notes.add(d.note());
        }
        return d.text();
    }

    private byte[] readBytes(Path file) throws BadInputException {
        try {
            return RegularFiles.read(file, limit.bytes(), size -> "file too large: " + RegularFiles.human(size)
                    + ", over the " + RegularFiles.human(limit.bytes()) + " limit (set -D" + FileSizeLimit.PROPERTY
                    + "=SIZE to change it)");
        } catch (UnreadableFileException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private Result withSidecar(Path file, String name, RawArticle raw) {
        Sidecar.Result side = sidecar.readFor(file, name);
        Article article = assembler.assemble(raw, file, side.meta());
        listener.assembled(article);
        return new Result(List.of(article), side.problems());
    }

    /** Below this many articles in one file a parallel assembly costs more than it saves. */
    private static final int PARALLEL_FROM = 16;

    private Result collect(Path file, JsonFormat.Result parsed) {
        // a JSON-lines corpus is often one or two big files: its articles (boilerplate, titles,
        // dates) are assembled in parallel, in file order, as separate files are
        List<RawArticle> raws = parsed.articles();
        listener.expecting(raws.size() - 1); // the file was counted as one
        List<Article> articles = (raws.size() >= PARALLEL_FROM ? raws.parallelStream() : raws.stream())
                .map(raw -> {
                    Article a = assembler.assemble(raw, file, null);
                    listener.assembled(a);
                    return a;
                }).toList();
        List<LoadProblem> problems = parsed.problems().stream().map(r -> new LoadProblem(file, r)).toList();
        return new Result(articles, problems);
    }
}
