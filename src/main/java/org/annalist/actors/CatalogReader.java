package org.annalist.actors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.io.PathText;
import org.annalist.io.RegularFiles;
import org.annalist.io.StrictJson;
import org.annalist.io.UnreadableFileException;

/** Reads catalog JSON (resources, then user files) into an {@link ActorCatalog}. Not thread-safe. */
final class CatalogReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A user's file goes through the same checks as articles: a regular file, at most 20 MB, strict JSON. */
    private static final ObjectMapper STRICT = StrictJson.mapper();
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, Set<String>> aliases = new LinkedHashMap<>();
    private final List<ContextAliases> contextAliases = new ArrayList<>();
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final List<String> focus = new ArrayList<>();
    private String focusSource = "";

    /** A reader holding the built-in resources: {@code catalog.json} and the files it includes. */
    static CatalogReader standard() {
        CatalogReader reader = new CatalogReader();
        JsonNode index = reader.resource("catalog.json");
        reader.add(index, "catalog.json");
        for (JsonNode include : index.path("include")) {
            reader.add(reader.resource(include.asText()), include.asText());
        }
        return reader;
    }

    CatalogReader addFile(Path file) {
        JsonNode root;
        String name = PathText.escape(file);
        try {
            root = STRICT.readTree(RegularFiles.read(file, MAX_BYTES));
        } catch (UnreadableFileException e) {
            throw new IllegalArgumentException(name + ": cannot read actor catalog: " + e.getMessage());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + ": cannot read actor catalog: " + StrictJson.describe(e, 0));
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": cannot read actor catalog: " + RegularFiles.reason(e));
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(name + ": an actor catalog must be a JSON object");
        }
        return add(root, name);
    }

    private JsonNode resource(String name) {
        try (InputStream in = CatalogReader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("actor catalog resource missing: " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("actor catalog resource " + name + " unreadable: " + oneLine(e));
        }
    }

    CatalogReader add(JsonNode root, String source) {
        JsonNode focusList = root.get("focus");
        if (focusList != null && !focusList.isNull()) {
            if (!focusList.isArray()) {
                throw new IllegalArgumentException(source + ": \"focus\" must be a list of actor ids");
            }
            // a file's focus list replaces the one before it: the user's catalog decides the lanes
            focus.clear();
            focusList.forEach(f -> focus.add(f.asText()));
            focusSource = source;
        }
        for (JsonNode n : root.path("actors")) {
            addActor(n, source);
        }
        for (JsonNode n : root.path("people")) {
            addPerson(n, source);
        }
        return this;
    }

    private void addActor(JsonNode n, String source) {
        String id = text(n, "id");
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException(source + ": actor id missing or not lowercase-hyphenated: " + n.path("id"));
        }
        Actor old = actors.get(id);
        String name = or(text(n, "name"), old == null ? null : old.name());
        if (name == null) {
            throw new IllegalArgumentException(source + ": new actor '" + id + "' needs a name");
        }
        ActorKind kind = old == null ? ActorKind.GROUP : old.kind();
        if (n.hasNonNull("kind")) {
            try {
                kind = ActorKind.valueOf(n.get("kind").asText().toUpperCase(Locale.ROOT).replace("ORGANIZATION", "ORGANISATION"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": actor '" + id + "': unknown kind " + n.get("kind"));
            }
        }
        String iso3 = or(text(n, "iso3"), old == null ? null : old.iso3());
        String code = or(text(n, "code"), old == null ? iso3 : old.code());
        String color = or(text(n, "color"), old == null ? Colors.forId(id) : old.color());
        if (!color.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException(source + ": actor '" + id + "': colour must be #rrggbb: " + color);
        }
        actors.put(id, new Actor(id, name, kind, iso3, color, code));
        Set<String> own = aliases.computeIfAbsent(id, k -> new LinkedHashSet<>());
        if (old == null) {
            own.add(name);
        }
        n.path("aliases").forEach(a -> own.add(a.asText()));
        n.path("removeAliases").forEach(a -> own.remove(a.asText()));
        JsonNode ctx = n.path("contextAliases");
        if (ctx.isObject()) {
            contextAliases.add(new ContextAliases(id, strings(ctx.path("aliases")), strings(ctx.path("when"))));
        }
    }

    private void addPerson(JsonNode n, String source) {
        String name = text(n, "name");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(source + ": a person needs a name: " + n);
        }
        String[] parts = name.trim().split("\\s+");
        String surname = or(text(n, "surname"), parts[parts.length - 1]);
        List<Office> offices = new ArrayList<>();
        for (JsonNode o : n.path("offices")) {
            String actor = text(o, "actor");
            if (actor == null) {
                throw new IllegalArgumentException(source + ": " + name + ": an office needs an actor");
            }
            LocalDate from = date(o, "from", source, name);
            LocalDate to = date(o, "to", source, name);
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException(source + ": " + name + ": an office ends (" + to + ") before it starts (" + from + ")");
            }
            offices.add(new Office(actor, or(text(o, "role"), "office"), from, to));
        }
        Person old = people.get(name);
        if (offices.isEmpty() && old == null) {
            throw new IllegalArgumentException(source + ": " + name + ": a person needs at least one office (the actor they stand for)");
        }
        List<String> personAliases = new ArrayList<>(old == null ? List.of() : old.aliases());
        personAliases.addAll(strings(n.path("aliases")));
        if (old != null) {
            offices.addAll(0, old.offices());
        }
        boolean alone = n.has("surnameAlone") ? n.get("surnameAlone").asBoolean() : old == null || old.surnameAlone();
        boolean misspellings = n.has("misspellings") ? n.get("misspellings").asBoolean() : old == null || old.misspellings();
        people.put(name, new Person(name, surname, personAliases, alone, offices, misspellings));
    }

    ActorCatalog build() {
        for (Person p : people.values()) {
            for (Office o : p.offices()) {
                if (!actors.containsKey(o.actorId()) && !stateSector(o.actorId())) {
                    throw new IllegalArgumentException("actor catalog: " + p.name() + " holds an office of unknown actor '" + o.actorId() + "'");
                }
            }
        }
        for (ContextAliases c : contextAliases) {
            for (String w : c.when()) {
                if (!actors.containsKey(w)) {
                    throw new IllegalArgumentException("actor catalog: context of '" + c.actorId() + "' names unknown actor '" + w + "'");
                }
            }
        }
        for (String id : focus) {
            if (!actors.containsKey(id)) {
                throw new IllegalArgumentException(focusSource + ": focus actor '" + id + "' is not in the catalog");
            }
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        aliases.forEach((k, v) -> lists.put(k, new ArrayList<>(v)));
        return new ActorCatalog(actors, lists, contextAliases, new ArrayList<>(people.values()), focus);
    }

    /**
     * Whether {@code id} is a state's sector actor ("libya-rebels", "egypt-opposition"): an office of one
     * makes its holder stand for that sector, not the state ("Mustafa Abdel Jalil", chairman of the
     * rebels' council from 2011).
     */
    private boolean stateSector(String id) {
        int dash = id.lastIndexOf('-');
        Actor state = dash <= 0 ? null : actors.get(id.substring(0, dash));
        return state != null && state.kind() == ActorKind.STATE && MatchingRules.standard().sector(id.substring(dash + 1)) != null;
    }

    private static LocalDate date(JsonNode o, String field, String source, String person) {
        String s = text(o, field);
        if (s == null) {
            return null;
        }
        try {
            return s.length() == 4 ? LocalDate.of(Integer.parseInt(s), field.equals("from") ? 1 : 12, field.equals("from") ? 1 : 31)
                    : LocalDate.parse(s);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(source + ": " + person + ": bad date '" + s + "' (want yyyy-mm-dd or yyyy)");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(a -> out.add(a.asText()));
        return out;
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
