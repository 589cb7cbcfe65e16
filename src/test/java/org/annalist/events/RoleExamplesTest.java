package org.annalist.events;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example rows of {@code roles.json}: each sentence, read on its day, gives an act of its type ('*' any)
 * with its source and target ('-' none). Sentences written for the rules, with near misses.
 */
class RoleExamplesTest {

    static List<RoleFinder.Example> examples() {
        return RoleFinder.RULES.examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleHolds(RoleFinder.Example e) {
        Fixtures.assertRoles(e.text(), e.published(), e.type(), e.source(), e.target());
    }
}
