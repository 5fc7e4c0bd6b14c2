// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.refactor.MovePlanner;
import dev.headroom.refactor.MoveProposal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving bodies out of real third-party headers copied to a temporary folder: every body that may move does, the
 * patch applies with {@code git apply --check}, and the patched header and the new source file compile with clang.
 */
class ThirdPartyHeadersTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"imgui.h", "imgui_internal.h"})
    void everyMovableBodyOfAnImguiHeaderMovesAndThePatchedUnitsCompile(String name) throws Exception {
        RefactorWorkbenchTest.require("/usr/bin/git", "/usr/bin/clang++", "/usr/bin/time",
                "/usr/include/imgui/" + name);
        Path tree = Files.createDirectories(dir.resolve("imgui"));
        for (String file : List.of("imgui.h", "imconfig.h", "imgui_internal.h", "imstb_textedit.h")) {
            Path from = Path.of("/usr/include/imgui", file);
            if (Files.exists(from)) {
                Files.copy(from, tree.resolve(file));
            }
        }
        AnalysedWorkspace analysed = AnalysisSession.bundled().prepare(AnalysisRequest.of(
                List.of(tree.resolve(name))).withCacheDir(dir.resolve("cache"))).run(Progress.SILENT, () -> false);
        RefactorWorkbench workbench = new RefactorWorkbench(analysed);
        String header = tree.resolve(name).toString();
        MoveProposal proposal = workbench.planner().plan(header, new MovePlanner.Selection.All(), null, false);
        assertTrue(proposal.moved() > 10, name + ": bodies move: " + proposal.moved());
        assertFalse(proposal.refused().isEmpty(), "templates and constexpr stay");
        SavingPrediction prediction = workbench.predict(List.of(proposal), () -> false);
        VerifyReport report = workbench.verify(proposal.plan(), prediction, () -> false);
        assertTrue(report.applies(), report.gitOutput());
        assertTrue(report.ok(), name + ": " + report.compiles());
        System.err.println(name + ": " + proposal.moved() + " moved, " + proposal.refused().size() + " refused; "
                + prediction.headers() + " measured " + report.measured());
    }
}
