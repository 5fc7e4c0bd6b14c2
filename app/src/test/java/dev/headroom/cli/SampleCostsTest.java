// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.analysis.UnitSharing;
import dev.headroom.analysis.WorkspaceCosts;
import dev.headroom.analysis.cost.CostModel;
import dev.headroom.analysis.cost.CostModels;
import dev.headroom.analysis.graph.DominatorTree;
import dev.headroom.analysis.include.FileIndex;
import dev.headroom.analysis.include.IncludeGraphs;
import dev.headroom.analysis.jit.JitBudget;
import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.analysis.jit.JitSettings;
import dev.headroom.ingest.AnalysisListener;
import dev.headroom.ingest.AnalysisOptions;
import dev.headroom.ingest.WorkspaceAnalyzer;
import dev.headroom.model.DeclarationKind;
import dev.headroom.model.SourceFile;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import dev.headroom.workspace.CompileOptions;
import dev.headroom.workspace.WorkspaceLoader;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibrated costs, retained costs and JIT budget of the bundled sample tell the story the seed tells. */
class SampleCostsTest {
    @TempDir
    static Path tmp;

    static Workspace workspace;
    static final CostModel MODEL = CostModels.bundled();
    static WorkspaceCosts costs;

    @BeforeAll
    static void analyse() throws Exception {
        SystemHeaders.requireSample();
        workspace = new WorkspaceAnalyzer(new AnalysisOptions(2, true, tmp, true)).analyze(
                WorkspaceLoader.load(List.of(SystemHeaders.sample()), CompileOptions.empty()), AnalysisListener.SILENT,
                () -> false);
        costs = WorkspaceCosts.of(workspace, MODEL);
    }

    @Test
    void everyModuleThatRequiresTheMathHeaderSharesItAndTheBlowUpIsTheSumOfTheUnitEstimates() {
        UnitSharing sharing = UnitSharing.of(workspace.units(), costs::self);

        long math = workspace.units().stream()
                .filter(u -> u.files().stream().anyMatch(f -> f.path().endsWith("include/vybe/vybe_sdf_math.h")))
                .count();
        assertEquals(5, math, "five modules require vybe_sdf_math.h");
        assertTrue(sharing.sharedHeaders() > 100, "the math header and all of libstdc++ it pulls in: "
                + sharing.sharedHeaders());
        long intercept = MODEL.unitAstBytes(List.of());
        long unitEstimates = costs.units().stream().mapToLong(u -> u.astBytes() - intercept).sum();
        assertEquals(unitEstimates, sharing.parsedBytes(),
                "parsed bytes are the units' estimates without the builtins every unit has");
        assertTrue(sharing.ratio() > 2.0, "the issue saw about 2.5x: " + sharing.ratio());
    }

    @Test
    void theModuleThatIncludesTheEngineHeaderIsTheHeaviest() {
        String heaviest = costs.units().stream().max(Comparator.comparingLong(WorkspaceCosts.UnitCost::astBytes))
                .orElseThrow().unit();
        assertEquals("vybe.sdf.ui", heaviest);
        JitBudget.Result budget = new JitBudget(workspace, MODEL).compute(JitSettings.seedDefaults(), JitScenario.AS_IS);
        assertEquals("vybe.sdf.ui", budget.worstModule());
    }

    @Test
    void cuttingTheEngineHeaderFromTheUiModuleRemovesVulkanAndImgui() {
        TranslationUnit ui = unit("vybe.sdf.ui");
        String engine = path("sdf_engine.hpp");
        var dominators = DominatorTree.of(IncludeGraphs.ofUnit(ui), IncludeGraphs.rootOf(ui));
        for (String header : List.of("vulkan_core.h", "vulkan/vulkan.h", "imgui/imgui.h", "imgui_impl_vulkan.h")) {
            assertTrue(dominators.dominates(engine, path(header)), "the engine header dominates " + header);
        }
        WorkspaceCosts.UnitCost cost = costs.unit("vybe.sdf.ui").orElseThrow();
        var heaviestCut = cost.heaviestCuts().get(0);
        assertEquals(engine, heaviestCut.edge().edge().target(), "cutting the engine include removes most");
        assertEquals(cost.retained(engine), heaviestCut.cost());
        assertTrue(heaviestCut.cost() >= costs.self(path("vulkan_core.h")) + costs.self(path("imgui/imgui.h")));
    }

