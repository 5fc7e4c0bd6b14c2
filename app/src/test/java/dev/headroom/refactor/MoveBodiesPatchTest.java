// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.model.FunctionDefinition;
import dev.headroom.model.MoveBlocker;
import dev.headroom.model.Workspace;
import dev.headroom.session.AnalysisRequest;
import dev.headroom.session.AnalysisSession;
import dev.headroom.session.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving inline bodies out of a header written for each rule: the plan's patch applies with {@code git apply}, the
 * patched header and the new source file compile with clang, and a program using both links; refusals are named one
 * by one; stale or wrong plans fail with a clear error.
 */
class MoveBodiesPatchTest {
    @TempDir
    Path dir;

    static final String SHAPES = """
            #pragma once
            #define SIGNATURE(n) int n(int v)
            namespace geo {
            inline namespace v1 {
            /// A shape with an id.
            class Shape {
            public:
                using Id = int;
                struct Extent { float w, h; };
                Shape() : id_(1), scale_{2.0f} { }
                explicit Shape(int id) : id_(id) {
                    scale_ = 1.0f;
                }
                virtual ~Shape() {}
                virtual float area(float k = 1.0f, int /*unused*/ = 2) const { return k * scale_; }
                static inline Id next() { return 7; }
                Id id() const { return id_; }
                Extent extent() const noexcept { return Extent{scale_, scale_}; }
                const char* name() const { return id_ > 0 ? "shape" : "none"; }
                auto deduced() { return 1; }
                auto trailing() const -> int { return 2; }
                void gone() = delete;
                friend bool same(const Shape& a, const Shape& b) { return a.id_ == b.id_; }
            protected:
                int id_;
                float scale_;
            };
            struct Square final : Shape {
                float area(float k, int) const override final { return k * 4; }
            };
            inline int twice(int v) { return v * 2; }
            inline Shape::Extent unit() { return Shape::Extent{1, 1}; }
            constexpr int thrice(int v) { return v * 3; }
            template <typename T> T largest(T a, T b) { return a < b ? b : a; }
            static int hidden(int v) { return v + 1; }
            inline SIGNATURE(viaMacro) { return v; }
            namespace { inline int anonymous() { return 0; } }
            }
            }
            """;

    static final String MAIN = """
            #include "shapes.h"
            int main() {
                geo::Shape s;
                geo::Shape t(3);
                geo::Square q;
                float a = s.area() + q.area(2.0f, 1) + t.area(3.0f);
                int n = geo::Shape::next() + s.id() + geo::twice(2) + geo::thrice(1) + geo::largest(1, 2)
                        + geo::hidden(1) + geo::viaMacro(1) + s.trailing() + s.deduced();
                auto e = s.extent();
                auto u = geo::unit();
                return (int) (a + e.w + u.h) + n + (int) *s.name() + (same(s, t) ? 1 : 0);
            }
            """;

    private Workspace analyse(Path main) throws Exception {
        return AnalysisSession.bundled().prepare(AnalysisRequest.of(List.of(main)).withCacheDir(dir.resolve("cache"))
                .withRun(1, true)).run(Progress.SILENT, () -> false).workspace();
    }

