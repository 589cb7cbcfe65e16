package org.annalist.events;

import org.annalist.actors.ActorCatalog;

/** The loaded rules and the stages built from them, shared by every sentence of every article (all read-only). */
record ExtractionRules(ActorCatalog catalog, EventLexicon lexicon, Cues cues, RoleFinder roles, EventDater dater,
                       Summarizer summarizer, HeadFinder headFinder, Modality grammar, SectorPlacer placer,
                       CameoDictionary cameo) {
}
