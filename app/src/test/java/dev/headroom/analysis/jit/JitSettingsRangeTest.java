// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.analysis.ByteSizeCostModel;
import dev.headroom.analysis.Workspaces;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings beyond any real machine are refused; the largest accepted ones still sum without wrapping. */
class JitSettingsRangeTest {
    @Test
    void aToolchainOfTenTrillionMegabytesIsRefusedNamingTheLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JitSettings.seedDefaults().with(Map.of("toolchainMB", 10_000_000_000_000L), "headroom.json"));
        assertTrue(e.getMessage().contains("'toolchainMB'") && e.getMessage().contains("1,048,576 MB"), e.getMessage());
    }

    @Test
    void aNumberTooLargeForADoubleIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> JitSettings.seedDefaults().with(Map.of("limitMB", new BigDecimal("1e400")), "headroom.json"));
    }

    @Test
    void theLargestSettingsGiveALargePeakNeverANegativeOne() {
        Map<String, Object> most = Map.of("toolchainMB", 1024 * 1024, "runtimeMB", 1024 * 1024,
                "codegenMB", 1024 * 1024, "generatedBytesPerFunction", 16 * 1024 * 1024,
                "astBytesPerSourceByte", 10_000, "retainedFraction", 1);
        var workspace = new Workspaces().file("a", 10).unit("a", "a").module("a", Integer.MAX_VALUE).module("b", Integer.MAX_VALUE)
                .file("b", 10).unit("b", "b").build();
        JitBudget.Result r = new JitBudget(workspace, new ByteSizeCostModel())
                .compute(JitSettings.seedDefaults().with(most, "test"), new JitScenario(java.util.Set.of(), java.util.Set.of(), false));
        assertEquals(Long.MAX_VALUE, r.peakBytes());
        assertTrue(r.loads().stream().allMatch(m -> m.peakBytes() > 0 && m.aloneBytes() > 0));
    }

    @Test
    void saturatingSumsStopAtTheEnds() {
        assertEquals(Long.MAX_VALUE, Saturating.add(Long.MAX_VALUE, 1));
        assertEquals(Long.MIN_VALUE, Saturating.add(Long.MIN_VALUE, -1));
        assertEquals(6, Saturating.add(1, 2, 3));
    }
}
