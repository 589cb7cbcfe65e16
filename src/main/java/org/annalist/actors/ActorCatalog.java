package org.annalist.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The actors Annalist knows, loaded from JSON resources. Immutable. */
public final class ActorCatalog {

    /** The five default focus actors, in lane order. */
    public static final List<String> FOCUS_IDS =
            List.of("france", "russia", "united-states", "united-nations", "turkey");

    private final Map<String, Actor> actors;

    private ActorCatalog(Map<String, Actor> actors) {
        this.actors = Map.copyOf(actors);
        this.ordered = List.copyOf(actors.values());
    }

    private final List<Actor> ordered;

    public static ActorCatalog standard() {
        try (InputStream in = ActorCatalog.class.getResourceAsStream("catalog.json")) {
            return fromJson(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("actor catalog resource unreadable", e);
        }
    }

    static ActorCatalog fromJson(JsonNode root) {
        Map<String, Actor> map = new LinkedHashMap<>();
        for (JsonNode n : root.path("actors")) {
            Actor a = new Actor(n.path("id").asText(), n.path("name").asText(),
                    ActorKind.valueOf(n.path("kind").asText().toUpperCase(java.util.Locale.ROOT)),
                    n.hasNonNull("iso3") ? n.get("iso3").asText() : null,
                    n.path("color").asText("#777777"));
            map.put(a.id(), a);
        }
        return new ActorCatalog(map);
    }

    public Optional<Actor> find(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    /** The actor with this id, or a plain placeholder so that views never fail on an unknown id. */
    public Actor get(String id) {
        return actors.getOrDefault(id, new Actor(id, id, ActorKind.GROUP, null, "#777777"));
    }

    public List<Actor> actors() {
        return ordered;
    }

    public List<String> focusIds() {
        return new ArrayList<>(FOCUS_IDS);
    }
}
