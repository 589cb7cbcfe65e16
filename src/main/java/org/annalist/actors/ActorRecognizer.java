package org.annalist.actors;

import java.time.LocalDate;
import java.util.List;

/** Finds the places in a text that name catalog actors. */
public interface ActorRecognizer {

    /**
     * @param text the text
     * @param date the article's publication date (office holders count only while in office), or
     *             {@code null} when unknown
     * @return mentions in text order, non-overlapping
     */
    List<ActorMention> find(String text, LocalDate date);
}
