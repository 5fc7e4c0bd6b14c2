// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Declarations, includes, tokens and uses read off real parses of small headers written for each case. */
class HeaderFactsTest {
    @TempDir
    Path dir;

    private final TranslationUnitParser parser = new TranslationUnitParser();

    private ParsedUnit parse(String mainName) {
        Path main = dir.resolve(mainName);
        return parser.parse(new ParseRequest(main, null, SourceLanguage.CXX, List.of(), List.of(dir), List.of(),
                Map.of(), List.of(), true), CancelSignal.NEVER);
    }

    private void write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static ParsedFile file(ParsedUnit unit, String name) {
        return unit.files().stream().filter(f -> f.path().endsWith(name)).findFirst().orElseThrow();
    }

    @Test
    void declarationsAreCountedByKind() throws Exception {
        write("decls.h", """
                #pragma once
                #define LIMIT 4
                #define TWICE(x) ((x) * 2)
                namespace geo {
                struct Point { float x, y; float len() const { return x + y; } };
                class Shape;
                union Bits { int i; float f; };
                enum class Color { Red, Green, Blue };
                typedef int Id;
                using Name = const char*;
                int area(const Shape& s);
                inline int twice(int v) { return v * 2; }
                constexpr int thrice(int v) { return v * 3; }
                int outOfLine(int v) { return v - 1; }
                template <typename T> struct Box { T value; };
                template <typename T> T maxOf(T a, T b) { return a < b ? b : a; }
                template <typename T> using Ptr = T*;
                extern int counter;
                static_assert(sizeof(int) == 4, "int");
                }
                """);
        write("main.cpp", "#include \"decls.h\"\n");
        ParsedUnit unit = parse("main.cpp");
        assertEquals(List.of(), unit.problems());
        ParsedFile decls = file(unit, "decls.h");
        Map<DeclarationKind, Integer> expected = Map.ofEntries(
                Map.entry(DeclarationKind.NAMESPACE, 1),
                Map.entry(DeclarationKind.STRUCT, 2),
                Map.entry(DeclarationKind.FORWARD_DECLARATION, 1),
                Map.entry(DeclarationKind.UNION, 1),
                Map.entry(DeclarationKind.ENUM, 1),
                Map.entry(DeclarationKind.ENUMERATOR, 3),
                Map.entry(DeclarationKind.TYPEDEF, 1),
                Map.entry(DeclarationKind.ALIAS, 1),
                Map.entry(DeclarationKind.FUNCTION_DECLARATION, 1),
                Map.entry(DeclarationKind.FUNCTION_DEFINITION_IN_CLASS, 1),
                Map.entry(DeclarationKind.FUNCTION_DEFINITION_INLINE, 3),
                Map.entry(DeclarationKind.FUNCTION_DEFINITION_OUT_OF_LINE, 1),
                Map.entry(DeclarationKind.TEMPLATE_CLASS, 1),
                Map.entry(DeclarationKind.TEMPLATE_FUNCTION, 1),
                Map.entry(DeclarationKind.TEMPLATE_ALIAS, 1),
                Map.entry(DeclarationKind.VARIABLE, 1),
                Map.entry(DeclarationKind.FIELD, 5),
                Map.entry(DeclarationKind.STATIC_ASSERT, 1),
                Map.entry(DeclarationKind.MACRO_DEFINITION, 2));
        assertEquals(expected, decls.declarations());
    }

    @Test
    void functionBodiesCarryNamesLinesAndFlags() throws Exception {
        write("f.h", """
                namespace m {
                struct V { int a; int get() const { return a; } };
                inline int add(int x, int y) {
                  int s = x + y;
                  return s;
                }
                template <class T> T id(T t) { return t; }
                }
                """);
        write("main.cpp", "#include \"f.h\"\n");
        ParsedUnit unit = parse("main.cpp");
        Map<String, FunctionBody> bodies = unit.bodies().stream()
                .collect(Collectors.toMap(FunctionBody::qualifiedName, b -> b));
        assertEquals(Set.of("m::V::get", "m::add", "m::id"), bodies.keySet());
        FunctionBody add = bodies.get("m::add");
        assertEquals(3, add.firstLine());
        assertEquals(6, add.lastLine());
        assertTrue(add.explicitInline() && !add.inClass() && !add.template());
        assertTrue(bodies.get("m::V::get").inClass());
        assertTrue(bodies.get("m::id").template());
        assertTrue(add.bodyNodes() > bodies.get("m::V::get").bodyNodes(), "two statements outweigh one");
        assertTrue(add.file().endsWith("f.h"));
    }

