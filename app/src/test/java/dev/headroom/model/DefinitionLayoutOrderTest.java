// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Two runs of the same analysis write the same JSON: a body's blockers come out in declaration order. */
class DefinitionLayoutOrderTest {
    @Test
    void blockersIterateInDeclarationOrderWhateverTheInput() {
        Set<MoveBlocker> given = Set.of(MoveBlocker.CONSTEVAL, MoveBlocker.TEMPLATE, MoveBlocker.CONSTEXPR);
        DefinitionLayout layout = new DefinitionLayout(0, 1, 0, 0, 0, 0, 0, List.of(), List.of(), List.of(), List.of(),
                given, "");
        assertEquals(List.of(MoveBlocker.TEMPLATE, MoveBlocker.CONSTEXPR, MoveBlocker.CONSTEVAL),
                List.copyOf(layout.blockers()));
    }
}
