// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.refactor.ForwardProposal;
import dev.headroom.refactor.MovePlanner;
import dev.headroom.refactor.MoveProposal;
import dev.headroom.refactor.SplitPlanner;
import dev.headroom.refactor.SplitProposal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each refactor on real third-party headers copied from Debian packages into a small project (ImGui, jsoncpp,
 * Boost.Uuid): the patch applies with git, every affected unit compiles with clang, and where the issue asks for it
 * the clang-measured saving is within 20% of the prediction. A split of {@code imgui_impl_opengl2.h} saves about 1 KB
 * of a 1 MB unit, where the model's error per declaration is larger than 20% of the saving: there the error is held
 * to 0.1% of the unit. ({@code ThirdPartyHeadersTest} moves the bodies of {@code imgui.h}, whose prediction is 40%
 * high, see docs/cost-model.md.)
 */
class LibraryHeaderRefactorsTest {
    @TempDir
    Path dir;

    private static final Map<String, String> IMGUI = Map.of(
            "include/imgui.h", "/usr/include/imgui/imgui.h",
            "include/imconfig.h", "/usr/include/imgui/imconfig.h",
            "include/imgui_impl_opengl2.h", "/usr/include/imgui/backends/imgui_impl_opengl2.h");
    private static final Map<String, String> JSONCPP = Map.ofEntries(
            Map.entry("include/json/allocator.h", "/usr/include/jsoncpp/json/allocator.h"),
            Map.entry("include/json/assertions.h", "/usr/include/jsoncpp/json/assertions.h"),
            Map.entry("include/json/config.h", "/usr/include/jsoncpp/json/config.h"),
            Map.entry("include/json/forwards.h", "/usr/include/jsoncpp/json/forwards.h"),
            Map.entry("include/json/json_features.h", "/usr/include/jsoncpp/json/json_features.h"),
            Map.entry("include/json/value.h", "/usr/include/jsoncpp/json/value.h"),
            Map.entry("include/json/version.h", "/usr/include/jsoncpp/json/version.h"));
    private static final Map<String, String> BOOST_UUID = Map.of(
            "include/boost/uuid/uuid.hpp", "/usr/include/boost/uuid/uuid.hpp");

    /** A project: the library's headers copied in, and the project's own files. */
    private Path project(String name, Map<String, String> library, Map<String, String> own) throws Exception {
        RefactorWorkbenchTest.require(Stream.concat(Stream.of("/usr/bin/git", "/usr/bin/clang++", "/usr/bin/time"),
                library.values().stream()).toArray(String[]::new));
        Path tree = Files.createDirectories(dir.resolve(name));
        for (var e : library.entrySet()) {
            Files.createDirectories(tree.resolve(e.getKey()).getParent());
            Files.copy(Path.of(e.getValue()), tree.resolve(e.getKey()));
        }
        for (var e : own.entrySet()) {
            Files.createDirectories(tree.resolve(e.getKey()).getParent());
            Files.writeString(tree.resolve(e.getKey()), e.getValue());
        }
        Files.writeString(tree.resolve("headroom.json"), """
                {"name": "%s", "inputs": ["src"], "includeDirs": ["include"], "std": "c++17"}
                """.formatted(name));
        return tree;
    }

    private RefactorWorkbench workbench(Path tree) throws Exception {
        return new RefactorWorkbench(AnalysisSession.bundled().prepare(AnalysisRequest.of(List.of(tree))
                .withCacheDir(dir.resolve("cache"))).run(Progress.SILENT, () -> false));
    }

    static Stream<Arguments> forwardDeclarations() {
        return Stream.of(
                Arguments.of("imgui", IMGUI, Map.of(
                        "include/app/overlay.h", """
                                #pragma once
                                #include "imgui.h"
                                namespace app {
                                void draw_overlay(ImDrawList* list, const ImFont* font);
                                ImGuiContext* overlay_context();
                                }
                                """,
                        "src/overlay.cpp", """
                                #include "app/overlay.h"
                                namespace app {
                                void draw_overlay(ImDrawList* list, const ImFont* font) {
                                    list->AddText(font, 13.0f, ImVec2(0, 0), 0xffffffff, "hud");
                                }
                                ImGuiContext* overlay_context() { return ImGui::GetCurrentContext(); }
                                }
                                """,
                        "src/hud.cpp", "#include \"app/overlay.h\"\nvoid hud() { app::draw_overlay(nullptr, nullptr); }\n"),
                        "include/app/overlay.h", "include/imgui.h", List.of("ImDrawList", "ImFont", "ImGuiContext")),
                Arguments.of("jsoncpp", JSONCPP, Map.of(
                        "include/app/settings.h", """
                                #pragma once
                                #include "json/value.h"
                                namespace app {
                                bool load_settings(const char* path, Json::Value* out);
                                void dump(const Json::Value& settings);
                                }
                                """,
                        "src/settings.cpp", """
                                #include "app/settings.h"
                                namespace app {
                                bool load_settings(const char*, Json::Value* out) {
                                    (*out)["width"] = 640;
                                    return out->isMember("width");
                                }
                                void dump(const Json::Value& settings) { (void)settings.size(); }
                                }
                                """,
                        "src/hud.cpp", """
                                #include "app/settings.h"
                                int main(int, char** argv) { return app::load_settings(argv[0], nullptr) ? 0 : 1; }
                                """),
                        "include/app/settings.h", "include/json/value.h", List.of("Json::Value")),
                Arguments.of("boost-uuid", BOOST_UUID, Map.of(
                        "include/app/ids.h", """
                                #pragma once
                                #include <boost/uuid/uuid.hpp>
                                namespace app {
                                const boost::uuids::uuid& session_id();
                                bool same_session(const boost::uuids::uuid* a, const boost::uuids::uuid* b);
                                }
                                """,
                        "src/overlay.cpp", """
                                #include "app/ids.h"
                                namespace app {
                                static boost::uuids::uuid id{};
                                const boost::uuids::uuid& session_id() { return id; }
                                bool same_session(const boost::uuids::uuid* a, const boost::uuids::uuid* b) { return *a == *b; }
                                }
                                """,
                        "src/hud.cpp", "#include \"app/ids.h\"\nconst void* tag() { return &app::session_id(); }\n"),
                        "include/app/ids.h", "include/boost/uuid/uuid.hpp", List.of("boost::uuids::uuid")));
    }