    private Path tree(String header, String main) throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.writeString(tree.resolve("shapes.h"), header);
        Files.writeString(tree.resolve("main.cpp"), main);
        return tree;
    }

    @Test
    void movingEveryMovableBodyGivesAPatchThatAppliesCompilesAndLinks() throws Exception {
        ExternalTools.require(ExternalTools.GIT, ExternalTools.CLANG);
        Path tree = tree(SHAPES, MAIN);
        Workspace ws = analyse(tree.resolve("main.cpp"));
        String header = tree.resolve("shapes.h").toString();
        MoveProposal proposal = new MovePlanner(ws).plan(header, new MovePlanner.Selection.All(), null, false);

        Set<String> moved = proposal.plan().moves().stream().map(m -> m.function().qualifiedName())
                .collect(Collectors.toSet());
        assertEquals(Set.of("geo::v1::Shape::Shape", "geo::v1::Shape::~Shape", "geo::v1::Shape::area",
                "geo::v1::Shape::next", "geo::v1::Shape::id", "geo::v1::Shape::extent", "geo::v1::Shape::name",
                "geo::v1::Shape::trailing", "geo::v1::Square::area", "geo::v1::twice", "geo::v1::unit"), moved);
        assertEquals(12, proposal.moved(), "both constructors, every other movable body once");

        Path copy = Files.createDirectories(dir.resolve("check/tree"));
        ExternalTools.copyTree(tree, copy);
        List<FileChange> changes = proposal.plan().changes(new SourceTexts(ws));
        Patch patch = Patch.of(proposal.plan().id(), List.of(proposal.plan().title()), changes,
                new MovePlanner(ws)::relative);
        assertTrue(patch.text().contains("--- /dev/null\n+++ b/shapes.cpp\n"), patch.text());
        assertTrue(patch.text().contains("--- a/shapes.h\n+++ b/shapes.h\n"), patch.text());
        ExternalTools.gitApply(copy, patch);

        String patchedHeader = Files.readString(copy.resolve("shapes.h"));
        assertTrue(patchedHeader.contains("    Shape();\n"), patchedHeader);
        assertTrue(patchedHeader.contains("virtual float area(float k = 1.0f, int /*unused*/ = 2) const;"),
                "default arguments stay in the declaration");
        assertTrue(patchedHeader.contains("    static Id next();\n"), "inline goes, static stays: " + patchedHeader);
        assertTrue(patchedHeader.contains("\nint twice(int v);\n"), patchedHeader);
        assertTrue(patchedHeader.contains("constexpr int thrice(int v) { return v * 3; }"), "refused bodies stay");
        String source = Files.readString(copy.resolve("shapes.cpp"));
        assertTrue(source.contains("#include \"shapes.h\""), source);
        assertTrue(source.contains("geo::v1::Shape::Shape() : id_(1), scale_{2.0f} { }"), source);
        assertTrue(source.contains("float geo::v1::Shape::area(float k, int /*unused*/) const {"), source);
        assertTrue(source.contains("geo::v1::Shape::Id geo::v1::Shape::next() {"), source);
        assertTrue(source.contains("geo::v1::Shape::Extent geo::v1::unit() {"), source);
        assertTrue(source.contains("float geo::v1::Square::area(float k, int) const {"), source);
        assertTrue(source.contains("geo::v1::Shape::Shape(int id) : id_(id) {\n    scale_ = 1.0f;\n}"),
                "an in-class body loses the class's indentation: " + source);

        ExternalTools.compiles(copy, List.of("-std=c++17", "-x", "c++-header"), copy.resolve("shapes.h"));
        ExternalTools.compiles(copy, List.of("-std=c++17"), copy.resolve("shapes.cpp"));
        ExternalTools.compiles(copy, List.of("-std=c++17"), copy.resolve("main.cpp"));
        ExternalTools.Result link = ExternalTools.run(copy, List.of(ExternalTools.CLANG.toString(), "-std=c++17",
                "main.cpp", "shapes.cpp", "-o", "shapes-test"));
        assertTrue(link.ok(), "every declaration left in the header has its definition in the source file:\n"
                + link.output());
    }

    @Test
    void everyRefusalIsNamedWithItsReason() throws Exception {
        Path tree = tree(SHAPES, MAIN);
        Workspace ws = analyse(tree.resolve("main.cpp"));
        MoveProposal proposal = new MovePlanner(ws).plan(tree.resolve("shapes.h").toString(),
                new MovePlanner.Selection.All(), null, false);
        Map<String, Set<MoveBlocker>> refused = proposal.refused().stream()
                .collect(Collectors.toMap(r -> r.function().qualifiedName(), Refusal::blockers));
        assertEquals(Map.of(
                "geo::v1::Shape::deduced", Set.of(MoveBlocker.DEDUCED_RETURN_TYPE),
                "geo::v1::Shape::gone", Set.of(MoveBlocker.DELETED),
                "geo::v1::Shape::same", Set.of(MoveBlocker.FRIEND),
                "geo::v1::thrice", Set.of(MoveBlocker.CONSTEXPR),
                "geo::v1::largest", Set.of(MoveBlocker.TEMPLATE),
                "geo::v1::hidden", Set.of(MoveBlocker.INTERNAL_LINKAGE),
                "geo::v1::viaMacro", Set.of(MoveBlocker.MACRO_SIGNATURE),
                "geo::v1::(anonymous)::anonymous", Set.of(MoveBlocker.ANONYMOUS_NAMESPACE)), refused);
        assertTrue(proposal.refused().stream().filter(r -> r.function().qualifiedName().equals("geo::v1::hidden"))
                .findFirst().orElseThrow().reasons().contains("make external"));
    }

    @Test
    void aStaticFunctionMovesWhenMadeExternalAndLosesStaticInTheHeader() throws Exception {
        ExternalTools.require(ExternalTools.GIT, ExternalTools.CLANG);
        Path tree = tree(SHAPES, MAIN);
        Workspace ws = analyse(tree.resolve("main.cpp"));
        String header = tree.resolve("shapes.h").toString();
        MoveProposal proposal = new MovePlanner(ws).plan(header,
                new MovePlanner.Selection.Named(Set.of("geo::v1::hidden")), null, true);
        assertEquals(1, proposal.moved());
        Path copy = Files.createDirectories(dir.resolve("check/tree"));
        ExternalTools.copyTree(tree, copy);
        ExternalTools.gitApply(copy, Patch.of("p", List.of("make hidden external"),
                proposal.plan().changes(new SourceTexts(ws)), new MovePlanner(ws)::relative));
        assertTrue(Files.readString(copy.resolve("shapes.h")).contains("\nint hidden(int v);\n"));
        assertTrue(Files.readString(copy.resolve("shapes.cpp")).contains("int geo::v1::hidden(int v) {"));
        ExternalTools.compiles(copy, List.of("-std=c++17"), copy.resolve("shapes.cpp"));
    }

    @Test
    void crlfLineEndingsAndAMissingFinalNewlineSurviveThePatch() throws Exception {
        ExternalTools.require(ExternalTools.GIT, ExternalTools.CLANG);
        String crlf = "#pragma once\r\nnamespace m {\r\ninline int one() {\r\n    return 1;\r\n}\r\n"
                + "struct P { int get() const { return 2; } };\r\n}";
        Path tree = tree(crlf, "#include \"shapes.h\"\r\nint main() { return m::one() + m::P{}.get(); }");
        Workspace ws = analyse(tree.resolve("main.cpp"));
        MoveProposal proposal = new MovePlanner(ws).plan(tree.resolve("shapes.h").toString(),
                new MovePlanner.Selection.All(), null, false);
        List<FileChange> changes = proposal.plan().changes(new SourceTexts(ws));
        Patch patch = Patch.of("crlf", List.of("crlf"), changes, new MovePlanner(ws)::relative);
        assertTrue(patch.text().contains("\\ No newline at end of file"), patch.text());
        Path copy = Files.createDirectories(dir.resolve("check/tree"));
        ExternalTools.copyTree(tree, copy);
        ExternalTools.gitApply(copy, patch);
        FileChange headerChange = changes.stream().filter(c -> c.path().endsWith("shapes.h")).findFirst().orElseThrow();
        byte[] patched = Files.readAllBytes(copy.resolve("shapes.h"));
        assertArrayEquals(headerChange.after().getBytes(StandardCharsets.UTF_8), patched);
        String text = new String(patched, StandardCharsets.UTF_8);
        assertFalse(text.replace("\r\n", "").contains("\n"), "every line still ends in CRLF: " + text);
        assertFalse(text.endsWith("\n"), "still no newline at the end");
        assertTrue(Files.readString(copy.resolve("shapes.cpp")).contains("int m::one() {\r\n    return 1;\r\n}"));
        ExternalTools.compiles(copy, List.of("-std=c++17"), copy.resolve("shapes.cpp"));
        ExternalTools.compiles(copy, List.of("-std=c++17"), copy.resolve("main.cpp"));
    }

    @Test
    void aHeaderEditedSinceTheAnalysisIsRefusedBeforeAnythingIsComputed() throws Exception {
        Path tree = tree(SHAPES, MAIN);
        Workspace ws = analyse(tree.resolve("main.cpp"));
        String header = tree.resolve("shapes.h").toString();
        MoveProposal proposal = new MovePlanner(ws).plan(header, new MovePlanner.Selection.All(), null, false);
        Files.writeString(tree.resolve("shapes.h"), SHAPES.replace("return v * 2;", "return v + v;"));
        RefactorException e = assertThrows(RefactorException.class,
                () -> proposal.plan().changes(new SourceTexts(ws)));
        assertTrue(e.getMessage().contains("edited since it was analysed"), e.getMessage());
        assertFalse(Files.exists(tree.resolve("shapes.cpp")), "nothing written");
    }

    @Test
    void aDefinitionMovedWithinAnUnchangedSizeIsStillNoticed() throws Exception {
        Path tree = tree(SHAPES, MAIN);
        Workspace ws = analyse(tree.resolve("main.cpp"));
        MoveProposal proposal = new MovePlanner(ws).plan(tree.resolve("shapes.h").toString(),
                new MovePlanner.Selection.Named(Set.of("geo::v1::twice")), null, false);
        Files.writeString(tree.resolve("shapes.h"), SHAPES.replace("return v * 2;", "return v * 3;"));
        RefactorException e = assertThrows(RefactorException.class,
                () -> proposal.plan().changes(new SourceTexts(ws)));
        assertTrue(e.getMessage().contains("geo::v1::twice is no longer where it was"), e.getMessage());
    }

    @Test
    void aPlanNamingAFunctionThatNoLongerExistsFails() throws Exception {
        Path tree = tree(SHAPES, MAIN);
        Workspace ws = analyse(tree.resolve("main.cpp"));
        RefactorException e = assertThrows(RefactorException.class, () -> new MovePlanner(ws).plan(
                tree.resolve("shapes.h").toString(), new MovePlanner.Selection.Named(Set.of("geo::v1::twice",
                        "geo::v1::gone_away")), null, false));
        assertTrue(e.getMessage().contains("geo::v1::gone_away"), e.getMessage());
        List<FunctionDefinition> candidates = new MovePlanner(ws).candidates(tree.resolve("shapes.h").toString());
        assertTrue(candidates.stream().noneMatch(f -> f.qualifiedName().equals("geo::v1::gone_away")));
    }
}
