package org.annalist.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code .annalist.json} format: explicit DTO records, a {@code version} field, input paths
 * relative to the project file's folder where possible. No default typing: the only polymorphic
 * type is the closed set of {@link EventCorrection} kinds.
 */
final class ProjectCodec {

    /** The format version this build writes and the newest it reads. */
    static final int VERSION = 1;

    /** The file as stored. */
    record Document(int version, String app, List<String> inputs, Corrections corrections, ViewState view) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ProjectCodec() {
    }

    static byte[] encode(Project p, Path file) throws JsonProcessingException {
        Path base = folderOf(file);
        List<String> inputs = p.inputs().stream().map(in -> relative(base, in)).toList();
        return JSON.writeValueAsBytes(new Document(VERSION, "Annalist", inputs, p.corrections(), p.view()));
    }

    static Project decode(byte[] bytes, Path file) throws ProjectException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new ProjectException(name + " is damaged: not valid JSON (" + firstLine(e) + ")", e);
        }
        if (root == null || !root.isObject() || !root.path("version").canConvertToInt()) {
            throw new ProjectException(name + " is not an Annalist project (no version field)");
        }
        int version = root.path("version").asInt();
        if (version > VERSION) {
            throw new ProjectException(name + " was saved by a newer Annalist (project format " + version
                    + "); this version opens formats up to " + VERSION + ". Please update Annalist.");
        }
        if (version < 1) {
            throw new ProjectException(name + " has an invalid project format version " + version);
        }
        Document doc;
        try {
            doc = JSON.treeToValue(root, Document.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new ProjectException(name + " is damaged: " + firstLine(e), e);
        }
        Path base = folderOf(file);
        List<Path> inputs = doc.inputs() == null ? List.of() : doc.inputs().stream().map(s -> base.resolve(s)).toList();
        return new Project(inputs, doc.corrections(), doc.view());
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** Relative, with '/' separators, when the input shares the project's root; else absolute. */
    private static String relative(Path base, Path input) {
        Path abs = input.toAbsolutePath().normalize();
        if (abs.getRoot() != null && abs.getRoot().equals(base.getRoot())) {
            String rel = base.relativize(abs).toString().replace('\\', '/');
            return rel.isEmpty() ? "." : rel;
        }
        return abs.toString();
    }

    private static String firstLine(Exception e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        m = m == null ? e.getClass().getSimpleName() : m;
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