    @Test
    void includeOutcomesAreTold() throws Exception {
        write("guarded.h", "#ifndef GUARDED_H\n#define GUARDED_H\nint g;\n#endif\n");
        write("main.cpp", """
                #include "guarded.h"
                #include "guarded.h"
                #include "missing.h"
                #if 0
                #include "never.h"
                #endif
                """);
        ParsedUnit unit = parse("main.cpp");
        List<IncludeOutcome> outcomes = unit.includes().stream().map(IncludeDirective::outcome).toList();
        assertEquals(List.of(IncludeOutcome.ENTERED, IncludeOutcome.SKIPPED_ONCE, IncludeOutcome.NOT_FOUND,
                IncludeOutcome.INACTIVE), outcomes);
        IncludeDirective missing = unit.includes().get(2);
        assertEquals(3, missing.line());
        assertEquals("\"missing.h\"", missing.spelled());
        assertTrue(missing.detail().startsWith("not found in " + dir), missing.detail());
        assertEquals(2, unit.files().size());
    }

    @Test
    void tokensInUntakenBranchesAndDirectivesAreNotCounted() throws Exception {
        write("t.h", """
                // a comment line
                int a = 1;
                #if 0
                int b = 2; int c = 3;
                #if 1
                int d;
                #endif
                #else
                int e;
                #endif

                int f;
                """);
        write("main.cpp", "#include \"t.h\"\n");
        ParsedFile t = file(parse("main.cpp"), "t.h");
        // active: "int a = 1 ;" (5), "int e ;" (3), "int f ;" (3)
        assertEquals(11, t.activeTokens());
        assertEquals(3, t.activeLines());
        assertEquals(12, t.lines());
        assertEquals(10, t.linesOfCode());
    }

    @Test
    void usesTellWhetherTheCompleteTypeIsNeeded() throws Exception {
        write("engine.h", "struct Engine { int frames; };\nstruct Device { int id; };\nstruct Base {};\n"
                + "inline int tick(Engine& e) { return e.frames; }\n");
        write("user.h", """
                #include "engine.h"
                struct App : Base {
                  Engine* engine;
                  Device device;
                };
                inline int run(App& a) { return tick(*a.engine); }
                """);
        write("main.cpp", "#include \"user.h\"\n");
        ParsedUnit unit = parse("main.cpp");
        Map<String, UseStrength> fromUser = unit.uses().stream()
                .filter(u -> u.from().endsWith("user.h") && u.declaredIn().endsWith("engine.h"))
                .collect(Collectors.toMap(SymbolUse::symbol, SymbolUse::strength));
        assertEquals(Map.of(
                "Base", UseStrength.COMPLETE,
                "Engine", UseStrength.DECLARATION,
                "Device", UseStrength.COMPLETE,
                "tick", UseStrength.COMPLETE), fromUser);
    }

    @Test
    void deletingThroughAPointerNeedsTheCompleteClass() throws Exception {
        write("widget.h", "namespace ui { struct Widget { ~Widget(); }; struct Gadget {}; struct Part {}; }\n");
        write("owner.h", """
                #include "widget.h"
                typedef ui::Widget* WidgetHandle;
                struct Owner {
                  WidgetHandle widget;
                  const ui::Gadget* gadget;
                  ui::Part** parts;
                  ~Owner() {
                    delete widget;
                    delete[] parts;
                  }
                  void drop(const ui::Gadget* const& g) { delete g; }
                };
                """);
        write("main.cpp", "#include \"owner.h\"\n");
        ParsedUnit unit = parse("main.cpp");
        assertEquals(List.of(), unit.problems());
        Map<String, SymbolUse> fromOwner = unit.uses().stream()
                .filter(u -> u.from().endsWith("owner.h") && u.declaredIn().endsWith("widget.h"))
                .collect(Collectors.toMap(SymbolUse::symbol, u -> u));
        assertEquals(UseStrength.COMPLETE, fromOwner.get("ui::Widget").strength(), "delete widget (through a typedef)");
        assertEquals(8, fromOwner.get("ui::Widget").firstLine(), "the line named is the delete, not the typedef");
        assertEquals(UseStrength.COMPLETE, fromOwner.get("ui::Gadget").strength(), "delete of a const reference to a pointer");
        assertEquals(11, fromOwner.get("ui::Gadget").firstLine());
        // delete[] of a Part** frees an array of pointers: nothing of Part is needed.
        assertEquals(UseStrength.DECLARATION, fromOwner.get("ui::Part").strength());
    }

