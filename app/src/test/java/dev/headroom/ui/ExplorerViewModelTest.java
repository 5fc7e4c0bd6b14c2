// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.analysis.SizeMetric;
import dev.headroom.analysis.cost.Calibration;
import dev.headroom.analysis.cost.CostModel;
import dev.headroom.analysis.jit.JitBudget;
import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.ingest.AnalysisOptions;
import dev.headroom.model.AnalysisStats;
import dev.headroom.model.AstNodeKind;
import dev.headroom.model.DeclarationKind;
import dev.headroom.model.FileInUnit;
import dev.headroom.model.FunctionDefinition;
import dev.headroom.model.IncludeEdge;
import dev.headroom.model.IncludeStatus;
import dev.headroom.model.JankModule;
import dev.headroom.model.MeasuredHeaderTime;
import dev.headroom.model.Origin;
import dev.headroom.model.Problem;
import dev.headroom.model.SourceFile;
import dev.headroom.model.ToolchainInfo;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.UnitKind;
import dev.headroom.model.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's view model on a small hand-made workspace, without a Stage or the FX thread. */
class ExplorerViewModelTest {
    static final String MAIN = "/w/src/main.cpp";
    static final String ENGINE = "/w/include/engine.hpp";
    static final String MATH = "/w/include/math.h";
    static final String VULKAN = "/usr/include/vulkan/vulkan.h";
    static final String IMGUI = "/usr/include/imgui/imgui.h";
    static final String CMATH = "/usr/include/c++/12/cmath";
    static final String TOOL = "/w/src/tool.cpp";

    ExplorerViewModel vm;
    Workspace workspace;

    @BeforeEach
    void showWorkspace() {
        workspace = workspace();
        // Both executors run at once, so an import is done when its command returns.
        vm = new ExplorerViewModel(new NodeCountCostModel(), AnalysisOptions.defaults(), Runnable::run, Runnable::run);
        vm.show(workspace);
    }

    /**
     * {@code app}: main includes engine and math; engine includes vulkan, imgui and cmath; imgui includes vulkan
     * again (skipped by its guard); math includes cmath. So cmath is dominated by main, vulkan by engine.
     * {@code tool}: tool includes math.
     */
    static Workspace workspace() {
        List<SourceFile> files = List.of(file(MAIN, Origin.PROJECT, 10), file(ENGINE, Origin.PROJECT, 20),
                file(MATH, Origin.PROJECT, 100), file(VULKAN, Origin.SYSTEM, 500), file(IMGUI, Origin.THIRD_PARTY, 200),
                file(CMATH, Origin.SYSTEM, 50), file(TOOL, Origin.PROJECT, 5));
        TranslationUnit app = new TranslationUnit("app", UnitKind.SOURCE, MAIN, "c++17",
                List.of(in(MAIN), in(ENGINE), in(VULKAN), in(IMGUI), in(CMATH), in(MATH)),
                List.of(edge(MAIN, 1, ENGINE), edge(ENGINE, 1, VULKAN), edge(ENGINE, 2, IMGUI),
                        skipped(IMGUI, 3, VULKAN), edge(ENGINE, 3, CMATH), edge(MAIN, 2, MATH), skipped(MATH, 1, CMATH)),
                List.of(new Problem(ENGINE, 7, "expected ';'", Problem.Source.SYNTAX)), 100, false);
        TranslationUnit tool = new TranslationUnit("tool", UnitKind.SOURCE, TOOL, "c++17",
                List.of(in(TOOL), in(MATH), in(CMATH)), List.of(edge(TOOL, 1, MATH), edge(MATH, 1, CMATH)),
                List.of(), 50, false);
        List<FunctionDefinition> functions = List.of(
                new FunctionDefinition(MATH, "vybe::length", 3, 5, 40, false, true, false, false),
                new FunctionDefinition(MATH, "vybe::Vec::dot", 9, 9, 12, true, true, false, false));
        return new Workspace("sample", "/w", List.of(app, tool), files, functions, List.of(), List.of(),
                List.of(new Problem("/w/headroom.json", 2, "unknown key", Problem.Source.INPUT)),
                new ToolchainInfo("", "", List.of(), 0), new AnalysisStats(1234, 2, 2, 0, 0));
    }

