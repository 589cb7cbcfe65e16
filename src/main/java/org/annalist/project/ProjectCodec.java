package org.annalist.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.annalist.io.PathText;
import org.annalist.io.StrictJson;

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

    private static final ObjectMapper JSON = StrictJson.builder()
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
        String name = PathText.escape(file.getFileName() == null ? file.toString() : file.getFileName().toString());
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ProjectException(name + " is damaged: not valid JSON ("
                    + StrictJson.describe(e, 0).replaceFirst("^invalid JSON ?:? ?", "") + ")", e);
        } catch (IOException e) {
            throw new ProjectException(name + " is damaged: not valid JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new ProjectException(name + " is not an Annalist project (not a JSON object)");
        }
        checkVersion(name, root.get("version"));
        List<Path> inputs = inputs(name, root.get("inputs"), folderOf(file));
        Document doc;
        try {
            doc = JSON.treeToValue(root, Document.class);
        } catch (JsonMappingException e) {
            throw new ProjectException(name + " is damaged: " + field(e) + " is missing or malformed", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ProjectException(name + " is damaged: a value is malformed", e);
        }
        String problem = ProjectValidator.problem(doc);
        if (problem != null) {
            throw new ProjectException(name + " is damaged: " + problem);
        }
        return new Project(inputs, doc.corrections(), doc.view());
    }

    /** A whole number from 1 to {@link #VERSION}: not "1", not 1.9, not 1e30, not 2^32+1. */
    private static void checkVersion(String name, JsonNode v) throws ProjectException {
        if (v == null || v.isNull()) {
            throw new ProjectException(name + " is not an Annalist project (no version field)");
        }
        if (!v.isIntegralNumber()) {
            throw new ProjectException(name + " has a malformed version (" + (v.isTextual() ? "text" : v.isNumber()
                    ? "not a whole number" : "not a number") + "); the version is a whole number such as " + VERSION);
        }
        if (!v.canConvertToInt() || v.intValue() > VERSION) {
            throw new ProjectException(name + " was saved by a newer Annalist (project format "
                    + PathText.escape(v.asText()) + "); this version opens formats up to " + VERSION
                    + ". Please update Annalist.");
        }
        if (v.intValue() < 1) {
            throw new ProjectException(name + " has an invalid project format version " + v.intValue());
        }
    }

    /** Every input a non-empty string that is a valid path, resolved against the project's folder. */
    private static List<Path> inputs(String name, JsonNode node, Path base) throws ProjectException {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new ProjectException(name + " is damaged: inputs is not a list");
        }
        List<Path> out = new java.util.ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode n = node.get(i);
            String at = name + " is damaged: inputs[" + i + "]";
            if (!n.isTextual() || n.asText().isBlank()) {
                throw new ProjectException(at + " is " + (n.isNull() ? "null" : n.isTextual() ? "empty" : "not text"));
            }
            if (n.asText().indexOf('\0') >= 0) {
                throw new ProjectException(at + " holds a NUL character");
            }
            try {
                out.add(base.resolve(n.asText()));
            } catch (InvalidPathException e) {
                throw new ProjectException(at + " is not a valid path on this system");
            }
        }
        return out;
    }

    /** "corrections.edits[2].type", from where Jackson stopped. */
    private static String field(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.length() == 0 ? "a value" : PathText.escape(b.toString());
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
}
