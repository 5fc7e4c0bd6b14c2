// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.model.ForwardBlocker;
import dev.headroom.model.Workspace;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.AnalysisRequest;
import dev.headroom.session.AnalysisSession;
import dev.headroom.session.Progress;
import dev.headroom.session.RefactorWorkbench;
import dev.headroom.session.SavingPrediction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replacing an include with forward declarations on a real parse of a small project (test resources
 * {@code dev/headroom/refactor/fwd}: {@code scene.h} names {@code mesh.h}'s types only through pointers and
 * references, {@code scene.cpp} and {@code main.cpp} need them complete, {@code camera.cpp} does not): the patch
 * applies with git and every unit compiles with clang; the saving is positive and equals what a fresh analysis of the
 * patched tree says. Then each refusal by name, on a header written for it.
 */
class ForwardDeclarePatchTest {
    @TempDir
    Path dir;

    static final Path FIXTURE = Path.of("src", "test", "resources", "dev", "headroom", "refactor", "fwd");

    private AnalysedWorkspace analyse(Path tree, String cache) throws Exception {
        return AnalysisSession.bundled().prepare(AnalysisRequest.of(List.of(tree)).withCacheDir(dir.resolve(cache)))
                .run(Progress.SILENT, () -> false);
    }

    private Path copyFixture(String name) throws Exception {
        Path tree = Files.createDirectories(dir.resolve(name));
        ExternalTools.copyTree(FIXTURE.toAbsolutePath(), tree);
        return tree;
    }

    @Test
    void sceneHeaderLosesTheMeshIncludeAndThePatchAppliesCompilesAndSavesWhatWasPredicted() throws Exception {
        ExternalTools.require(ExternalTools.GIT, ExternalTools.CLANG);
        Path tree = copyFixture("tree");
        AnalysedWorkspace analysed = analyse(tree, "cache");
        RefactorWorkbench workbench = new RefactorWorkbench(analysed);
        String scene = tree.resolve("include/scene/scene.h").toString();
        String mesh = tree.resolve("include/scene/mesh.h").toString();
        ForwardProposal proposal = workbench.forwardPlanner().plan(scene, mesh);

        assertTrue(proposal.possible(), () -> proposal.refused().toString());
        assertEquals(Set.of("gfx::Mesh", "gfx::Pool", "gfx::detail::Cache", "gfx::Mode"), Set.copyOf(proposal.declared()));
        assertEquals(Set.of(tree.resolve("src/main.cpp").toString(), tree.resolve("src/scene.cpp").toString()),
                Set.copyOf(proposal.given()), "camera.cpp only follows pointers and gets nothing");

        SavingPrediction prediction = workbench.predictPlan(proposal.plan(), () -> false);
        Patch patch = workbench.patch(proposal.plan(), prediction, workbench.notes(proposal));
        assertTrue(patch.text().contains("-#include \"mesh.h\"\n"), patch.text());
        assertTrue(patch.text().contains("+namespace gfx {\n+class Mesh;\n+enum class Mode : unsigned char;\n"
                + "+template <typename T, int N> class Pool;\n+}  // namespace gfx\n"), patch.text());
        assertTrue(patch.text().contains("+namespace detail {\n+struct Cache;\n"), patch.text());
        assertTrue(patch.text().contains(" #include \"scene/camera.h\"\n+#include \"scene/mesh.h\"\n"),
                "main.cpp gets the include as its folder spells the search path: " + patch.text());

        Path copy = Files.createDirectories(dir.resolve("check/tree"));
        ExternalTools.copyTree(tree, copy);
        ExternalTools.gitApply(copy, patch);
        for (String unit : List.of("src/main.cpp", "src/scene.cpp", "src/camera.cpp")) {
            ExternalTools.compiles(copy, List.of("-std=c++17", "-Iinclude"), copy.resolve(unit));
        }
        ExternalTools.compiles(copy, List.of("-std=c++17", "-Iinclude", "-x", "c++-header"),
                copy.resolve("include/scene/scene.h"));

        assertTrue(prediction.totalBytes() > 0, "dropping <vector> and mesh.h from camera.cpp saves: " + prediction);
        AnalysedWorkspace patched = analyse(copy, "cache-patched");
        Map<String, Long> predicted = prediction.units().stream()
                .collect(Collectors.toMap(SavingPrediction.UnitSaving::unit, SavingPrediction.UnitSaving::astAfter));
        long fresh = 0;
        for (var unit : analysed.costs().units()) {
            long after = patched.costs().unit(unit.unit()).orElseThrow().astBytes();
            fresh += unit.astBytes() - after;
            assertEquals(predicted.getOrDefault(unit.unit(), unit.astBytes()), after,
                    unit.unit() + ": the workbench's estimate is that of analysing the patched tree");
        }
        assertEquals(prediction.totalBytes(), fresh);
        SavingPrediction.UnitSaving camera = prediction.units().stream()
                .filter(u -> u.unit().equals("src/camera.cpp")).findFirst().orElseThrow();
        assertTrue(camera.astSaved() > camera.astAfter(), "camera.cpp loses most of its AST: " + camera);
    }