    static SourceFile file(String path, Origin origin, int nodes) {
        return new SourceFile(path, origin, nodes * 10L, nodes, nodes, 1,
                Map.of(DeclarationKind.FUNCTION_DEFINITION_INLINE, nodes / 10, DeclarationKind.CLASS, 1),
                Map.of(AstNodeKind.OTHER, nodes));
    }

    static FileInUnit in(String path) {
        return new FileInUnit(path, 3, 1, 1);
    }

    static IncludeEdge edge(String from, int line, String to) {
        return new IncludeEdge(from, line, "<" + to + ">", to, IncludeStatus.ENTERED, "");
    }

    static IncludeEdge skipped(String from, int line, String to) {
        return new IncludeEdge(from, line, "<" + to + ">", to, IncludeStatus.SKIPPED_ONCE, "");
    }

    static List<String> labels(List<HeaderNode> nodes) {
        return nodes.stream().map(HeaderNode::label).toList();
    }

    HeaderNode child(HeaderNode parent, String label) {
        return parent.children().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void heaviestUnitIsShownFirstAsItsDominatorTree() {
        assertEquals("app", vm.selectedUnitProperty().get().name());
        HeaderNode root = vm.treeProperty().get();
        assertEquals("app", root.label());
        assertEquals(List.of("engine.hpp", "math.h", "cmath"), labels(root.children()));
        HeaderNode engine = child(root, "engine.hpp");
        assertEquals(List.of("vulkan.h", "imgui.h"), labels(engine.children()));
        assertEquals(720, engine.weight(), "engine's area is its retained cost: itself, vulkan and imgui");
        assertEquals(770, engine.inclusive(), "inclusive also counts cmath, which math.h includes too");
        assertEquals(20, engine.self());
        assertEquals(880, root.weight());
        assertEquals(2, child(root, "cmath").fanIn());
    }

    @Test
    void everyHeaderAppearsOnceInTheDominatorTree() {
        List<String> paths = new ArrayList<>();
        java.util.ArrayDeque<HeaderNode> todo = new java.util.ArrayDeque<>(vm.treeProperty().get().children());
        while (!todo.isEmpty()) {
            HeaderNode n = todo.pop();
            paths.add(n.path());
            todo.addAll(n.children());
        }
        assertEquals(Set.of(ENGINE, MATH, VULKAN, IMGUI, CMATH), Set.copyOf(paths));
        assertEquals(5, paths.size());
    }

    @Test
    void unitsCarryTheirEstimateAgainstTheBudget() {
        assertEquals(List.of(880L, 155L), vm.units().stream().map(ExplorerViewModel.UnitRow::estimatedBytes).toList());
        assertFalse(vm.units().get(0).overBudget());
        vm.budgetMegabytes(500.0 / (1024 * 1024));
        assertTrue(vm.units().get(0).overBudget(), "880 estimated bytes exceed a 500-byte budget");
        assertFalse(vm.units().get(1).overBudget());
        assertEquals(880 / 500.0, vm.units().get(0).budgetShare(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> vm.budgetMegabytes(0));
    }

    @Test
    void theCostModelIsInjectedNotAssumed() {
        CostModel byBytes = new CostModel() {
            @Override
            public long selfBytes(SourceFile file) {
                return file.bytes();
            }

            @Override
            public long unitAstBytes(List<SourceFile> files) {
                return files.stream().mapToLong(SourceFile::bytes).sum();
            }

            @Override
            public long unitPeakBytes(List<SourceFile> files) {
                return unitAstBytes(files);
            }

            @Override
            public Calibration calibration() {
                return new Calibration("18.1", "test corpus", 12, 0.93, 11.5, "2026-01-01");
            }
        };
        ExplorerViewModel calibrated = new ExplorerViewModel(byBytes, AnalysisOptions.defaults(), Runnable::run);
        calibrated.show(workspace);
        assertEquals(8800, calibrated.treeProperty().get().weight());
        assertTrue(calibrated.calibrationTextProperty().get().contains("Spearman 0.93"),
                calibrated.calibrationTextProperty().get());
        assertTrue(vm.calibrationTextProperty().get().contains("uncalibrated"));
    }

    @Test
    void zoomFollowsTheTreeAndALeafZoomsIntoItsParent() {
        HeaderNode root = vm.treeProperty().get();
        HeaderNode engine = child(root, "engine.hpp");
        vm.zoomIn(engine);
        assertEquals(List.of(root, engine), vm.zoomPath());
        assertSame(engine, vm.displayRootProperty().get());
        vm.zoomIn(child(engine, "vulkan.h"));
        assertEquals(List.of(root, engine), vm.zoomPath(), "a leaf has nothing to zoom into");
        vm.zoomOut();
        assertEquals(List.of(root), vm.zoomPath());
        vm.zoomOut();
        assertEquals(List.of(root), vm.zoomPath(), "the root is as far out as it goes");
        vm.zoomIn(engine);
        vm.zoomTo(root);
        assertSame(root, vm.displayRootProperty().get());
    }

    @Test
    void searchMatchesHeaderPathsIgnoringCase() {
        vm.search("VULKAN");
        assertEquals(Set.of(VULKAN), vm.searchMatchesProperty().get());
        vm.search("/w/include/");
        assertEquals(Set.of(ENGINE, MATH), vm.searchMatchesProperty().get());
        vm.search("  ");
        assertEquals(Set.of(), vm.searchMatchesProperty().get());
    }

    @Test
    void selectingAHeaderGathersItsDetails() {
        vm.selectPath(CMATH);
        ExplorerViewModel.Details d = vm.detailsProperty().get();
        assertEquals(CMATH, d.node().path());
        assertEquals("app", d.unit());
        assertEquals(Set.of(ENGINE, MATH), Set.copyOf(d.includers()));
        assertEquals(List.of(), d.includes());
        assertEquals(Set.of(List.of(MAIN, ENGINE, CMATH), List.of(MAIN, MATH, CMATH)), Set.copyOf(d.chains()));
        assertEquals(2, d.totalChains());

        vm.selectPath(MATH);
        assertEquals(List.of("vybe::length", "vybe::Vec::dot"),
                vm.detailsProperty().get().functions().stream().map(FunctionDefinition::qualifiedName).toList());
        vm.select(null);
        assertNull(vm.detailsProperty().get());
    }

    @Test
    void changingTheMetricKeepsZoomAndSelection() {
        HeaderNode engine = child(vm.treeProperty().get(), "engine.hpp");
        vm.zoomIn(engine);
        vm.selectPath(IMGUI);
        vm.sizeBy(SizeMetric.TOKENS);
        assertEquals(List.of("app", "engine.hpp"), labels(vm.zoomPath()));
        assertEquals(IMGUI, vm.selectedProperty().get().path());
        assertEquals(18, vm.treeProperty().get().weight(), "six files of three tokens each");
        assertEquals(3 * 3, vm.displayRootProperty().get().weight());
    }

    @Test
    void folderHierarchyGroupsFilesByFolderAndMergesSingleChildChains() {
        vm.hierarchy(Hierarchy.DIRECTORY);
        HeaderNode root = vm.treeProperty().get();
        assertEquals(HeaderNode.Kind.DIRECTORY, root.kind());
        assertEquals(Set.of("usr/include", "w"), Set.copyOf(labels(root.children())));
        HeaderNode usr = child(root, "usr/include");
        assertEquals(750, usr.weight());
        assertEquals(Set.of("vulkan", "imgui", "c++/12"), Set.copyOf(labels(usr.children())));
        assertEquals(880, root.weight());
    }

    @Test
    void moduleHierarchyPutsEveryUnitSideBySide() {
        vm.hierarchy(Hierarchy.MODULE);
        HeaderNode root = vm.treeProperty().get();
        assertEquals(HeaderNode.Kind.WORKSPACE, root.kind());
        assertEquals(List.of("app", "tool"), labels(root.children()));
        assertEquals(880 + 155, root.weight());
        assertEquals(List.of("math.h"), labels(child(root, "tool").children()));
    }

    @Test
    void problemsOfTheWorkspaceAndItsUnitsAreListedAndOpenAtTheirLine(@TempDir Path tmp) throws Exception {
        assertEquals(List.of("unknown key", "expected ';'"), vm.problems().stream().map(Problem::message).toList());
        Path header = tmp.resolve("broken.h");
        Files.writeString(header, "int a;\nint b\nint c;\n");
        vm.showProblem(new Problem(header.toString(), 2, "expected ';'", Problem.Source.SYNTAX));
        assertEquals(new ExplorerViewModel.SourceLocation(header.toString(), 2, 2), vm.sourceProperty().get());
        assertEquals(List.of("int a;", "int b", "int c;"), vm.sourceLines());
        vm.showProblem(new Problem(null, 0, "no compiler", Problem.Source.TOOLCHAIN));
        assertEquals(header.toString(), vm.sourceProperty().get().path(), "a problem without a file moves nothing");
    }

    @Test
    void statusSummarisesTheWorkspace() {
        assertTrue(vm.statusTextProperty().get().startsWith("2 units · 7 files · 2 problems · analysed in 1.2 s"),
                vm.statusTextProperty().get());
    }

    /**
     * A trace of unit {@code app} as clang writes it: engine [0, 1000) enters vulkan [100, 600), imgui [600, 900)
     * and cmath [900, 950), so its self time is 150; math [1000, 1100); and a header outside the workspace.
     */
    static Path trace(Path dir) throws Exception {
        return Files.writeString(dir.resolve("app.json"), """
                {"traceEvents":[
                {"ph":"X","name":"Source","ts":100,"dur":500,"pid":1,"tid":1,"args":{"detail":"%s"}},
                {"ph":"X","name":"Source","ts":600,"dur":300,"pid":1,"tid":1,"args":{"detail":"%s"}},
                {"ph":"X","name":"Source","ts":900,"dur":50,"pid":1,"tid":1,"args":{"detail":"%s"}},
                {"ph":"X","name":"Source","ts":0,"dur":1000,"pid":1,"tid":1,"args":{"detail":"%s"}},
                {"ph":"X","name":"Source","ts":1000,"dur":100,"pid":1,"tid":1,"args":{"detail":"%s"}},
                {"ph":"X","name":"Source","ts":2000,"dur":10,"pid":1,"tid":1,"args":{"detail":"/elsewhere/other.h"}},
                {"ph":"X","name":"Frontend","ts":0,"dur":3000,"pid":1,"tid":1},
                {"ph":"X","name":"ExecuteCompiler","ts":0,"dur":3500,"pid":1,"tid":1}
                ]}
                """.formatted(VULKAN, IMGUI, CMATH, ENGINE, MATH));
    }

    @Test
    void measuredTimeIsOfferedOnlyOnceATraceIsImported() {
        assertFalse(vm.sizeMetrics().contains(SizeMetric.MEASURED_TIME));
        assertThrows(IllegalStateException.class, () -> vm.sizeBy(SizeMetric.MEASURED_TIME));
        assertEquals(Map.of(), vm.measuredTimesProperty().get());
        assertEquals(SizeMetric.ESTIMATED_MEMORY, vm.sizeByProperty().get());
    }

    @Test
    void importedTraceSizesTilesByClangsSelfTime(@TempDir Path tmp) throws Exception {
        vm.importTimeTraces(List.of(trace(tmp)));

        assertFalse(vm.importingProperty().get());
        assertTrue(vm.sizeMetrics().contains(SizeMetric.MEASURED_TIME));
        assertEquals(new MeasuredHeaderTime(ENGINE, 150, 1000, 1), vm.measuredTimesProperty().get().get(ENGINE));
        assertEquals("Measured: 1 trace · 6 headers, 5 in workspace", vm.measuredTextProperty().get());

        vm.sizeBy(SizeMetric.MEASURED_TIME);
        HeaderNode root = vm.treeProperty().get();
        assertEquals(1100, root.weight(), "every header's self time once; main.cpp has none and weighs 0");
        assertEquals(List.of("engine.hpp", "math.h", "cmath"), labels(root.children()));
        HeaderNode engine = child(root, "engine.hpp");
        assertEquals(150, engine.self());
        assertEquals(150 + 500 + 300, engine.weight(), "engine retains vulkan and imgui");
        assertEquals(500, child(engine, "vulkan.h").weight());
        assertEquals(1000, engine.inclusive(), "inclusive in the include graph also counts cmath");
        assertEquals("1.0 ms", Formats.of(SizeMetric.MEASURED_TIME, engine.inclusive()));
        assertEquals("0.15 ms", Formats.of(SizeMetric.MEASURED_TIME, engine.self()));
    }

    @Test
    void unreadableTraceIsAProblemNamingTheFileAndTheOthersStillCount(@TempDir Path tmp) throws Exception {
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\"traceEvents\": [\n{\"ph\": \"X\",,}\n]}");

        vm.importTimeTraces(List.of(broken, trace(tmp)));

        Problem problem = vm.problems().stream().filter(p -> broken.toString().equals(p.file())).findFirst()
                .orElseThrow(() -> new AssertionError("no problem names " + broken + ": " + vm.problems()));
        assertEquals(2, problem.line());
        assertTrue(problem.message().startsWith("not imported: invalid JSON"), problem.message());
        assertEquals(Problem.Source.INPUT, problem.source());
        assertTrue(vm.measuredTextProperty().get().startsWith("1 trace not imported (see Problems) · Measured: 1"),
                vm.measuredTextProperty().get());
        assertEquals(6, vm.measuredTimesProperty().get().size(), "the good trace is imported all the same");

        vm.importTimeTraces(List.of(trace(tmp)));
        assertTrue(vm.problems().stream().noneMatch(p -> broken.toString().equals(p.file())),
                "the next import replaces the last one's problems");
        assertEquals(150, vm.measuredTimesProperty().get().get(ENGINE).selfMicros(),
                "importing the same file again replaces it rather than adding it twice");
    }

    @Test
    void traceThatIsNotATraceIsAProblemToo(@TempDir Path tmp) throws Exception {
        Path project = Files.writeString(tmp.resolve("headroom.json"), "{\"name\": \"sample\"}");

        vm.importTimeTraces(List.of(project));

        assertTrue(vm.problems().stream().anyMatch(p -> project.toString().equals(p.file())
                && p.message().contains("no \"traceEvents\" array")), vm.problems().toString());
        assertFalse(vm.sizeMetrics().contains(SizeMetric.MEASURED_TIME));
    }

    @Test
    void showingAnotherWorkspaceClearsImportedTimes(@TempDir Path tmp) throws Exception {
        vm.importTimeTraces(List.of(trace(tmp), Files.writeString(tmp.resolve("bad.json"), "[]")));
        vm.sizeBy(SizeMetric.MEASURED_TIME);

        vm.show(workspace());

        assertEquals(Map.of(), vm.measuredTimesProperty().get());
        assertEquals(SizeMetric.ESTIMATED_MEMORY, vm.sizeByProperty().get(), "the metric falls back with its data");
        assertFalse(vm.sizeMetrics().contains(SizeMetric.MEASURED_TIME));
        assertEquals(880, vm.treeProperty().get().weight());
        assertEquals("", vm.measuredTextProperty().get());
        assertEquals(List.of("unknown key", "expected ';'"), vm.problems().stream().map(Problem::message).toList());
    }

    @Test
    void droppedTraceIsImportedNotOpened(@TempDir Path tmp) throws Exception {
        vm.drop(List.of(trace(tmp)));

        assertSame(workspace, vm.workspaceProperty().get(), "no analysis started");
        assertEquals(6, vm.measuredTimesProperty().get().size());
    }

    // ---- JIT what-ifs ----------------------------------------------------------------------------------------

    static final String BENCH = "/w/src/bench.cpp";
    static final long MB = 1024 * 1024;
    /** The seed's toolchain and runtime, held throughout. */
    static final long PERSISTENT = 400 * MB;
    static final long CODEGEN = 125 * MB;
    /** The seed's 2 KB of C++ per jank function at 14 AST bytes per C++ byte. */
    static final long PER_FUNCTION = 2048 * 14;

    /**
     * The same files as jank modules: {@code tool} (tool, math, cmath: 155 nodes, 1 function), {@code app} (880
     * nodes, 2 functions) requiring {@code tool}, and {@code bench} (7 nodes, no functions) that nothing requires.
     * They load as tool, app, bench; each keeps a quarter of its transient memory after it loads.
     */
    static Workspace jankWorkspace() {
        Workspace plain = workspace();
        List<SourceFile> files = new ArrayList<>(plain.files());
        files.add(file(BENCH, Origin.PROJECT, 7));
        TranslationUnit bench = new TranslationUnit("bench", UnitKind.SOURCE, BENCH, "c++17", List.of(in(BENCH)),
                List.of(), List.of(), 10, false);
        List<TranslationUnit> units = List.of(plain.units().get(0), plain.units().get(1), bench);
        List<JankModule> modules = List.of(
                new JankModule("app", "/w/src/app.jank", List.of(ENGINE, MATH), List.of("tool"), 2),
                new JankModule("tool", "/w/src/tool.jank", List.of(MATH), List.of(), 1),
                new JankModule("bench", "/w/src/bench.jank", List.of(), List.of(), 0));
        return new Workspace("jank", "/w", units, files, plain.functions(), List.of(), modules, List.of(),
                plain.toolchain(), plain.stats());
    }

    ExplorerViewModel jankVm() {
        ExplorerViewModel jank = new ExplorerViewModel(new NodeCountCostModel(), AnalysisOptions.defaults(),
                Runnable::run, Runnable::run);
        jank.show(jankWorkspace());
        return jank;
    }

    static Map<String, Long> rowBytes(ExplorerViewModel model) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        model.units().forEach(r -> out.put(r.name(), r.estimatedBytes()));
        return out;
    }

