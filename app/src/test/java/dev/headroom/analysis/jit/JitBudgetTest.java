// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.analysis.ByteSizeCostModel;
import dev.headroom.analysis.Workspaces;
import dev.headroom.model.Workspace;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JitBudgetTest {
    // app requires ui and core; ui requires core. ui includes the engine (vulkan inside), core only math.
    private final Workspace workspace = new Workspaces()
            .file("ui-req", 0).file("engine", 100).file("vulkan", 10_000).file("math", 1_000)
            .file("core-req", 0).file("app-req", 0)
            .unit("ui", "ui-req", "ui-req>engine", "engine>vulkan", "ui-req>math")
            .unit("core", "core-req", "core-req>math")
            .unit("app", "app-req", "app-req>math")
            .unit("tool", "math")
            .module("app", 3, "ui", "core")
            .module("ui", 2, "core")
            .module("core", 1)
            .module("tool", 0)
            .build();

    private final JitBudget budget = new JitBudget(workspace, new ByteSizeCostModel());

    /** Plain numbers so every expected sum can be done by hand. */
    private static JitSettings settings(double retained) {
        return JitSettings.seedDefaults().with(Map.of(
                "toolchainMB", 0, "runtimeMB", 0, "codegenMB", 0, "generatedBytesPerFunction", 10,
                "astBytesPerSourceByte", 10, "retainedFraction", retained, "limitMB", 1), "test");
    }

    @Test
    void modulesLoadAfterWhatTheyRequire() {
        List<String> order = budget.compute(settings(0), JitScenario.AS_IS).loads().stream()
                .map(JitBudget.ModuleLoad::namespace).toList();
        assertEquals(List.of("core", "ui", "app", "tool"), order);
    }

    @Test
    void eachModuleCostsItsHeadersAndGeneratedCode() {
        JitBudget.Result r = budget.compute(settings(0), JitScenario.AS_IS);
        JitBudget.ModuleLoad ui = r.loads().get(1);
        assertEquals(2 * 11_100, ui.headerBytes(), "peak model: twice the bytes of engine+vulkan+math");
        assertEquals(2 * 10 * 10, ui.generatedBytes());
        assertEquals("ui", r.worstModule());
        assertEquals(ui.aloneBytes(), r.peakBytes(), "nothing retained: the peak is the worst module alone");
    }

    @Test
    void retainedMemoryAccumulatesAlongTheLoadOrder() {
        JitBudget.Result r = budget.compute(settings(0.5), JitScenario.AS_IS);
        long core = 2_000 + 100;
        long ui = 22_200 + 200;
        long app = 2_000 + 300;
        assertEquals(core, r.loads().get(0).peakBytes());
        assertEquals(core / 2 + ui, r.loads().get(1).peakBytes());
        assertEquals(core / 2 + ui / 2 + app, r.loads().get(2).peakBytes());
        assertEquals("ui", r.peakModule());
    }

    @Test
    void aPchOfTheEngineIsPaidOnceAndLeavesTheModules() {
        JitBudget.Result r = budget.compute(settings(0), new JitScenario(Set.of("engine"), Set.of(), false));
        assertEquals(2 * 10_100, r.pchBytes(), "engine and vulkan, once");
        assertEquals(2 * 1_000, r.loads().get(1).headerBytes(), "ui keeps only math");
    }

    @Test
    void aotModulesLeaveTheJit() {
        JitBudget.Result r = budget.compute(settings(0), new JitScenario(Set.of(), Set.of("ui"), false));
        assertEquals(List.of("ui"), r.skipped());
        assertEquals("app", r.worstModule());
    }

    @Test
    void lazyLoadingKeepsOnlyTheEntryAndWhatItNeeds() {
        JitBudget.Result r = budget.compute(settings(0), new JitScenario(Set.of(), Set.of(), true));
        assertEquals(List.of("core", "ui", "app"), r.loads().stream().map(JitBudget.ModuleLoad::namespace).toList());
        assertEquals(List.of("tool"), r.skipped());
    }

    @Test
    void limitComesFromSettingsAndDecidesFit() {
        JitBudget.Result r = budget.compute(settings(0), JitScenario.AS_IS);
        assertTrue(r.fits(), "1 MB holds these few KB");
        JitBudget.Result tight = budget.compute(settings(0).withLimit(1000, "--budget"), JitScenario.AS_IS);
        assertFalse(tight.fits());
        assertEquals("--budget", tight.settings().limitBytes().source());
    }

    @Test
    void unknownProjectSettingIsRefusedByName() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> JitSettings.seedDefaults().with(Map.of("toolchainGB", 1), "headroom.json"));
        assertTrue(e.getMessage().contains("toolchainGB"), e.getMessage());
    }

    @Test
    void theIncrementalJitChargesEachModuleTheNeededShareOfEachHeader() {
        JitScenario incremental = JitScenario.AS_IS.withNeededShares(Map.of("ui", Map.of("vulkan", 0.1, "engine",
                0.0)));
        JitBudget.ModuleLoad ui = budget.compute(settings(0), incremental).loads().get(1);
        assertEquals(2 * (1_000 + 1_000), ui.headerBytes(), "math whole, a tenth of vulkan, none of the engine");
        assertEquals(budget.compute(settings(0), JitScenario.AS_IS).loads().get(0).headerBytes(),
                budget.compute(settings(0), incremental).loads().get(0).headerBytes(), "core has no shares: as is");
    }

    @Test
    void theIncrementalJitNeverChargesMoreThanTheWholeHeaders() {
        JitScenario whole = JitScenario.AS_IS.withNeededShares(Map.of("ui", Map.of("vulkan", 1.0, "engine", 1.0,
                "math", 1.0)));
        assertEquals(budget.compute(settings(0), JitScenario.AS_IS).peakBytes(),
                budget.compute(settings(0), whole).peakBytes());
        assertThrows(IllegalArgumentException.class, () -> JitScenario.AS_IS.withNeededShares(Map.of("ui",
                Map.of("vulkan", 1.5))), "a share above 1 would raise the budget");
    }
}
