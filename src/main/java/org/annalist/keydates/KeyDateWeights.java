package org.annalist.keydates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import org.annalist.events.EventType;

/**
 * How much each evidence counts, and the windows it is measured in: data ({@code weights.json}),
 * fitted on one topic and measured on another (docs/keydates.md).
 *
 * @param evidence         weight per evidence (absent = 0)
 * @param eventTypes       how much one event of each type counts towards EVENTS
 * @param windows          the day counts the evidence is measured in
 */
public record KeyDateWeights(Map<Evidence, Double> evidence, Map<EventType, Double> eventTypes, Windows windows) {

    private static final KeyDateWeights STANDARD = load("weights.json");

    public KeyDateWeights {
        evidence = Map.copyOf(evidence);
        eventTypes = Map.copyOf(eventTypes);
    }

    /**
     * @param sentencesPerArticle at most this many sentences of one article count for one day
     * @param soonDays            SOON counts articles published 1..soonDays after the day
     * @param weekDays            WEEK counts those published up to weekDays after; LATER the rest
     * @param chronologyDays      an article recalling at least this many days is a chronology
     * @param peakRadius          PEAK compares the day with this many days either side
     * @param localVolumeDays     LOCAL_VOLUME counts publications this many days either side
     * @param seasonVolumeDays    SEASON_VOLUME likewise
     * @param coverageMarginDays  COVERAGE extends this many days before the first publication
     * @param laterRateSmoothing  added to the count of later articles LATER_RATE divides by
     * @param leadSentences       LEAD counts references in an article's first this many sentences
     */
    public record Windows(int sentencesPerArticle, int soonDays, int weekDays, int chronologyDays, int peakRadius,
                          int localVolumeDays, int seasonVolumeDays, int coverageMarginDays,
                          double laterRateSmoothing, int leadSentences) {
    }

    public static KeyDateWeights standard() {
        return STANDARD;
    }

    public double weight(Evidence e) {
        return evidence.getOrDefault(e, 0.0);
    }

    public double typeWeight(EventType t) {
        return eventTypes.getOrDefault(t, 0.0);
    }

    /** The same, with one evidence weighed differently (tuning and ablation). */
    public KeyDateWeights with(Evidence e, double weight) {
        Map<Evidence, Double> w = new EnumMap<>(Evidence.class);
        w.putAll(evidence);
        w.put(e, weight);
        return new KeyDateWeights(w, eventTypes, windows);
    }

    /** Loads a weights file beside this class. */
    public static KeyDateWeights load(String resource) {
        try (InputStream in = KeyDateWeights.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing rule resource org/annalist/keydates/" + resource);
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable rule resource " + resource, e);
        }
    }

    static KeyDateWeights parse(JsonNode root) {
        Map<Evidence, Double> ev = new EnumMap<>(Evidence.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("evidence").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            ev.put(Evidence.fromId(f.getKey()), f.getValue().asDouble());
        }
        Map<EventType, Double> types = new EnumMap<>(EventType.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("eventTypes").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            types.put(EventType.fromId(f.getKey()), f.getValue().asDouble());
        }
        JsonNode w = root.path("windows");
        Windows windows = new Windows(w.path("sentencesPerArticle").asInt(3), w.path("soonDays").asInt(2),
                w.path("weekDays").asInt(7), w.path("chronologyDays").asInt(8), w.path("peakRadius").asInt(3),
                w.path("localVolumeDays").asInt(7), w.path("seasonVolumeDays").asInt(30),
                w.path("coverageMarginDays").asInt(7), w.path("laterRateSmoothing").asDouble(20),
                w.path("leadSentences").asInt(2));
        return new KeyDateWeights(ev, types, windows);
    }
}
