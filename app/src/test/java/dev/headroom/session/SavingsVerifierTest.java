// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.measure.HandMeasured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Estimated savings checked by clang: each measured saving equals a by-hand run on a copy with the header emptied. */
class SavingsVerifierTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsClang() {
        HandMeasured.requireClangAndHeaders();
    }

    /** main.cpp includes engine.hpp (Vulkan and ImGui) and small.h; neither includes the other. */
    Path project() throws Exception {
        Path src = Files.createDirectories(dir.resolve("p"));
        Files.writeString(src.resolve("engine.hpp"), "#pragma once\n#include <vulkan/vulkan.h>\n#include <imgui.h>\n"
                + "inline int engine() { return 1; }\n");
        Files.writeString(src.resolve("small.h"), "#pragma once\ninline int small() { return 2; }\n");
        Files.writeString(src.resolve("main.cpp"), "#include \"engine.hpp\"\n#include \"small.h\"\nint main() { return engine() + small(); }\n");
        return src;
    }

    @Test
    void theMeasuredSavingOfEachHeavyHeaderIsWhatClangSpendsLessWithItEmptied() throws Exception {
        Path src = project();
        AnalysisRequest request = new AnalysisRequest(List.of(src.resolve("main.cpp")),
                List.of("-std=c++17", "-isystem", "/usr/include/imgui"), src, 2, true, dir.resolve("cache"), false,
                null, null, false, List.of());
        AnalysedWorkspace analysed = AnalysisSession.bundled().prepare(request).run(Progress.SILENT, () -> false);

        List<SavingsVerifier.Row> rows = new SavingsVerifier(2, dir.resolve("cache"))
                .verify(analysed, 1, Progress.SILENT, () -> false);

        assertEquals(1, rows.size(), rows.toString());
        SavingsVerifier.Row engine = rows.get(0);
        assertEquals(src.resolve("engine.hpp").toString(), engine.header(), "the heaviest header is the engine's");
        Path copy = dir.resolve("copy");
        HandMeasured.copyTree(src, copy);
        List<String> flags = List.of("-std=c++17", "-isystem", "/usr/include/imgui");
        long before = HandMeasured.astBytes(copy.resolve("main.cpp"), flags);
        Files.writeString(copy.resolve("engine.hpp"), "");
        long after = HandMeasured.astBytes(copy.resolve("main.cpp"), flags);
        assertEquals(before - after, engine.measuredAstBytes(), "equal to a by-hand clang run with it emptied");
        assertTrue(engine.measuredPeakBytes() > 0);
        assertTrue(Math.abs(engine.errorPercent()) < 50, "the estimate is of the same size: " + engine);
        assertFalse(Files.readString(src.resolve("engine.hpp")).isEmpty(), "the analysed tree is untouched");
    }

    @Test
    void oneHeaderMeasuredOnDemandIsWhatClangSpendsLessWithItEmptiedAndTheUnitAsClangSeesIt() throws Exception {
        Path src = project();
        List<String> flags = List.of("-std=c++17", "-isystem", "/usr/include/imgui");
        AnalysisRequest request = new AnalysisRequest(List.of(src.resolve("main.cpp")), flags, src, 2, true,
                dir.resolve("cache"), false, null, null, false, List.of());
        AnalysedWorkspace analysed = AnalysisSession.bundled().prepare(request).run(Progress.SILENT, () -> false);
        String unit = analysed.workspace().units().get(0).name();
        SavingsVerifier verifier = new SavingsVerifier(2, dir.resolve("cache"));

        SavingsVerifier.HeaderMeasurement small = verifier.measure(analysed, unit, src.resolve("small.h").toString(),
                () -> false);

        Path copy = dir.resolve("copy");
        HandMeasured.copyTree(src, copy);
        long before = HandMeasured.astBytes(copy.resolve("main.cpp"), flags);
        Files.writeString(copy.resolve("small.h"), "");
        long after = HandMeasured.astBytes(copy.resolve("main.cpp"), flags);
        assertEquals(before - after, small.saving().measuredAstBytes(), "equal to a by-hand clang run with it emptied");
        assertEquals(before, small.unitMeasured(), "the unit as clang measures it by hand");
        assertEquals(0, small.clangErrors());
        assertEquals(analysed.costs().unit(unit).orElseThrow().astBytes(), small.unitEstimated());

        SessionException notEntered = assertThrows(SessionException.class,
                () -> verifier.measure(analysed, unit, src.resolve("nothere.h").toString(), () -> false));
        assertTrue(notEntered.problem().message().contains("does not enter this header"),
                notEntered.problem().message());
        SessionException main = assertThrows(SessionException.class,
                () -> verifier.measure(analysed, unit, src.resolve("main.cpp").toString(), () -> false));
        assertTrue(main.problem().message().contains("main file"), main.problem().message());
    }

    @Test
    void aWorkspaceReadBackFromJsonCannotBeVerifiedAndSaysWhy() {
        AnalysedWorkspace composed = AnalysedWorkspace.of(new dev.headroom.model.Workspace("w", "/w", List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null), AnalysisSession.bundled().costModel());

        SessionException e = assertThrows(SessionException.class,
                () -> new SavingsVerifier(1, dir).verify(composed, 3, Progress.SILENT, () -> false));
        assertTrue(e.problem().message().contains("read back, not parsed"), e.problem().message());
    }
}