    @Test
    void callsAndOperatorsFoundByArgumentDependentLookupAreUsesOfTheirDeclaringFile() throws Exception {
        write("widget.h", """
                namespace ns {
                struct Widget { int v; };
                void poke(Widget* w);
                bool operator==(const Widget& a, const Widget& b);
                }
                """);
        write("user.h", """
                #include "widget.h"
                inline void touch(ns::Widget* w) { poke(w); }
                inline bool same(const ns::Widget& a, const ns::Widget& b) { return a == b; }
                """);
        write("main.cpp", "#include \"user.h\"\n");
        ParsedUnit unit = parse("main.cpp");
        assertEquals(List.of(), unit.problems());
        Map<String, SymbolUse> fromUser = unit.uses().stream()
                .filter(u -> u.from().endsWith("user.h") && u.declaredIn().endsWith("widget.h"))
                .collect(Collectors.toMap(SymbolUse::symbol, u -> u));
        assertEquals(SymbolKind.FUNCTION, fromUser.get("ns::poke").kind(), "found through its argument: " + fromUser);
        SymbolUse equals = fromUser.values().stream().filter(u -> u.symbol().startsWith("ns::operator"))
                .findFirst().orElseThrow(() -> new AssertionError("the operator is a use: " + fromUser.keySet()));
        assertEquals(SymbolKind.FUNCTION, equals.kind());
        assertEquals(3, equals.firstLine());
    }

    @Test
    void includeCycleWithoutGuardsEndsWithAProblem() throws Exception {
        write("a.h", "#include \"b.h\"\nint a;\n");
        write("b.h", "#include \"a.h\"\nint b;\n");
        write("main.cpp", "#include \"a.h\"\n");
        ParsedUnit unit = parse("main.cpp");
        assertTrue(unit.problems().stream().anyMatch(p -> p.kind() == ParseProblem.Kind.PREPROCESSOR),
                () -> "expected a recursion problem, got " + unit.problems());
    }

    @Test
    void binaryIncludeIsReportedNotParsed() throws Exception {
        Files.write(dir.resolve("blob.h"), new byte[] {1, 0, 2, 0, 3});
        write("main.cpp", "#include \"blob.h\"\n");
        ParsedUnit unit = parse("main.cpp");
        IncludeDirective blob = unit.includes().get(0);
        assertEquals(IncludeOutcome.NOT_FOUND, blob.outcome());
        assertTrue(blob.detail().contains("binary file"), blob.detail());
    }

    @Test
    void cancelledParseStopsAtTheNextInclude() throws Exception {
        write("x.h", "int x;\n");
        write("main.cpp", "#include \"x.h\"\n");
        Path main = dir.resolve("main.cpp");
        ParseRequest request = new ParseRequest(main, null, SourceLanguage.CXX, List.of(), List.of(dir), List.of(),
                Map.of(), List.of(), false);
        assertThrows(ParseCancelledException.class, () -> parser.parse(request, () -> true));
    }

    @Test
    void unreadableMainFileGivesOneProblem() {
        ParsedUnit unit = parse("does-not-exist.cpp");
        assertEquals(1, unit.problems().size());
        assertEquals("cannot read: no such file", unit.problems().get(0).message());
    }

    @Test
    void templateUseSeparatesConcreteCodeFromTemplates() throws Exception {
        write("use.h", """
                #pragma once
                template <typename T> struct Box { T value; T get() const { return value; } };
                template <typename T> struct Pair { Box<T> a; Box<Box<T> > b; };
                template <typename T> T twice(T v) { Box<T> b{v}; return b.get() + b.get(); }
                struct Scene { Box<int> id; Box<float> weight; Box<int> other; };
                inline int use(Scene& s) {
                    Box<long> local{3};
                    return s.id.get() + twice<int>(2) + (int) local.get() + helper();
                }
                int helper();
                """);
        write("main.cpp", "#include \"use.h\"\n");
        ParsedUnit unit = parse("main.cpp");
        assertEquals(List.of(), unit.problems());
        TemplateUse t = file(unit, "use.h").templateUse();
        // Box<T> x3 (Pair twice, twice), Box<Box<T> >, Box<int> x2, Box<float>, Box<long>, twice<int>
        assertEquals(9, t.templateIds());
        assertEquals(6, t.distinctTemplateIds(), "Box<T>, Box<Box<T>>, Box<int>, Box<float>, Box<long>, twice<int>");
        assertEquals(5, t.concreteTemplateIds(), "Box<int> x2, Box<float>, Box<long>, twice<int>");
        assertEquals(4, t.distinctConcreteTemplateIds());
        assertEquals(1, t.nestedTemplateIds());
        assertEquals(2, t.concreteBodyTemplateIds(), "Box<long>, twice<int> in use()");
        assertEquals(4, t.concreteBodyCalls(), "s.id.get(), twice<int>(2), local.get(), helper()");
        assertEquals(2, t.concreteMemberCalls());
        assertEquals(2, t.templateBodyCalls(), "b.get() twice in twice<T>");
        assertTrue(t.concreteBodyNodes() > 10, "use()'s body: " + t.concreteBodyNodes());
    }
}
