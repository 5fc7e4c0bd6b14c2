// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.headroom.refactor.MovePlanner;
import dev.headroom.refactor.MoveProposal;
import dev.headroom.refactor.Patch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench on a copy of the bundled sample: moving the math header's bodies is predicted through the session on
 * a patched copy, and the patch, checked with git and compiled and measured with clang, saves what was predicted.
 */
class RefactorWorkbenchTest {
    @TempDir
    static Path dir;

    static AnalysedWorkspace analysed;
    static RefactorWorkbench workbench;
    static String math;

    static void require(String... paths) {
        for (String p : paths) {
            if (!Files.exists(Path.of(p))) {
                String reason = p + " is missing (apt-get install git clang libvulkan-dev libimgui-dev)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    fail(reason + ": CI must install it");
                }
                assumeTrue(false, reason);
            }
        }
    }

    @BeforeAll
    static void analyseACopyOfTheSample() throws Exception {
        require("/usr/bin/git", "/usr/bin/clang++", "/usr/bin/time", "/usr/include/vulkan/vulkan.h",
                "/usr/include/imgui/imgui.h");
        Path sample = Path.of("..", "samples", "vybe-sdf").toAbsolutePath().normalize();
        Path copy = dir.resolve("vybe-sdf");
        try (var paths = Files.walk(sample)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = copy.resolve(sample.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        analysed = AnalysisSession.bundled().prepare(AnalysisRequest.of(List.of(copy))
                .withCacheDir(dir.resolve("cache"))).run(Progress.SILENT, () -> false);
        workbench = new RefactorWorkbench(analysed);
        math = workbench.header("vybe/vybe_sdf_math.h").orElseThrow();
    }

    @Test
    void movingTheMathHeadersBodiesIsPredictedToSaveInEveryModuleThatIncludesIt() throws Exception {
        MoveProposal proposal = workbench.planner().plan(math, new MovePlanner.Selection.All(), null, false);
        assertEquals(281, proposal.moved(), "every namespace-scope inline function of the math header moves");
        SavingPrediction prediction = workbench.predict(List.of(proposal), () -> false);
        SavingPrediction.HeaderSaving header = prediction.headers().get(0);
        assertTrue(header.saved() > header.after(), "the bodies are most of the header: " + header);
        assertFalse(prediction.units().isEmpty());
        prediction.units().forEach(u -> assertEquals(header.saved(), u.astSaved(), u.unit()));
        assertTrue(prediction.jit() != null && prediction.jit().saved() > 0, "the JIT peak drops: " + prediction.jit());
        assertTrue(prediction.jankNote().contains("compiled once, ahead of time"), prediction.jankNote());
        assertEquals(header.units(), prediction.modules().size());
    }

    @Test
    void theMathHeadersPatchAppliesCompilesAndSavesWhatWasPredicted() throws Exception {
        MoveProposal proposal = workbench.planner().plan(math, new MovePlanner.Selection.All(), null, false);
        SavingPrediction prediction = workbench.predict(List.of(proposal), () -> false);
        VerifyReport report = workbench.verify(proposal.plan(), prediction, () -> false);
        assertTrue(report.applies(), report.gitOutput());
        assertTrue(report.ok(), "every affected unit and the new source file compile: " + report.compiles());
        assertTrue(report.compiles().stream().anyMatch(c -> c.what().endsWith("vybe_sdf_math.cpp")), report.toString());
        assertFalse(report.measured().isEmpty());
        for (VerifyReport.Measured m : report.measured()) {
            assertTrue(m.saved() > 0, "clang spends less on " + m.unit() + ": " + m);
            double ratio = (double) m.predicted() / m.saved();
            assertTrue(ratio > 0.5 && ratio < 2.0, "predicted within a factor of two of measured: " + m);
        }
        System.err.println("math header: " + report.measured());
    }

    @Test
    void patchesAreNeverWrittenIntoTheAnalysedTreeNorIntoAFolderThatCannotBeWritten() throws Exception {
        MoveProposal proposal = workbench.planner().plan(math, new MovePlanner.Selection.All(), null, false);
        Patch patch = workbench.patch(proposal.plan(), List.of(proposal), workbench.predict(List.of(proposal),
                () -> false));
        Path root = Path.of(analysed.workspace().root());
        SessionException inside = assertThrows(SessionException.class,
                () -> PatchExport.write(root.resolve("patches"), root, List.of(patch)));
        assertTrue(inside.problem().message().contains("inside the analysed tree"), inside.problem().message());
        assertFalse(Files.exists(root.resolve("patches")));
        List<Path> written = PatchExport.write(dir.resolve("out"), root, List.of(patch));
        assertEquals(List.of(dir.resolve("out").resolve(patch.fileName())), written);
        assertTrue(Files.readString(written.get(0)).startsWith("Move 281 inline bodies from include/vybe/vybe_sdf_math.h"));
        Path readOnly = Files.createDirectories(dir.resolve("read-only"));
        assumeTrue(readOnly.toFile().setWritable(false), "cannot make a folder read-only here");
        try {
            assumeTrue(!Files.isWritable(readOnly), "running as a user who writes anywhere (root)");
            SessionException e = assertThrows(SessionException.class,
                    () -> PatchExport.write(readOnly, root, List.of(patch)));
            assertTrue(e.problem().message().contains("not a writable folder"), e.problem().message());
        } finally {
            readOnly.toFile().setWritable(true);
        }
    }

    @Test
    void suggestionsRankTheMathHeaderFirstWithItsRefusals() throws Exception {
        List<Suggestion> suggestions = workbench.suggest(5, () -> false);
        assertFalse(suggestions.isEmpty());
        assertEquals("move-bodies:include/vybe/vybe_sdf_math.h", suggestions.get(0).id());
        for (int i = 1; i < suggestions.size(); i++) {
            assertTrue(suggestions.get(i - 1).score() >= suggestions.get(i).score());
        }
    }

    @Test
    void theSamplesOneProjectIncludeOfAProjectHeaderStaysForNamedReasons() throws Exception {
        RefactorWorkbench.ForwardSuggestions found = workbench.suggestForward(5, () -> false);
        assertTrue(found.possible().isEmpty(), "no include in the sample can be forward-declared: " + found.possible());
        assertEquals(1, found.refused().size(), "the other includes are system headers: " + found.refused());
        dev.headroom.refactor.ForwardProposal engine = found.refused().get(0);
        assertTrue(engine.header().endsWith("include/vulkan/sdf_engine.hpp"), engine.header());
        assertEquals("\"vybe/vybe_sdf_math.h\"", engine.spelled());
        var blockers = engine.refused().stream().map(dev.headroom.refactor.ForwardRefusal::blocker)
                .collect(java.util.stream.Collectors.toSet());
        assertTrue(blockers.contains(dev.headroom.model.ForwardBlocker.COMPLETE_USE), "vec3 members by value: "
                + engine.refused());
        assertTrue(blockers.contains(dev.headroom.model.ForwardBlocker.ENUM_WITHOUT_FIXED_TYPE), engine.refused()
                .toString());
    }
}
