// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.headroom.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state every feature shares. */
class ExplorerStateTest {

    @Test
    void theSameProblemMetInSeveralUnitsIsListedOnceSayingInHowMany() {
        Problem header = new Problem("/w/engine.hpp", 12, "expected ';'", Problem.Source.SYNTAX);
        Problem other = new Problem("/w/engine.hpp", 30, "expected ';'", Problem.Source.SYNTAX);

        List<Problem> grouped = ExplorerState.grouped(List.of(header, header, other, header));

        assertEquals(List.of(new Problem("/w/engine.hpp", 12, "expected ';' (in 3 units)", Problem.Source.SYNTAX), other),
                grouped);
    }
}
