package org.annalist.keydates;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Every day the corpus refers to, with its evidence and sources. */
public record CorpusDays(List<DayEvidence> days, Map<LocalDate, DaySources> sources) {

    public CorpusDays {
        days = List.copyOf(days);
        sources = Map.copyOf(sources);
    }

    public DaySources sourcesOf(LocalDate day) {
        return sources.getOrDefault(day, new DaySources(List.of(), List.of(), java.util.Set.of()));
    }
}