    /** {@code src/hud.cpp} only passes pointers on and loses the library; the other source file gets the include. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forwardDeclarations")
    void aProjectHeaderStopsIncludingALibraryHeaderAndTheUnitThatLosesItSavesWhatClangMeasures(String name,
            Map<String, String> library, Map<String, String> own, String header, String included,
            List<String> declared) throws Exception {
        Path tree = project(name, library, own);
        RefactorWorkbench workbench = workbench(tree);
        ForwardProposal p = workbench.forwardPlanner().plan(tree.resolve(header).toString(),
                tree.resolve(included).toString());
        assertTrue(p.possible(), () -> p.refused().toString());
        assertEquals(declared, p.declared());
        assertEquals(List.of(tree.resolve(own.containsKey("src/settings.cpp") ? "src/settings.cpp" : "src/overlay.cpp")
                .toString()), p.given());

        SavingPrediction prediction = workbench.predictPlan(p.plan(), () -> false);
        VerifyReport report = workbench.verify(p.plan(), prediction, () -> false);
        assertTrue(report.applies(), report.gitOutput());
        assertTrue(report.ok(), report.compiles().toString());
        assertTrue(report.compiles().stream().anyMatch(c -> c.what().equals("src/hud.cpp")), report.compiles().toString());
        VerifyReport.Measured hud = report.measured().stream().filter(m -> m.unit().equals("src/hud.cpp"))
                .findFirst().orElseThrow();
        assertWithin(hud, 0.20);
    }

    @Test
    void anImguiBackendSplitsByCallerAndEachCallerSavesWhatClangMeasures() throws Exception {
        Path tree = project("imgui-split", IMGUI, Map.of(
                "src/render.cpp", "#include \"imgui_impl_opengl2.h\"\n"
                        + "void render(ImDrawData* data) { ImGui_ImplOpenGL2_RenderDrawData(data); }\n",
                "src/setup.cpp", "#include \"imgui_impl_opengl2.h\"\n"
                        + "bool setup() { return ImGui_ImplOpenGL2_Init(); }\nvoid teardown() { ImGui_ImplOpenGL2_Shutdown(); }\n"));
        RefactorWorkbench workbench = workbench(tree);
        SplitProposal split = workbench.split(tree.resolve("include/imgui_impl_opengl2.h").toString(),
                SplitPlanner.Choice.byDefault(), () -> false);
        assertTrue(split.possible(), split.refused().toString());
        assertEquals(2, split.repoints().size(), split.kept().toString());
        SavingPrediction prediction = workbench.predictPlan(split.plan(), () -> false);
        VerifyReport report = workbench.verify(split.plan(), prediction, () -> false);
        assertTrue(report.applies(), report.gitOutput());
        assertTrue(report.ok(), report.compiles().toString());
        assertEquals(List.of("src/render.cpp", "src/setup.cpp"),
                report.measured().stream().map(VerifyReport.Measured::unit).sorted().toList());
        for (VerifyReport.Measured m : report.measured()) {
            assertTrue(m.saved() > 0 && Math.abs(m.predicted() - m.saved()) <= m.before() / 1000, m.toString());
        }
    }

    @Test
    void everyMovableBodyOfJsoncppsValueHeaderMovesAndTheUnitsCompile() throws Exception {
        Path tree = project("jsoncpp-move", JSONCPP, Map.of(
                "src/width.cpp", "#include \"json/value.h\"\nint width(const Json::Value& v) { return v[\"width\"].asInt(); }\n",
                "src/names.cpp", "#include \"json/value.h\"\nbool named(const Json::Value& v) { return v.isMember(\"name\"); }\n"));
        RefactorWorkbench workbench = workbench(tree);
        MoveProposal proposal = workbench.planner().plan(tree.resolve("include/json/value.h").toString(),
                new MovePlanner.Selection.All(), null, false);
        assertTrue(proposal.moved() > 10, "bodies move: " + proposal.moved());
        SavingPrediction prediction = workbench.predict(List.of(proposal), () -> false);
        VerifyReport report = workbench.verify(proposal.plan(), prediction, () -> false);
        assertTrue(report.applies(), report.gitOutput());
        assertTrue(report.ok(), report.compiles().toString());
        assertTrue(report.compiles().stream().anyMatch(c -> c.what().endsWith("json/value.cpp")), report.compiles().toString());
        assertEquals(List.of("src/names.cpp", "src/width.cpp"),
                report.measured().stream().map(VerifyReport.Measured::unit).sorted().toList());
        report.measured().forEach(m -> assertWithin(m, 0.20));
    }

    private static void assertWithin(VerifyReport.Measured m, double tolerance) {
        double error = (m.predicted() - m.saved()) / (double) Math.max(1, m.saved());
        System.err.printf("%s: predicted %d, measured %d (%+.1f%%)%n", m.unit(), m.predicted(), m.saved(), 100 * error);
        assertTrue(m.saved() > 0 && Math.abs(error) <= tolerance, m.unit() + ": predicted " + m.predicted()
                + ", clang " + m.saved());
    }
}
