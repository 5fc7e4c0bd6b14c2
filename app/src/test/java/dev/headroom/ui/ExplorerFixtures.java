// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.analysis.cost.CostModel;
import dev.headroom.analysis.jit.JitBudget;
import dev.headroom.analysis.jit.JitSettings;
import dev.headroom.model.AnalysisStats;
import dev.headroom.model.AstNodeKind;
import dev.headroom.model.DeclarationKind;
import dev.headroom.model.FileInUnit;
import dev.headroom.model.FunctionDefinition;
import dev.headroom.model.IncludeEdge;
import dev.headroom.model.IncludeStatus;
import dev.headroom.model.JankModule;
import dev.headroom.model.MeasuredUnit;
import dev.headroom.model.Measurements;
import dev.headroom.model.Origin;
import dev.headroom.model.Problem;
import dev.headroom.model.SourceFile;
import dev.headroom.model.ToolchainInfo;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.UnitKind;
import dev.headroom.model.Workspace;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.AnalysisSession;
import dev.headroom.ui.modules.UnitRow;
import dev.headroom.ui.session.WorkspaceOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Small hand-made workspaces for the explorer's view model tests, and explorers showing them without a Stage or the
 * FX thread: every executor runs at once, so a command's background work is done when it returns.
 */
public final class ExplorerFixtures {
    public static final String MAIN = "/w/src/main.cpp";
    public static final String ENGINE = "/w/include/engine.hpp";
    public static final String MATH = "/w/include/math.h";
    public static final String VULKAN = "/usr/include/vulkan/vulkan.h";
    public static final String IMGUI = "/usr/include/imgui/imgui.h";
    public static final String CMATH = "/usr/include/c++/12/cmath";
    public static final String TOOL = "/w/src/tool.cpp";

    private ExplorerFixtures() {
    }

    /** An explorer estimating with {@code model}, opening through a real session, showing {@code workspace}. */
    public static Explorer explorer(Workspace workspace, CostModel model) {
        Explorer explorer = new Explorer(WorkspaceOpener.through(new AnalysisSession(model), UnaryOperator.identity()),
                model.calibration(), Runnable::run, Runnable::run);
        explorer.session().show(AnalysedWorkspace.of(workspace, model));
        return explorer;
    }

    /**
     * An explorer showing {@code workspace}, each file costing its node count, with clang's AST bytes for some units
     * as {@code analyze --measure-with-clang} would have kept them.
     */
    public static Explorer measuredExplorer(Workspace workspace, Map<String, Long> clangAstBytes) {
        CostModel model = new NodeCountCostModel();
        Explorer explorer = new Explorer(WorkspaceOpener.through(new AnalysisSession(model), UnaryOperator.identity()),
                model.calibration(), Runnable::run, Runnable::run);
        Map<String, MeasuredUnit> units = new HashMap<>();
        clangAstBytes.forEach((unit, bytes) -> units.put(unit, new MeasuredUnit(unit, bytes, 0, 0)));
        explorer.session().show(AnalysedWorkspace.of(workspace, model, JitSettings.seedDefaults(),
                new Measurements(units, Map.of())));
        return explorer;
    }

    /** An explorer showing {@code workspace}, each file costing its node count. */
    public static Explorer explorer(Workspace workspace) {
        return explorer(workspace, new NodeCountCostModel());
    }

    /** An explorer showing {@link #jankWorkspace()}. */
    public static Explorer jankExplorer() {
        return explorer(jankWorkspace());
    }

    /**
     * {@code app}: main includes engine and math; engine includes vulkan, imgui and cmath; imgui includes vulkan
     * again (skipped by its guard); math includes cmath. So cmath is dominated by main, vulkan by engine.
     * {@code tool}: tool includes math.
     */
    public static Workspace workspace() {
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

    public static SourceFile file(String path, Origin origin, int nodes) {
        return new SourceFile(path, origin, nodes * 10L, nodes, nodes, 1,
                Map.of(DeclarationKind.FUNCTION_DEFINITION_INLINE, nodes / 10, DeclarationKind.CLASS, 1),
                Map.of(AstNodeKind.OTHER, nodes), dev.headroom.model.TemplateUse.NONE);
    }

    public static FileInUnit in(String path) {
        return new FileInUnit(path, 3, 1, 1);
    }

    public static IncludeEdge edge(String from, int line, String to) {
        return new IncludeEdge(from, line, "<" + to + ">", to, IncludeStatus.ENTERED, "");
    }

    public static IncludeEdge skipped(String from, int line, String to) {
        return new IncludeEdge(from, line, "<" + to + ">", to, IncludeStatus.SKIPPED_ONCE, "");
    }

    public static List<String> labels(List<HeaderNode> nodes) {
        return nodes.stream().map(HeaderNode::label).toList();
    }

    public static HeaderNode child(HeaderNode parent, String label) {
        return parent.children().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
    }

    public static final String BENCH = "/w/src/bench.cpp";
    public static final long MB = 1024 * 1024;
    /** The seed's toolchain and runtime, held throughout. */
    public static final long PERSISTENT = 400 * MB;
    public static final long CODEGEN = 125 * MB;
    /** The seed's 2 KB of C++ per jank function at 14 AST bytes per C++ byte. */
    public static final long PER_FUNCTION = 2048 * 14;

    /**
     * The same files as jank modules: {@code tool} (tool, math, cmath: 155 nodes, 1 function), {@code app} (880
     * nodes, 2 functions) requiring {@code tool}, and {@code bench} (7 nodes, no functions) that nothing requires.
     * They load as tool, app, bench; each keeps a quarter of its transient memory after it loads.
     */
    public static Workspace jankWorkspace() {
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

    public static Map<String, Long> rowBytes(Explorer model) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        model.modules().units().forEach(r -> out.put(r.name(), r.estimatedBytes()));
        return out;
    }

    public static UnitRow row(Explorer model, String name) {
        return model.modules().units().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    public static JitBudget.ModuleLoad load(Explorer model, String namespace) {
        return model.modules().jitResultProperty().get().loads().stream().filter(l -> l.namespace().equals(namespace))
                .findFirst().orElseThrow();
    }

    // As is: tool's transient is 155 + 1 function + codegen; app's 880 + 2 functions + codegen on top of a
    // quarter of tool's; bench's 7 + codegen on top of a quarter of both.
    public static final long TOOL_TRANSIENT = 155 + PER_FUNCTION + CODEGEN;
    public static final long APP_TRANSIENT = 880 + 2 * PER_FUNCTION + CODEGEN;
    public static final long BENCH_TRANSIENT = 7 + CODEGEN;
    public static final long TOOL_KEPT = Math.round(0.25 * TOOL_TRANSIENT);
    public static final long APP_KEPT = Math.round(0.25 * APP_TRANSIENT);
    public static final long BENCH_AS_IS = PERSISTENT + TOOL_KEPT + APP_KEPT + BENCH_TRANSIENT;

    /**
     * A trace of unit {@code app} as clang writes it: engine [0, 1000) enters vulkan [100, 600), imgui [600, 900)
     * and cmath [900, 950), so its self time is 150; math [1000, 1100); and a header outside the workspace.
     */
    public static Path trace(Path dir) throws Exception {
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
}
