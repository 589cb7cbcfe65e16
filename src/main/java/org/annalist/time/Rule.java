package org.annalist.time;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One compiled rule: a pattern tried at token starts whose first token is in {@code first}, and the
 * normalisation (a function name and its arguments) that turns a match into a TIMEX3 value.
 *
 * @param name        unique name, used in error analysis
 * @param example     a phrase the rule must match (checked when the rules load)
 * @param first       lower-case first tokens that trigger the rule ({@code #num}: any number)
 * @param pattern     compiled once, matched with {@code lookingAt} from a token start
 * @param type        TIMEX3 type of what it finds
 * @param norm        normalisation function ({@code fn}) and its arguments ({@code $2|month}: group 2
 *                    looked up in table {@code month})
 * @param capitalized a group that must start with a capital letter (0: none)
 * @param near        lower-case tokens one of which must occur among the next {@link #NEAR_TOKENS}
 *                    tokens for the rule to be tried (empty: no such filter)
 * @param comparison  true when what it finds looks back for a comparison ("a year earlier") and
 *                    so does not become the narrative's reference time
 * @param bareYear    true when what it finds may be a bare number that is not a year at all
 *                    ("at 1850", "resolution 1973"): {@link YearPlausibility} decides
 */
record Rule(String name, String example, List<String> first, Pattern pattern, TimexType type,
            Map<String, String> norm, int capitalized, Set<String> near, boolean comparison, boolean bareYear) {

    static final int NEAR_TOKENS = 8;
}
