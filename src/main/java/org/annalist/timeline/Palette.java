package org.annalist.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.annalist.events.EventType;
import org.annalist.render.Rgba;

/**
 * The colours every view and export shares, loaded from {@code palette.json}: event types, the
 * tone scale, the actor palette and the light and dark themes.
 */
public final class Palette {

    /** Background, text and accent colours of one theme. */
    public record Theme(Rgba background, Rgba text, Rgba muted, Rgba grid, Rgba laneAlt, Rgba selection,
                        Rgba highlight, Rgba cluster) {
    }

    private static final Palette STANDARD = load();

    private final Map<EventType, Rgba> types;
    private final Rgba hostile;
    private final Rgba neutral;
    private final Rgba cooperative;
    private final List<Rgba> actors;
    private final Rgba otherActor;
    private final Theme light;
    private final Theme dark;

    private Palette(JsonNode root) {
        types = new EnumMap<>(EventType.class);
        for (EventType t : EventType.values()) {
            types.put(t, Rgba.parse(root.path("types").path(t.id()).asText("#7f7f7f")));
        }
        hostile = Rgba.parse(root.path("tone").path("hostile").asText());
        neutral = Rgba.parse(root.path("tone").path("neutral").asText());
        cooperative = Rgba.parse(root.path("tone").path("cooperative").asText());
        actors = new ArrayList<>();
        root.path("actors").forEach(n -> actors.add(Rgba.parse(n.asText())));
        otherActor = Rgba.parse(root.path("otherActor").asText());
        light = theme(root.path("light"));
        dark = theme(root.path("dark"));
    }

    private static Theme theme(JsonNode n) {
        return new Theme(c(n, "background"), c(n, "text"), c(n, "muted"), c(n, "grid"), c(n, "laneAlt"),
                c(n, "selection"), c(n, "highlight"), c(n, "cluster"));
    }

    private static Rgba c(JsonNode n, String key) {
        return Rgba.parse(n.path(key).asText());
    }

    private static Palette load() {
        try (InputStream in = Palette.class.getResourceAsStream("palette.json")) {
            return new Palette(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("palette resource unreadable", e);
        }
    }

    public static Palette standard() {
        return STANDARD;
    }

    public Rgba type(EventType type) {
        return types.get(type);
    }

    /** Diverging, colour-blind-safe: orange for hostile (-10), grey for neutral, blue for cooperative (+10). */
    public Rgba tone(double tone) {
        double t = Math.max(-1, Math.min(1, tone / 10));
        return t < 0 ? mix(neutral, hostile, -t) : mix(neutral, cooperative, t);
    }

    /** The colour of the actor ranked {@code rank} (0 = first focus actor); beyond the palette, grey. */
    public Rgba actor(int rank) {
        return rank >= 0 && rank < actors.size() ? actors.get(rank) : otherActor;
    }

    public Theme theme(boolean darkMode) {
        return darkMode ? dark : light;
    }

    static Rgba mix(Rgba a, Rgba b, double t) {
        return new Rgba((int) Math.round(a.red() + (b.red() - a.red()) * t),
                (int) Math.round(a.green() + (b.green() - a.green()) * t),
                (int) Math.round(a.blue() + (b.blue() - a.blue()) * t), 1);
    }
}
