// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.export.WorkspaceJson;
import dev.headroom.model.DeclarationKind;
import dev.headroom.model.Origin;
import dev.headroom.model.SourceFile;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code headroom analyze} on the bundled vybe-sdf sample, read back from the JSON it writes. */
class AnalyzeSampleTest {
    @TempDir
    static Path tmp;

    static Workspace workspace;
    static CliRun run;

    @BeforeAll
    static void analyzeSample() throws Exception {
        SystemHeaders.requireSample();
        // --json writes into an existing folder; it no longer creates one.
        Path json = Files.createDirectories(tmp.resolve("out")).resolve("model.json");
        run = CliRun.of("analyze", SystemHeaders.sample().toString(), "--json", json.toString(),
                "--cache-dir", tmp.resolve("cache").toString(), "--no-cache", "--top", "5");
        workspace = WorkspaceJson.read(json);
    }

    @Test
    void sampleAnalysesCleanly() {
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(), workspace.allProblems());
        assertEquals(List.of("vybe.sdf.ios", "vybe.sdf.math", "vybe.sdf.render", "vybe.sdf.shader", "vybe.sdf.state",
                "vybe.sdf.ui"), workspace.units().stream().map(TranslationUnit::name).sorted().toList());
    }

    @Test
    void mathHeaderHasExactly281InlineFunctionDefinitions() {
        SourceFile math = file("vybe_sdf_math.h");
        assertEquals(281, math.declarations(DeclarationKind.FUNCTION_DEFINITION_INLINE));
        assertEquals(0, math.declarations(DeclarationKind.FUNCTION_DEFINITION_IN_CLASS));
        assertEquals(Origin.PROJECT, math.origin());
        long bodies = workspace.functions().stream().filter(f -> f.file().equals(math.path()) && f.inline()).count();
        assertEquals(281, bodies);
    }

    @Test
    void uiModuleReachesVulkanAndImguiOnlyThroughTheEngineHeader() {
        TranslationUnit ui = unit("vybe.sdf.ui");
        List<String> files = ui.files().stream().map(f -> f.path()).toList();
        assertTrue(files.stream().anyMatch(f -> f.endsWith("vulkan/vulkan_core.h")));
        assertTrue(files.stream().anyMatch(f -> f.endsWith("imgui/imgui.h")));
        String engine = file("sdf_engine.hpp").path();
        List<String> includersOfVulkan = ui.includes().stream()
                .filter(e -> e.target() != null && e.target().endsWith("vulkan/vulkan.h"))
                .map(e -> e.includer()).distinct().toList();
        assertTrue(includersOfVulkan.contains(engine), includersOfVulkan::toString);
    }

    @Test
    void uiIsTheHeaviestModule() {
        TranslationUnit heaviest = workspace.units().stream().max(Comparator.comparingInt(TranslationUnit::nodes)).orElseThrow();
        assertEquals("vybe.sdf.ui", heaviest.name());
    }

    @Test
    void modulesWithTheSameRequiresShareOneParse() {
        assertEquals(4, workspace.stats().unitsParsed());
        assertEquals(2, workspace.stats().unitsShared());
    }

    @Test
    void jankModulesKeepTheirNamespaceRequiresAndFunctionCounts() {
        Map<String, Integer> functions = workspace.modules().stream()
                .collect(Collectors.toMap(m -> m.namespace(), m -> m.functionCount()));
        assertEquals(Map.of("vybe.sdf.math", 18, "vybe.sdf.state", 13, "vybe.sdf.shader", 8, "vybe.sdf.render", 9,
                "vybe.sdf.ui", 10, "vybe.sdf.ios", 7), functions);
    }

    @Test
    void engineHeaderDependenciesSayWhatNeedsACompleteType() {
        String engine = file("sdf_engine.hpp").path();
        assertTrue(workspace.dependencies().stream().anyMatch(d -> d.from().equals(engine)
                && d.declaredIn().endsWith("vulkan_core.h")), "the engine header names Vulkan types");
    }

    @Test
    void tablePrintsTheHeaviestFiles() {
        assertTrue(run.out().contains("Heaviest files by estimated AST bytes (top 5"), run.out());
        assertTrue(run.out().contains("vulkan_core.h"), run.out());
        assertTrue(run.err().contains("[6/6]"), "progress goes to stderr");
    }

    @Test
    void jsonIsTheOnlyFileWrittenBesideTheCache() throws Exception {
        try (var files = Files.list(tmp.resolve("out"))) {
            assertEquals(List.of("model.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static SourceFile file(String name) {
        return workspace.files().stream().filter(f -> f.path().endsWith(name)).findFirst().orElseThrow();
    }

    private static TranslationUnit unit(String name) {
        return workspace.units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }
}