    @Test
    void patchesGoOnlyToAFolderOutsideTheAnalysedTree() throws Exception {
        Path tree = copyFixture("tree");
        AnalysedWorkspace analysed = analyse(tree, "cache");
        RefactorWorkbench workbench = new RefactorWorkbench(analysed);
        ForwardProposal proposal = workbench.forwardPlanner().plan(tree.resolve("include/scene/scene.h").toString(),
                tree.resolve("include/scene/mesh.h").toString());
        String before = Files.readString(tree.resolve("include/scene/scene.h"));
        Patch patch = workbench.patch(proposal.plan(), workbench.predictPlan(proposal.plan(), () -> false),
                List.of());
        var refused = org.junit.jupiter.api.Assertions.assertThrows(dev.headroom.session.SessionException.class,
                () -> dev.headroom.session.PatchExport.write(tree.resolve("patches"), tree, List.of(patch)));
        assertTrue(refused.problem().message().contains("inside the analysed tree"), refused.problem().message());
        assertFalse(Files.exists(tree.resolve("patches")));
        List<Path> written = dev.headroom.session.PatchExport.write(dir.resolve("out"), tree, List.of(patch));
        assertEquals(patch.text(), Files.readString(written.get(0)));
        Path link = Files.createSymbolicLink(dir.resolve("link-into-tree"), tree.resolve("include"));
        var throughLink = org.junit.jupiter.api.Assertions.assertThrows(dev.headroom.session.SessionException.class,
                () -> dev.headroom.session.PatchExport.write(link.resolve("patches"), tree, List.of(patch)));
        assertTrue(throughLink.problem().message().contains("inside the analysed tree"));
        assertFalse(Files.exists(tree.resolve("include/patches")), "a link into the tree is the tree");
        assertEquals(before, Files.readString(tree.resolve("include/scene/scene.h")), "the tree stays as analysed");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("a standard-library type", "#include <vector>\nstruct Unused {};\n",
                        "std::vector<int>* values();\n", "std::vector", ForwardBlocker.STANDARD_LIBRARY),
                Arguments.of("a typedef of an anonymous struct", "typedef struct { int id; } Handle;\n",
                        "Handle* open();\n", "Handle", ForwardBlocker.TYPEDEF),
                Arguments.of("an alias", "struct Impl { int id; };\nusing Ref = Impl;\n",
                        "Ref* open();\n", "Ref", ForwardBlocker.TYPEDEF),
                Arguments.of("default template arguments", "template <typename T, int N = 4> class Ring { T t[N]; };\n",
                        "Ring<int>* ring();\n", "Ring", ForwardBlocker.DEFAULT_TEMPLATE_ARGUMENTS),
                Arguments.of("a macro", "#define LIMIT 8\nstruct Item { int v; };\n",
                        "struct Buffer { Item* items[LIMIT]; };\n", "LIMIT", ForwardBlocker.MACRO),
                Arguments.of("a member by value", "struct Item { int v; };\n",
                        "struct Holder { Item item; };\n", "Item", ForwardBlocker.COMPLETE_USE),
                Arguments.of("sizeof", "struct Item { int v; };\n",
                        "enum { ITEM_SIZE = sizeof(Item) };\n", "Item", ForwardBlocker.COMPLETE_USE),
                Arguments.of("a base class", "struct Item { int v; };\n",
                        "struct Special : Item { };\n", "Item", ForwardBlocker.COMPLETE_USE),
                Arguments.of("an inline body calling a member", "struct Item { int get() const { return 1; } };\n",
                        "inline int read(const Item* i) { return i->get(); }\n", "Item", ForwardBlocker.COMPLETE_USE),
                Arguments.of("an enum without a fixed type", "enum Color { Red, Green };\n",
                        "void paint(const Color* c);\n", "Color", ForwardBlocker.ENUM_WITHOUT_FIXED_TYPE),
                Arguments.of("a nested class", "struct Outer { struct Inner { int v; }; };\n",
                        "void use(Outer::Inner* i);\n", "Outer::Inner", ForwardBlocker.NESTED),
                Arguments.of("a function", "struct Item { int v; };\nint twice(int v);\n",
                        "inline int four() { return twice(2); }\n", "twice", ForwardBlocker.NOT_A_TYPE),
                Arguments.of("an inline namespace", "namespace lib { inline namespace v2 { struct Item { int v; }; } }\n",
                        "void use(lib::Item* i);\n", "lib::v2::Item", ForwardBlocker.INLINE_NAMESPACE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void anIncludeStaysWithTheNamedReason(String what, String included, String body, String symbol,
            ForwardBlocker expected) throws Exception {
        Path tree = Files.createDirectories(dir.resolve("refusal"));
        Files.writeString(tree.resolve("x.h"), "#pragma once\n" + included);
        Files.writeString(tree.resolve("h.h"), "#pragma once\n#include \"x.h\"\n" + body);
        Files.writeString(tree.resolve("main.cpp"), "#include \"h.h\"\nint main() { return 0; }\n");
        Workspace ws = analyse(tree.resolve("main.cpp"), "cache").workspace();
        ForwardProposal p = new ForwardPlanner(ws).plan(tree.resolve("h.h").toString(), tree.resolve("x.h").toString());
        assertFalse(p.possible(), what + " must keep the include");
        assertTrue(p.plan().steps().isEmpty());
        assertTrue(p.refused().stream().anyMatch(r -> r.blocker() == expected && r.symbol().equals(symbol)),
                what + ": expected " + expected + " for " + symbol + ", got " + p.refused());
        assertTrue(p.refused().stream().allMatch(r -> r.reason().contains(r.blocker().reason())));
    }

    @Test
    void aDeleteThroughAPointerInTheHeaderKeepsTheIncludeAndNamesThatLine() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("delete-in-header"));
        Files.writeString(tree.resolve("x.h"), "#pragma once\nstruct Item { ~Item(); int v; };\n");
        Files.writeString(tree.resolve("h.h"), """
                #pragma once
                #include "x.h"
                struct Holder {
                  Item* item;
                  ~Holder() { delete item; }
                };
                """);
        Files.writeString(tree.resolve("main.cpp"), "#include \"h.h\"\nint main() { return 0; }\n");
        Workspace ws = analyse(tree.resolve("main.cpp"), "cache").workspace();
        ForwardProposal p = new ForwardPlanner(ws).plan(tree.resolve("h.h").toString(), tree.resolve("x.h").toString());
        assertFalse(p.possible(), "the destructor deletes an Item: " + p.plan().steps());
        assertEquals(List.of(new ForwardRefusal("Item", tree.resolve("h.h").toString(), 5, ForwardBlocker.COMPLETE_USE)),
                p.refused(), "the refusal names the delete's line, not the member's");
        assertTrue(p.refused().get(0).reason().startsWith("Item (line 5): needs the complete type"));
    }

