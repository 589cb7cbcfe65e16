package org.annalist.time;

import java.time.LocalDate;

/**
 * What a normalisation may anchor on.
 *
 * @param dct       publication date, or null when unknown
 * @param tense     tense of the expression's clause
 * @param reference the narrative's reference time: the last anchored date value the text gave,
 *                  or null before the first one
 * @param listItem  the expression heads a line of a chronology ("Feb. 28 - EU governments approve ..."):
 *                  a list of past events unless its own line says otherwise
 */
record Situation(LocalDate dct, Tense tense, String reference, boolean listItem) {

    Situation(LocalDate dct, Tense tense, String reference) {
        this(dct, tense, reference, false);
    }
}