    static ExplorerViewModel.UnitRow row(ExplorerViewModel model, String name) {
        return model.units().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    static JitBudget.ModuleLoad load(ExplorerViewModel model, String namespace) {
        return model.jitResultProperty().get().loads().stream().filter(l -> l.namespace().equals(namespace))
                .findFirst().orElseThrow();
    }

    // As is: tool's transient is 155 + 1 function + codegen; app's 880 + 2 functions + codegen on top of a
    // quarter of tool's; bench's 7 + codegen on top of a quarter of both.
    static final long TOOL_TRANSIENT = 155 + PER_FUNCTION + CODEGEN;
    static final long APP_TRANSIENT = 880 + 2 * PER_FUNCTION + CODEGEN;
    static final long BENCH_TRANSIENT = 7 + CODEGEN;
    static final long TOOL_KEPT = Math.round(0.25 * TOOL_TRANSIENT);
    static final long APP_KEPT = Math.round(0.25 * APP_TRANSIENT);
    static final long BENCH_AS_IS = PERSISTENT + TOOL_KEPT + APP_KEPT + BENCH_TRANSIENT;

    @Test
    void jankModuleRowsShowWhatTheJitHoldsWhenEachLoads() {
        ExplorerViewModel jank = jankVm();
        assertEquals(Map.of("app", PERSISTENT + TOOL_KEPT + APP_TRANSIENT, "tool", PERSISTENT + TOOL_TRANSIENT,
                "bench", BENCH_AS_IS), rowBytes(jank));
        assertTrue(jank.units().stream().allMatch(r -> r.jankModule() && r.loaded()));
        assertTrue(jank.whatIfsAvailableProperty().get());
        assertEquals(JitScenario.AS_IS, jank.scenarioProperty().get());
        assertEquals("peak 588 MB of 1850 MB at bench", jank.budgetSummaryProperty().get());
        assertEquals("app", jank.selectedUnitProperty().get().name(), "the unit costing most on its own opens first");
    }

    @Test
    void precompilingAHeaderMovesItsSubtreeOutOfEachModuleIntoMemoryHeldOnce() {
        ExplorerViewModel jank = jankVm();

        jank.togglePrecompiledHeader(ENGINE);

        // engine's subtree is engine, vulkan, imgui and cmath: 20 + 500 + 200 + 50 nodes.
        assertEquals(770, jank.jitResultProperty().get().pchBytes());
        assertEquals(PERSISTENT + 770, jank.jitResultProperty().get().persistent());
        assertEquals(880 - 770, load(jank, "app").headerBytes(), "app keeps main and math");
        assertEquals(155 - 50, load(jank, "tool").headerBytes(), "tool no longer parses cmath");
        long toolKept = Math.round(0.25 * (TOOL_TRANSIENT - 50));
        assertEquals(Map.of("tool", PERSISTENT + 770 + TOOL_TRANSIENT - 50,
                "app", PERSISTENT + 770 + toolKept + APP_TRANSIENT - 770,
                "bench", PERSISTENT + 770 + toolKept + Math.round(0.25 * (APP_TRANSIENT - 770)) + BENCH_TRANSIENT),
                rowBytes(jank));
        assertEquals(Set.of(ENGINE), jank.scenarioProperty().get().pchHeaders());
        assertEquals("peak 588 MB of 1850 MB at bench; what-if costs 565 B: PCH engine.hpp",
                jank.budgetSummaryProperty().get(),
                "bench holds the PCH's 770 bytes throughout, and only 13 + 192 bytes less of what tool and app kept");

        jank.togglePrecompiledHeader(ENGINE);
        assertEquals(JitScenario.AS_IS, jank.scenarioProperty().get(), "a second toggle takes the header out");
        assertEquals(BENCH_AS_IS, row(jank, "bench").estimatedBytes());
    }

    @Test
    void aheadOfTimeModuleLeavesTheJitButStaysListed() {
        ExplorerViewModel jank = jankVm();

        jank.toggleAheadOfTime("tool");

        ExplorerViewModel.UnitRow tool = row(jank, "tool");
        assertEquals(0, tool.estimatedBytes());
        assertEquals(ExplorerViewModel.AHEAD_OF_TIME, tool.leftOut());
        assertFalse(tool.overBudget());
        assertEquals(PERSISTENT + APP_TRANSIENT, row(jank, "app").estimatedBytes(), "app now loads first");
        long peak = PERSISTENT + APP_KEPT + BENCH_TRANSIENT;
        assertEquals(peak, row(jank, "bench").estimatedBytes());
        assertEquals("peak 556 MB of 1850 MB at bench; what-if saves 31.3 MB: AOT tool",
                jank.budgetSummaryProperty().get());
        assertEquals(32_775_207, BENCH_AS_IS - peak, "the saving is tool's kept quarter");
        assertThrows(IllegalArgumentException.class, () -> jank.toggleAheadOfTime("nonesuch"));
    }

    @Test
    void lazyLoadingLeavesOutModulesTheEntryDoesNotRequire() {
        ExplorerViewModel jank = jankVm();

        jank.toggleLazyLoading();

        assertTrue(jank.scenarioProperty().get().lazy());
        assertEquals(ExplorerViewModel.NOT_AT_START_UP, row(jank, "bench").leftOut());
        assertEquals(Map.of("tool", PERSISTENT + TOOL_TRANSIENT, "app", PERSISTENT + TOOL_KEPT + APP_TRANSIENT,
                "bench", 0L), rowBytes(jank));
        assertEquals("peak 556 MB of 1850 MB at app; what-if saves 31.2 MB: lazy loading",
                jank.budgetSummaryProperty().get());
        jank.toggleLazyLoading();
        assertTrue(row(jank, "bench").loaded());
    }

    @Test
    void resetRestoresTheModulesAsTheyAre() {
        ExplorerViewModel jank = jankVm();
        List<ExplorerViewModel.UnitRow> asIs = List.copyOf(jank.units());
        String summary = jank.budgetSummaryProperty().get();

        jank.togglePrecompiledHeader(VULKAN);
        jank.toggleAheadOfTime("app");
        jank.toggleLazyLoading();
        assertEquals("peak 525 MB of 1850 MB at tool; what-if saves 62.5 MB: PCH vulkan.h; AOT app; lazy loading",
                jank.budgetSummaryProperty().get());
        jank.resetWhatIfs();

        assertEquals(JitScenario.AS_IS, jank.scenarioProperty().get());
        assertEquals(asIs, jank.units());
        assertEquals(summary, jank.budgetSummaryProperty().get());
    }

    @Test
    void budgetBelowThePeakIsSaidInTheSummaryAndTheBars() {
        ExplorerViewModel jank = jankVm();
        jank.budgetMegabytes(560);
        assertEquals("peak 588 MB over the 560 MB at bench", jank.budgetSummaryProperty().get());
        assertTrue(row(jank, "bench").overBudget());
        assertFalse(row(jank, "tool").overBudget(), "tool loads at 525 MB");
    }

    @Test
    void workspaceWithoutJankModulesHasNoWhatIfsAndSaysSo() {
        vm.togglePrecompiledHeader(ENGINE);
        vm.toggleAheadOfTime("app");
        vm.toggleLazyLoading();

        assertFalse(vm.whatIfsAvailableProperty().get());
        assertEquals(JitScenario.AS_IS, vm.scenarioProperty().get());
        assertEquals(List.of(880L, 155L), vm.units().stream().map(ExplorerViewModel.UnitRow::estimatedBytes).toList());
        assertTrue(vm.units().stream().noneMatch(ExplorerViewModel.UnitRow::jankModule));
        assertNull(vm.jitResultProperty().get());
        assertEquals("No jank modules in sample: JIT what-ifs need a jank workspace", vm.budgetSummaryProperty().get());
    }
}