    @Test
    void anIncluderDeletingThroughTheHeadersPointerGetsTheIncludeAndCompilesWithoutTheWarning() throws Exception {
        ExternalTools.require(ExternalTools.GIT, ExternalTools.CLANG);
        Path tree = Files.createDirectories(dir.resolve("delete-in-includer"));
        Files.writeString(tree.resolve("x.h"), "#pragma once\nstruct Item { ~Item() {} int v; };\n");
        Files.writeString(tree.resolve("h.h"), "#pragma once\n#include \"x.h\"\nstruct Holder { Item* item; };\n");
        // main.cpp never names Item: only the delete says it needs the class.
        Files.writeString(tree.resolve("main.cpp"), """
                #include "h.h"
                void drop(Holder& h) { delete h.item; }
                int main() { return 0; }
                """);
        AnalysedWorkspace analysed = analyse(tree.resolve("main.cpp"), "cache");
        RefactorWorkbench workbench = new RefactorWorkbench(analysed);
        ForwardProposal p = workbench.forwardPlanner().plan(tree.resolve("h.h").toString(), tree.resolve("x.h").toString());
        assertTrue(p.possible(), () -> p.refused().toString());
        assertEquals(List.of(tree.resolve("main.cpp").toString()), p.given(), "main.cpp deletes an Item on line 2");

        Patch patch = workbench.patch(p.plan(), workbench.predictPlan(p.plan(), () -> false), workbench.notes(p));
        Path copy = Files.createDirectories(dir.resolve("check-delete/tree"));
        ExternalTools.copyTree(tree, copy);
        ExternalTools.gitApply(copy, patch);
        // Without the include clang only warns, and the program's behaviour is undefined: make the warning an error.
        ExternalTools.compiles(copy, List.of("-std=c++17", "-Werror=delete-incomplete"), copy.resolve("main.cpp"));
    }

    private static final String ADL_LIBRARY = """
            #pragma once
            namespace ns {
            struct Widget { int v; };
            void poke(Widget* w);
            bool operator==(const Widget& a, const Widget& b);
            }
            """;

