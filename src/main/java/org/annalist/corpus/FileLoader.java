package org.annalist.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.io.RegularFiles;
import org.annalist.io.UnreadableFileException;

/** Reads one input file of a known kind into its articles and problems. Never writes. */
final class FileLoader {

    /** What one file gave: articles in file order, and problems. */
    record Result(List<Article> articles, List<LoadProblem> problems) {
    }

    private final FileSizeLimit limit;
    private final TextDecoder decoder = new TextDecoder();
    private final PlainTextFormat plain;
    private final JsonFormat json;
    private final HtmlFormat html;
    private final Sidecar sidecar;
    private final ArticleAssembler assembler;

    FileLoader(FileSizeLimit limit) {
        this.limit = limit;
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

    Result load(Path file) {
        InputKind kind = InputKind.of(file);
        String base = kind.baseName(file);
        try {
            byte[] bytes = readBytes(file);
            return switch (kind) {
                case TEXT -> withSidecar(file, base, plain.read(base, decoder.decode(bytes).text()));
                case HTML, HTM -> withSidecar(file, base, html.read(base, bytes));
                case JSON -> collect(file, json.readJson(base, decoder.decode(bytes).text()));
                case JSON_LINES -> collect(file, json.readJsonLines(base, decoder.decode(bytes).text()));
                default -> throw new BadInputException("not an article file");
            };
        } catch (BadInputException e) {
            return new Result(List.of(), List.of(new LoadProblem(file, e.getMessage())));
        } catch (RuntimeException e) {
            // a reader bug must not stop the load: name the file and go on
            return new Result(List.of(), List.of(new LoadProblem(file, "could not be read (internal error: " + e + ")")));
        }
    }

    private byte[] readBytes(Path file) throws BadInputException {
        try {
            return RegularFiles.read(file, limit.bytes(), size -> "file too large: " + FileSizeLimit.human(size)
                    + ", over the " + FileSizeLimit.human(limit.bytes()) + " limit (set -D" + FileSizeLimit.PROPERTY
                    + "=SIZE to change it)");
        } catch (UnreadableFileException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private Result withSidecar(Path file, String base, RawArticle raw) {
        Sidecar.Result side = sidecar.readFor(file, base);
        return new Result(List.of(assembler.assemble(raw, file, side.meta())), side.problems());
    }

    private Result collect(Path file, JsonFormat.Result parsed) {
        List<Article> articles = new ArrayList<>();
        for (RawArticle raw : parsed.articles()) {
            articles.add(assembler.assemble(raw, file, null));
        }
        List<LoadProblem> problems = parsed.problems().stream().map(r -> new LoadProblem(file, r)).toList();
        return new Result(articles, problems);
    }
}