    @Test
    void theMathHeadersInlineBodiesShowUpAsItsSelfCost() throws Exception {
        SourceFile math = workspace.files().stream().filter(f -> f.path().endsWith("vybe_sdf_math.h")).findFirst().orElseThrow();
        assertEquals(281, math.declarations(DeclarationKind.FUNCTION_DEFINITION_INLINE));
        // The same header with every body replaced by ';' (the generator puts each body's closing brace at column 0),
        // parsed for real: what is left is the cost of the declarations alone.
        StringBuilder declarationsOnly = new StringBuilder();
        boolean inBody = false;
        for (String line : java.nio.file.Files.readAllLines(Path.of(math.path()))) {
            if (!inBody && line.startsWith("inline ") && line.endsWith("{")) {
                declarationsOnly.append(line, 0, line.length() - 1).append(";\n");
                inBody = true;
            } else if (inBody) {
                inBody = !line.equals("}");
            } else {
                declarationsOnly.append(line).append('\n');
            }
        }
        Path stripped = java.nio.file.Files.writeString(tmp.resolve("vybe_sdf_math_declarations.h"), declarationsOnly);
        Workspace bare = new WorkspaceAnalyzer(new AnalysisOptions(1, false, tmp, false)).analyze(
                WorkspaceLoader.load(List.of(stripped), CompileOptions.empty()), AnalysisListener.SILENT, () -> false);
        SourceFile bareMath = FileIndex.of(bare).file(stripped.toString()).orElseThrow();
        assertEquals(0, bareMath.inlineBodies());
        assertEquals(281, bareMath.declarations(DeclarationKind.FUNCTION_DECLARATION) - math.declarations(DeclarationKind.FUNCTION_DECLARATION));
        long withBodies = MODEL.selfBytes(math);
        long without = MODEL.selfBytes(bareMath);
        assertTrue(withBodies > 2 * without,
                "the 281 bodies are most of the math header's cost: " + withBodies + " B with them, " + without + " B without");
        assertEquals(math.path(), workspace.files().stream().filter(f -> f.origin() == dev.headroom.model.Origin.PROJECT)
                .max(Comparator.comparingLong(MODEL::selfBytes)).orElseThrow().path(), "the heaviest project header");
    }

    @Test
    void aPchOfTheEngineHeaderLowersTheUiModule() {
        JitBudget budget = new JitBudget(workspace, MODEL);
        long before = budget.compute(JitSettings.seedDefaults(), JitScenario.AS_IS).loads().stream()
                .filter(l -> l.namespace().equals("vybe.sdf.ui")).findFirst().orElseThrow().headerBytes();
        long after = budget.compute(JitSettings.seedDefaults(), new JitScenario(Set.of("vulkan/sdf_engine.hpp"), Set.of(), false))
                .loads().stream().filter(l -> l.namespace().equals("vybe.sdf.ui")).findFirst().orElseThrow().headerBytes();
        assertTrue(after < before / 2, before + " -> " + after);
    }

    @Test
    void everyWhatIfAccountsForEveryModule() {
        // The time a what-if takes is measured by AnalyzeBenchmark, not here.
        JitBudget budget = new JitBudget(workspace, MODEL);
        for (JitScenario s : List.of(JitScenario.AS_IS, new JitScenario(Set.of("imgui.h"), Set.of(), false),
                new JitScenario(Set.of(), Set.of("vybe.sdf.ui"), true))) {
            JitBudget.Result r = budget.compute(JitSettings.seedDefaults(), s);
            assertEquals(workspace.modules().size(), r.loads().size() + r.skipped().size());
        }
    }

    private static TranslationUnit unit(String name) {
        return workspace.units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    private static String path(String suffix) {
        return workspace.files().stream().map(SourceFile::path).filter(p -> p.endsWith("/" + suffix)).findFirst().orElseThrow();
    }
}