    @Test
    void anOperatorTheHeaderFindsByArgumentDependentLookupKeepsTheInclude() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("adl-in-header"));
        Files.writeString(tree.resolve("x.h"), ADL_LIBRARY);
        Files.writeString(tree.resolve("h.h"), "#pragma once\n#include \"x.h\"\n"
                + "inline bool same(const ns::Widget& a, const ns::Widget& b) { return a == b; }\n");
        Files.writeString(tree.resolve("main.cpp"), "#include \"h.h\"\nint main() { return 0; }\n");
        Workspace ws = analyse(tree.resolve("main.cpp"), "cache").workspace();
        ForwardProposal p = new ForwardPlanner(ws).plan(tree.resolve("h.h").toString(), tree.resolve("x.h").toString());
        // No token names ns::operator==; before implicit names were visited this plan was possible and did not compile.
        assertFalse(p.possible(), "a == b needs x.h's operator: " + p.plan().steps());
        assertTrue(p.refused().stream().anyMatch(r -> r.symbol().startsWith("ns::operator")
                && r.blocker() == ForwardBlocker.NOT_A_TYPE && r.line() == 3), p.refused().toString());
    }

    static Stream<Arguments> argumentDependentCalls() {
        return Stream.of(
                Arguments.of("a call", "void m(ns::Widget* w) { poke(w); }\n"),
                Arguments.of("an operator", "bool m(const ns::Widget& a, const ns::Widget& b) { return a == b; }\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("argumentDependentCalls")
    void anIncluderFindingAFunctionByArgumentDependentLookupGetsTheIncludeAndCompiles(String what, String use)
            throws Exception {
        ExternalTools.require(ExternalTools.GIT, ExternalTools.CLANG);
        Path tree = Files.createDirectories(dir.resolve("adl-in-includer"));
        Files.writeString(tree.resolve("x.h"), ADL_LIBRARY);
        Files.writeString(tree.resolve("h.h"), "#pragma once\n#include \"x.h\"\nvoid give(ns::Widget* w);\n");
        Files.writeString(tree.resolve("main.cpp"), "#include \"h.h\"\n" + use + "int main() { return 0; }\n");
        AnalysedWorkspace analysed = analyse(tree.resolve("main.cpp"), "cache");
        RefactorWorkbench workbench = new RefactorWorkbench(analysed);
        ForwardProposal p = workbench.forwardPlanner().plan(tree.resolve("h.h").toString(), tree.resolve("x.h").toString());
        assertTrue(p.possible(), () -> p.refused().toString());
        assertEquals(List.of(tree.resolve("main.cpp").toString()), p.given(), what + " finds x.h's function");

        Patch patch = workbench.patch(p.plan(), workbench.predictPlan(p.plan(), () -> false), workbench.notes(p));
        Path copy = Files.createDirectories(dir.resolve("check-adl/tree"));
        ExternalTools.copyTree(tree, copy);
        ExternalTools.gitApply(copy, patch);
        ExternalTools.compiles(copy, List.of("-std=c++17"), copy.resolve("main.cpp"));
        ExternalTools.compiles(copy, List.of("-std=c++17", "-x", "c++-header"), copy.resolve("h.h"));
    }

    @Test
    void aSystemHeaderIsNeverACandidateAndRefusedWhenAsked() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("system"));
        Files.writeString(tree.resolve("h.h"), "#pragma once\n#include <string>\nstd::string* name();\n");
        Files.writeString(tree.resolve("main.cpp"), "#include \"h.h\"\nint main() { return 0; }\n");
        Workspace ws = analyse(tree.resolve("main.cpp"), "cache").workspace();
        ForwardPlanner planner = new ForwardPlanner(ws);
        assertTrue(planner.candidates().isEmpty(), planner.candidates().toString());
        String string = ws.units().get(0).includes().stream().filter(e -> e.spelled().equals("<string>"))
                .findFirst().orElseThrow().target();
        ForwardProposal p = planner.plan(tree.resolve("h.h").toString(), string);
        assertEquals(List.of(ForwardBlocker.SYSTEM_HEADER), p.refused().stream().map(ForwardRefusal::blocker).toList());
    }

    @Test
    void anIncludeInsideANamespaceOrConditionalIsNotAtFileScope() {
        String guarded = "#ifndef H\n#define H\n#include \"x.h\"\n#endif\n";
        assertTrue(ForwardPlanner.atFileScope(ForwardPlanner.stripComments(guarded), 3));
        assertFalse(ForwardPlanner.atFileScope("namespace a {\n#include \"x.h\"\n}\n", 2));
        assertFalse(ForwardPlanner.atFileScope("#ifdef FEATURE\n#include \"x.h\"\n#endif\n", 2));
        assertTrue(ForwardPlanner.atFileScope(ForwardPlanner.stripComments("// {\n/* { */ char c = '{';\n#include \"x.h\"\n"), 3));
    }
}
