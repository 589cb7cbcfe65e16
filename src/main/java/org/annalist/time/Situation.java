package org.annalist.time;

import java.time.LocalDate;

/**
 * What a normalisation may anchor on.
 *
 * @param dct       publication date, or null when unknown
 * @param tense     tense of the expression's clause
 * @param reference the narrative's reference time: the last anchored date value the text gave,
 *                  or null before the first one
 */
record Situation(LocalDate dct, Tense tense, String reference) {
}
