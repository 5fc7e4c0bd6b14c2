// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.analysis.HeaderReport;
import dev.headroom.session.AnalysisSession;
import dev.headroom.ui.Explorer;
import dev.headroom.ui.session.SessionViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's rankings over all modules of a real parse, and a row shown in a module that enters its header. */
class ReportViewModelTest {
    @TempDir
    Path dir;

    @Test
    void rankingsCoverEveryModuleAndARowOfAnotherModuleSwitchesToIt() throws Exception {
        Path src = Files.createDirectories(dir.resolve("p"));
        Files.writeString(src.resolve("a.h"), "#pragma once\n#include \"c.h\"\n#include <vector>\nstruct A { std::vector<int> v; };\n");
        Files.writeString(src.resolve("c.h"), "#pragma once\n#include \"a.h\"\nstruct C;\n");
        Files.writeString(src.resolve("b.h"), "#pragma once\n#include <vector>\n#include <string>\nstruct B { std::string s; };\n");
        Files.writeString(src.resolve("tool.h"), "#pragma once\n#include <map>\nstruct T { std::map<int, int> m; };\n");
        Files.writeString(src.resolve("main.cpp"), "#include \"a.h\"\n#include \"b.h\"\nint main() { return 0; }\n");
        Files.writeString(src.resolve("tool.cpp"), "#include \"b.h\"\n#include \"tool.h\"\nint tool() { return 0; }\n");
        Explorer e = Explorer.over(AnalysisSession.bundled(), r -> r.withCacheDir(dir.resolve("cache")).withRun(1, false),
                Runnable::run, Runnable::run);
        e.session().open(List.of(src.resolve("main.cpp"), src.resolve("tool.cpp")));
        assertEquals(SessionViewModel.AnalysisState.SUCCEEDED, e.session().stateProperty().get());
        ReportViewModel report = e.report();
        assertTrue(report.headers().isEmpty(), "nothing is ranked while the rankings are off screen");
        report.setActive(true);

        assertTrue(report.statusProperty().get().startsWith("Over all 2 modules"), report.statusProperty().get());
        List<HeaderReport.HeaderRow> headers = report.headers();
        assertFalse(headers.isEmpty());
        for (int i = 1; i < headers.size(); i++) {
            assertTrue(headers.get(i - 1).self() >= headers.get(i).self(), "heaviest first: " + headers.get(i).path());
        }
        HeaderReport.HeaderRow a = headers.stream().filter(r -> r.path().endsWith("/a.h")).findFirst().orElseThrow();
        assertEquals("project", ReportViewModel.library(a));
        HeaderReport.HeaderRow vector = headers.stream().filter(r -> r.path().endsWith("/c++/12/vector")
                || r.path().endsWith("/vector")).findFirst().orElseThrow();
        assertEquals("C/C++ runtime", ReportViewModel.library(vector));
        assertEquals(1, report.cycles().size(), report.cycles().toString());
        assertEquals(Set.of(src.resolve("a.h").toString(), src.resolve("c.h").toString()),
                Set.copyOf(report.cycles().get(0).files()));
        assertTrue(report.hubs().stream().allMatch(h -> h.fanIn() >= 2), "a hub is included from two places or more");
        assertTrue(report.hubs().stream().anyMatch(h -> h.path().equals(src.resolve("b.h").toString())),
                "b.h is included by both units");
        assertTrue(report.edges().stream().anyMatch(r -> r.includer().equals(src.resolve("tool.cpp").toString())
                && r.target().equals(src.resolve("tool.h").toString())), "tool.cpp's include of tool.h can be cut");

        e.state().selectUnit("main.cpp");
        report.show(src.resolve("tool.h").toString(), null);
        assertEquals("tool.cpp", e.state().selectedUnitProperty().get().name(), "main.cpp does not enter tool.h");
        assertEquals(src.resolve("tool.h").toString(), e.state().selectedProperty().get().path());

        report.show(src.resolve("b.h").toString(), null);
        assertEquals("tool.cpp", e.state().selectedUnitProperty().get().name(), "the module on screen enters b.h");
        assertEquals(src.resolve("b.h").toString(), e.state().selectedProperty().get().path());

        report.setActive(false);
        e.session().open(List.of(src.resolve("main.cpp")));
        assertTrue(report.headers().isEmpty(), "a new workspace off screen is not ranked");
        report.setActive(true);
        assertTrue(report.statusProperty().get().startsWith("Over all 1 module "), report.statusProperty().get());
    }
}
