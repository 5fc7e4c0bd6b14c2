// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Jank modules no one should write still get a one-line answer at their line, never a stack trace. */
class HostileJankTest {
    private static final Path FILE = Path.of("/w/src/deep.jank");

    private static InputProblem failure(String text) {
        return assertThrows(InputException.class, () -> JankNamespaceReader.parse(text, FILE)).problem();
    }

    @Test
    void formsNestedTenThousandDeepAreRefusedAtTheLineWhereTheLimitIsPassed() {
        String text = "(ns deep.one)\n" + "(".repeat(10_000) + ")".repeat(10_000) + "\n";
        InputProblem p = failure(text);
        assertEquals(2, p.line());
        assertTrue(p.message().contains("nested more than " + ClojureReader.MAX_DEPTH + " deep"), p.message());
    }

    @Test
    void aRequireKeywordOutsideAListIsAnError() {
        InputProblem p = failure("(ns x.y\n  :require [\"vulkan/vulkan.h\"])\n");
        assertEquals(2, p.line());
        assertTrue(p.message().contains("write (:require ...)"), p.message());
    }

    @Test
    void aHeaderNameHoldingAQuoteIsRefusedRatherThanPastedIntoTheUnit() {
        InputProblem p = failure("(ns x.y\n  (:require [\"evil.h\\\"\\nint injected;\"]))\n");
        assertEquals(2, p.line());
        assertTrue(p.message().contains("no #include can name"), p.message());
    }
}
