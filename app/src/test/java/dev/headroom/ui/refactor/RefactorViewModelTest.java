// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.refactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.AnalysisRequest;
import dev.headroom.session.AnalysisSession;
import dev.headroom.session.CompareInput;
import dev.headroom.session.CompareRequest;
import dev.headroom.session.Progress;
import dev.headroom.ui.ExplorerState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The refactor panel's view model on a copy of the bundled sample, parsed by CDT through the session; every executor
 * runs at once, so a command's background work is done when it returns.
 */
class RefactorViewModelTest {
    @TempDir
    static Path dir;

    static AnalysedWorkspace analysed;
    static String root;
    static String math;
    static String engine;

    ExplorerState state;
    RefactorViewModel vm;

    @BeforeAll
    static void analyseACopyOfTheSample() throws Exception {
        for (String p : List.of("/usr/bin/git", "/usr/bin/clang++", "/usr/include/vulkan/vulkan.h",
                "/usr/include/imgui/imgui.h")) {
            if (!Files.exists(Path.of(p))) {
                String reason = p + " is missing (apt-get install git clang libvulkan-dev libimgui-dev)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    fail(reason + ": CI must install it");
                }
                assumeTrue(false, reason);
            }
        }
        Path copy = SampleCopy.of(dir.resolve("vybe-sdf"));
        analysed = AnalysisSession.bundled().prepare(AnalysisRequest.of(List.of(copy))
                .withCacheDir(dir.resolve("cache"))).run(Progress.SILENT, () -> false);
        root = analysed.workspace().root();
        math = root + "/include/vybe/vybe_sdf_math.h";
        engine = root + "/include/vulkan/sdf_engine.hpp";
    }

    @BeforeEach
    void showTheSample() {
        state = new ExplorerState();
        vm = new RefactorViewModel(state, Runnable::run, Runnable::run);
        state.show(analysed, false);
    }

    Offer offer(String header, String kind) {
        return vm.offersFor(header).stream().filter(o -> o.proposal().kind().equals(kind)).findFirst().orElseThrow();
    }

    long saved() {
        return vm.modules().stream().mapToLong(ModuleRow::astSaved).sum();
    }

    @Test
    void suggestionsAreTheSuggestCommandsBestFirstWithWhatStays() {
        vm.suggest();
        List<SuggestionRow> rows = vm.suggestions();
        assertEquals(List.of("include/vybe/vybe_sdf_math.h", "include/vulkan/sdf_engine.hpp"),
                rows.stream().map(SuggestionRow::header).distinct().toList(), vm.suggestionsTextProperty().get());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).savedBytes() >= rows.get(i).savedBytes(), "best first: " + rows.get(i).title());
        }
        SuggestionRow move = row(rows, "include/vybe/vybe_sdf_math.h", "move-bodies");
        assertEquals(5, move.units(), "the math header is in every unit but the render one");
        assertTrue(move.blockers().isEmpty());
        SuggestionRow split = row(rows, "include/vybe/vybe_sdf_math.h", "split");
        assertEquals(5, split.units(), "every unit entering the math header changes: ios, state and shader move to"
                + " one small piece, the engine to two, math keeps the umbrella");
        assertTrue(split.savedBytes() > 0);
        SuggestionRow engine = row(rows, "include/vulkan/sdf_engine.hpp", "move-bodies");
        assertTrue(move.savedBytes() > engine.savedBytes());
        assertEquals(10, engine.blockers().size(), "the engine keeps its templates and deleted members");
        assertTrue(engine.blockers().get(0).contains("template"), engine.blockers().get(0));
    }

    @Test
    void aReanalysisOfTheSameTreeKeepsThePlanAndDropsTheStepsWhoseFilesWereEditedSince() throws Exception {
        Path copy = SampleCopy.of(dir.resolve("reanalysed"));
        AnalysisRequest request = AnalysisRequest.of(List.of(copy)).withCacheDir(dir.resolve("cache"));
        state.show(AnalysisSession.bundled().prepare(request).run(Progress.SILENT, () -> false), false);
        String r = state.analysed().workspace().root();
        vm.add(offer(r + "/include/vybe/vybe_sdf_math.h", "move-bodies").proposal());
        vm.add(offer(r + "/include/vulkan/sdf_engine.hpp", "move-bodies").proposal());
        assertEquals(2, vm.steps().size());

        state.show(AnalysisSession.bundled().prepare(request).run(Progress.SILENT, () -> false), false);
        assertEquals(2, vm.steps().size(), vm.messageProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Plan kept: its 2 refactors"), vm.messageProperty().get());
        assertNotNull(vm.steps().get(0).predicted(), "estimated again on the new analysis");

        Path engineFile = Path.of(r, "include/vulkan/sdf_engine.hpp");
        Files.writeString(engineFile, "// edited: every offset below moves\n" + Files.readString(engineFile));
        state.show(AnalysisSession.bundled().prepare(request).run(Progress.SILENT, () -> false), false);
        assertEquals(1, vm.steps().size(), vm.messageProperty().get());
        assertTrue(vm.steps().get(0).header().endsWith("include/vybe/vybe_sdf_math.h"), vm.steps().get(0).header());
        assertTrue(vm.messageProperty().get().startsWith("Plan kept in part: 1 of 2 refactors still apply")
                && vm.messageProperty().get().contains("sdf_engine.hpp"), vm.messageProperty().get());
        assertFalse(vm.canUndoProperty().get(), "a carried plan starts a new history");
    }

    private static SuggestionRow row(List<SuggestionRow> rows, String header, String kind) {
        return rows.stream().filter(r -> r.header().equals(header) && r.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " of " + header + " in " + rows));
    }

    @Test
    void addingARefactorEstimatesItPerStepPerUnitAndForTheJitAndMarksWhatItTouches() {
        vm.add(offer(math, "move-bodies").proposal());
        assertEquals(1, vm.steps().size());
        StepRow step = vm.steps().get(0);
        assertNotNull(step.predicted(), "the step is estimated");
        assertEquals(5, vm.modules().size(), "each unit including the math header changes");
        assertEquals(step.predicted(), vm.modules().stream().mapToLong(ModuleRow::astSaved).sum());
        vm.modules().forEach(m -> assertTrue(m.astAfter() < m.astBefore() && m.peakAfter() < m.peakBefore(), m.unit()));
        assertTrue(vm.predictedTextProperty().get().startsWith("Estimated: "), vm.predictedTextProperty().get());
        assertTrue(vm.jitTextProperty().get().startsWith("JIT peak (estimated): 733.2 MB → "),
                vm.jitTextProperty().get());
        assertTrue(vm.predictedProperty().get());
        assertTrue(vm.touchedProperty().get().contains(math), vm.touchedProperty().get().toString());
        assertTrue(vm.touchedProperty().get().contains(root + "/include/vybe/vybe_sdf_math.cpp"),
                "the new source file is touched too");
        assertTrue(vm.measuredTextProperty().get().contains("not yet"), "no clang figure is shown as measured");
    }

    @Test
    void undoAndRedoRestoreThePlanAndItsEstimate() {
        vm.add(offer(math, "move-bodies").proposal());
        String one = vm.predictedTextProperty().get();
        long saved = saved();
        vm.add(offer(engine, "move-bodies").proposal());
        assertEquals(2, vm.steps().size());
        String two = vm.predictedTextProperty().get();
        assertEquals(saved + vm.steps().get(1).predicted(), saved(), "the engine's bodies add to the saving");
        assertEquals(5, vm.modules().size(), "the UI unit changes by both, four others by the math header alone");

        vm.undo();
        assertEquals(List.of("include/vybe/vybe_sdf_math.h"), vm.steps().stream().map(StepRow::header).toList());
        assertEquals(one, vm.predictedTextProperty().get());
        assertEquals(saved, saved());
        assertTrue(vm.canRedoProperty().get());
        vm.redo();
        assertEquals(two, vm.predictedTextProperty().get());
        assertFalse(vm.canRedoProperty().get());

        vm.remove(0);
        assertEquals(List.of("include/vulkan/sdf_engine.hpp"), vm.steps().stream().map(StepRow::header).toList());
        assertEquals(1, vm.modules().size());
        assertFalse(vm.touchedProperty().get().contains(math), "the math header is no longer marked");
        vm.undo();
        assertEquals(2, vm.steps().size());

        vm.add(offer(math, "move-bodies").proposal());
        assertEquals(2, vm.steps().size(), "a refactor is planned once");
        assertTrue(vm.messageProperty().get().startsWith("Already in the plan"), vm.messageProperty().get());
    }

    @Test
    void aRefusedRefactorIsOfferedWithItsReasonAndNotAdded() {
        Offer forward = offer(engine, "forward-declare");
        assertFalse(forward.possible());
        assertTrue(forward.label().contains("vybe/vybe_sdf_math.h"), forward.label());
        assertTrue(forward.refused().contains("vybe::sdf::"), forward.refused());
        assertTrue(vm.offersFor(math).stream().anyMatch(o -> o.proposal() == forward.proposal()),
                "replacing the engine's include of the math header is offered on the math header too");
        vm.add(forward.proposal());
        assertTrue(vm.steps().isEmpty());
        assertTrue(vm.messageProperty().get().startsWith("Not added"), vm.messageProperty().get());
    }

    @Test
    void exportWritesEachStepAndTheCombinedPatchButNeverIntoTheAnalysedTree() throws Exception {
        vm.add(offer(math, "move-bodies").proposal());
        vm.add(offer(engine, "move-bodies").proposal());
        vm.export(Path.of(root, "patches"));
        assertTrue(vm.messageProperty().get().contains("inside the analysed tree"), vm.messageProperty().get());
        assertFalse(Files.exists(Path.of(root, "patches")));

        Path out = dir.resolve("patches");
        vm.export(out);
        assertTrue(vm.messageProperty().get().startsWith("Wrote 3 patches"), vm.messageProperty().get());
        try (var files = Files.list(out)) {
            assertEquals(List.of("combined.patch", "move-bodies-include-vulkan-sdf_engine.hpp.patch",
                    "move-bodies-include-vybe-vybe_sdf_math.h.patch"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String combined = Files.readString(out.resolve("combined.patch"));
        assertTrue(combined.contains("diff --git a/include/vybe/vybe_sdf_math.h"), combined.substring(0, 400));
        assertTrue(combined.contains("JIT peak: 733.2 MB -> "), "the patch is headed by the estimate");

        AtomicReference<String> preview = new AtomicReference<>();
        vm.previewPatch(preview::set);
        assertEquals(combined, preview.get(), "the preview is the exported combined patch");
    }

    @Test
    void comparingBeforeAndAfterMakesThePlanRevisionB() {
        vm.add(offer(math, "move-bodies").proposal());
        AtomicReference<CompareRequest> request = new AtomicReference<>();
        vm.compare(request::set);
        assertNotNull(request.get(), vm.messageProperty().get());
        assertEquals(new CompareInput.Folder(Path.of(root)), request.get().before());
        CompareInput.EditedFolder after = (CompareInput.EditedFolder) request.get().after();
        assertEquals(List.of("include/vybe/vybe_sdf_math.cpp", "include/vybe/vybe_sdf_math.h"),
                after.replaced().keySet().stream().sorted().toList());
    }

    @Test
    void verifyingShowsClangsMeasurementBesideTheEstimate() {
        vm.add(offer(math, "move-bodies").proposal());
        vm.verify();
        assertTrue(vm.measuredTextProperty().get().startsWith("Measured by clang: "), vm.measuredTextProperty().get());
        for (ModuleRow m : vm.modules()) {
            assertNotNull(m.measuredSaved(), m.unit());
            double ratio = (double) m.astSaved() / m.measuredSaved();
            assertTrue(ratio > 0.5 && ratio < 2.0, "estimated within a factor of two of measured: " + m);
        }
        assertNotNull(vm.steps().get(0).measured(), "the one step's measurement is the plan's");
    }

    @Test
    void aSecondStepShowsTheStepsSavingsAddedAtOnceWhileTheirCombinationIsReparsed() {
        java.util.ArrayDeque<Runnable> background = new java.util.ArrayDeque<>();
        RefactorViewModel later = new RefactorViewModel(state, background::add, Runnable::run);
        later.suggest();
        drain(background);
        // Suggestions come predicted, so each step's own saving is known when it is added.
        later.add(row(later.suggestions(), "include/vybe/vybe_sdf_math.h", "move-bodies").proposal());
        later.add(row(later.suggestions(), "include/vulkan/sdf_engine.hpp", "move-bodies").proposal());
        assertFalse(background.isEmpty(), "the combination is reparsed in the background");
        String interim = later.predictedTextProperty().get();
        assertTrue(interim.startsWith("Estimated: about "), interim);
        long added = later.steps().stream().mapToLong(StepRow::predicted).sum();
        assertEquals(added, later.modules().stream().mapToLong(ModuleRow::astSaved).sum());
        assertEquals(5, later.modules().size());

        drain(background);
        String reparsed = later.predictedTextProperty().get();
        assertTrue(reparsed.startsWith("Estimated: ") && !reparsed.contains("about"), reparsed);
        // Bodies moved out of two different headers: the reparsed combination saves what the steps save alone.
        assertEquals(added, later.modules().stream().mapToLong(ModuleRow::astSaved).sum());
    }

    @Test
    void verifyAskedAgainWhileClangRunsWaitsForTheRunningOne() {
        java.util.ArrayDeque<Runnable> background = new java.util.ArrayDeque<>();
        RefactorViewModel later = new RefactorViewModel(state, background::add, Runnable::run);
        drain(background);
        later.add(offer(math, "move-bodies").proposal());
        drain(background);
        assertTrue(later.predictedProperty().get(), later.predictedTextProperty().get());

        later.verify();
        assertTrue(later.verifyingProperty().get());
        later.verify();
        assertTrue(later.messageProperty().get().startsWith("Already verifying this plan"), later.messageProperty().get());
        assertEquals(1, background.size(), "one clang run queued, not two");
        drain(background);
        assertFalse(later.verifyingProperty().get());
        assertTrue(later.measuredTextProperty().get().startsWith("Measured by clang: "),
                later.measuredTextProperty().get());
    }

    @Test
    void aSplitAskedForFromTheTileMenuIsOutlinedPlannedAndAdded() {
        vm.addSplit(math);
        assertEquals(List.of("split"), vm.steps().stream().map(StepRow::kind).toList(), vm.messageProperty().get());
        assertTrue(vm.steps().get(0).header().endsWith("include/vybe/vybe_sdf_math.h"));
        assertNotNull(vm.steps().get(0).predicted(), "estimated like any step");
        vm.addSplit(math);
        assertTrue(vm.messageProperty().get().startsWith("Already in the plan"), vm.messageProperty().get());
        vm.addSplit(engine);
        assertEquals(List.of("split", "split"), vm.steps().stream().map(StepRow::kind).toList(),
                vm.messageProperty().get());
    }

    @Test
    void aSplitArrangedAnewIsPlannedAgainInItsStepsPlaceAndUndoable() {
        vm.addSplit(math);
        List<dev.headroom.refactor.SplitPlanner.ChosenPiece> pieces = vm.splitPieces(0);
        assertTrue(pieces.size() >= 2, pieces.toString());
        Long before = vm.steps().get(0).predicted();

        // The user drags every declaration of the last piece into the first: one piece fewer.
        List<dev.headroom.refactor.SplitPlanner.ChosenPiece> merged = new java.util.ArrayList<>(pieces);
        var last = merged.remove(merged.size() - 1);
        List<String> first = new java.util.ArrayList<>(merged.get(0).declarations());
        first.addAll(last.declarations());
        merged.set(0, new dev.headroom.refactor.SplitPlanner.ChosenPiece(merged.get(0).file(), first));
        vm.rearrangeSplit(0, merged);

        assertEquals(pieces.size() - 1, vm.splitPieces(0).size(), vm.messageProperty().get());
        assertTrue(vm.messageProperty().get().contains("arranged in " + (pieces.size() - 1) + " pieces"),
                vm.messageProperty().get());
        assertNotNull(vm.steps().get(0).predicted(), "estimated again");
        assertTrue(vm.splitPieces(0).get(0).declarations().containsAll(last.declarations()));
        vm.undo();
        assertEquals(pieces, vm.splitPieces(0), "undo puts the planner's arrangement back");
        assertEquals(before, vm.steps().get(0).predicted());

        vm.rearrangeSplit(0, List.of(new dev.headroom.refactor.SplitPlanner.ChosenPiece("x.h", List.of("nosuch"))));
        assertTrue(vm.messageProperty().get().startsWith("Not arranged: "), vm.messageProperty().get());
        assertEquals(pieces, vm.splitPieces(0), "a refused arrangement leaves the step as it was");
    }

    private static void drain(java.util.ArrayDeque<Runnable> background) {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }
}
