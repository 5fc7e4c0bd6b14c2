// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.measure.HandMeasured;
import dev.headroom.session.AnalysisSession;
import dev.headroom.session.SavingsVerifier;
import dev.headroom.ui.Explorer;
import dev.headroom.ui.session.SessionViewModel;
import dev.headroom.ui.session.WorkspaceOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Measure with clang" on a real parse and a real clang: the measured figures stand beside the estimate. */
class ClangMeasureViewModelTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsClang() {
        HandMeasured.requireClangAndHeaders();
    }

    @Test
    void theSelectedHeaderIsMeasuredKeptAcrossSelectionsAndForgottenWithTheWorkspace() throws Exception {
        Path src = Files.createDirectories(dir.resolve("p"));
        Files.writeString(src.resolve("shapes.h"), "#pragma once\n#include <vector>\n#include <string>\n"
                + "struct Shape { std::vector<float> points; std::string name; };\n");
        Files.writeString(src.resolve("tiny.h"), "#pragma once\ninline int tiny() { return 1; }\n");
        Files.writeString(src.resolve("main.cpp"), "#include \"shapes.h\"\n#include \"tiny.h\"\n"
                + "int count(const Shape& s) { return (int) s.points.size() + tiny(); }\n");
        AnalysisSession session = AnalysisSession.bundled();
        Explorer e = new Explorer(WorkspaceOpener.through(session, r -> r.withCacheDir(dir.resolve("cache"))
                .withRun(1, false)), session.costModel().calibration(),
                new SavingsVerifier(1, dir.resolve("cache"))::measure, Runnable::run, Runnable::run);
        e.session().open(List.of(src.resolve("main.cpp")));
        assertEquals(SessionViewModel.AnalysisState.SUCCEEDED, e.session().stateProperty().get());
        ClangMeasureViewModel measure = e.measure();
        assertFalse(measure.canMeasure().get(), "nothing selected");

        e.treemap().selectPath(src.resolve("shapes.h").toString());
        assertTrue(measure.canMeasure().get());
        measure.measure();
        String shapes = measure.resultProperty().get();
        assertTrue(shapes.startsWith("Without it main.cpp saves ") && shapes.contains(" estimated, ")
                && shapes.contains(" measured by clang") && shapes.contains("The unit: "), shapes);
        assertFalse(measure.busyProperty().get());

        e.treemap().selectPath(src.resolve("tiny.h").toString());
        assertEquals("", measure.resultProperty().get(), "tiny.h has not been measured");
        e.treemap().selectPath(src.resolve("shapes.h").toString());
        assertEquals(shapes, measure.resultProperty().get(), "a measurement is kept for its header");

        e.session().open(List.of(src.resolve("main.cpp")));
        assertEquals("", measure.resultProperty().get(), "a new analysis forgets the old figures");
    }
}
