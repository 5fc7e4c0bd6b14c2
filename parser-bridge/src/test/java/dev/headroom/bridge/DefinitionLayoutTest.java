// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.headroom.bridge.DefinitionLayout.Scope;
import dev.headroom.bridge.DefinitionLayout.ScopeKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offsets and refusal facts a move-to-source needs, read off a real parse of a header written for each case. */
class DefinitionLayoutTest {
    @TempDir
    static Path dir;

    static String text;
    static Map<String, List<FunctionBody>> bodies;

    @BeforeAll
    static void parse() throws Exception {
        text = """
                #pragma once
                #define SIGNATURE(n) int n(int v)
                #define BRACES { return 1; }
                namespace geo {
                inline namespace v1 {
                struct Shape {
                    using Id = int;
                    Shape() : id_(1), scale_{2.0f} { }
                    explicit Shape(int id) { id_ = id; }
                    virtual ~Shape() {}
                    virtual float area(float k = 1.0f, int /*unused*/ = 2) const { return k * scale_; }
                    static inline Id next() { return 7; }
                    Id id() const { return id_; }
                    auto deduced() { return 1; }
                    auto trailing() -> int { return 2; }
                    void gone() = delete;
                    Shape(const Shape&) = default;
                    friend bool same(const Shape&, const Shape&) { return true; }
                    void later();
                    int id_;
                    float scale_;
                };
                struct Square : Shape {
                    float area(float k, int) const override final { return k; }
                };
                inline int twice(int v) { return v * 2; }
                constexpr int thrice(int v) { return v * 3; }
                consteval int four() { return 4; }
                template <typename T> T largest(T a, T b) { return a < b ? b : a; }
                template <typename T> struct Box { T get() const { return value; } T value; };
                static int hidden(int v) { return v; }
                SIGNATURE(viaMacro) { return v; }
                inline int bracesFromMacro() BRACES
                inline void Shape::later() { }
                }
                }
                namespace { inline int anonymous() { return 0; } }
                struct { int member() { return 1; } } unnamed;
                inline void local() { struct L { int f() { return 1; } }; }
                inline void tries() try { } catch (...) { }
                """;
        Path header = dir.resolve("layout.h");
        Files.writeString(header, text);
        Path main = Files.writeString(dir.resolve("main.cpp"), "#include \"layout.h\"\n");
        ParsedUnit unit = new TranslationUnitParser().parse(Requests.cxx(main, List.of(dir), List.of()),
                CancelSignal.NEVER);
        bodies = unit.bodies().stream().filter(b -> b.file().endsWith("layout.h"))
                .collect(Collectors.groupingBy(FunctionBody::qualifiedName));
    }

    private static DefinitionLayout layout(String name) {
        return layout(name, 0);
    }

    /** The {@code index}th definition named {@code name}, in source order. */
    private static DefinitionLayout layout(String name, int index) {
        List<FunctionBody> named = bodies.get(name);
        assertNotNull(named, name + " among " + bodies.keySet());
        FunctionBody body = named.stream().sorted(java.util.Comparator.comparingInt(FunctionBody::firstLine))
                .toList().get(index);
        assertNotNull(body.layout(), name);
        return body.layout();
    }

    private static String at(int from, int to) {
        return text.substring(from, to);
    }

    private static Set<OutlineBlocker> blockers(String name) {
        return layout(name).blockers();
    }

    @Test
    void aConstructorsOffsetsSeparateDeclaratorInitialisersAndBody() {
        DefinitionLayout ctor = layout("geo::v1::Shape::Shape");
        assertEquals("Shape() : id_(1), scale_{2.0f} { }", at(ctor.start(), ctor.end()));
        assertEquals("Shape()", at(ctor.start(), ctor.declaratorEnd()));
        assertEquals("{ }", at(ctor.bodyStart(), ctor.end()));
        assertEquals(2, ctor.memberInitializers());
        assertEquals("Shape", at(ctor.nameOffset(), ctor.nameOffset() + ctor.nameLength()));
        assertEquals(Set.of(), ctor.blockers());
        assertEquals(List.of(new Scope(ScopeKind.NAMESPACE, "geo"), new Scope(ScopeKind.INLINE_NAMESPACE, "v1"),
                new Scope(ScopeKind.STRUCT, "Shape")), ctor.scopes());
        assertEquals(DefinitionLayouts.digest(at(ctor.start(), ctor.end())), ctor.digest());
    }

    @Test
    void defaultArgumentsAndDeclarationOnlyKeywordsAreLocated() {
        DefinitionLayout area = layout("geo::v1::Shape::area");
        assertEquals(List.of("= 1.0f", "= 2"), area.defaultArguments().stream()
                .map(s -> at(s.offset(), s.offset() + s.length())).toList());
        assertEquals(List.of("virtual"), area.specifiers().stream().map(DefinitionLayout.Keyword::text).toList());
        assertEquals("virtual", at(area.specifiers().get(0).offset(), area.specifiers().get(0).offset() + 7));
        assertEquals(List.of("override", "final"), layout("geo::v1::Square::area").specifiers().stream()
                .map(k -> at(k.offset(), k.offset() + k.text().length())).toList());
        assertEquals(List.of("static", "inline"), layout("geo::v1::Shape::next").specifiers().stream()
                .map(DefinitionLayout.Keyword::text).toList());
        assertEquals(List.of("explicit"), layout("geo::v1::Shape::Shape", 1).specifiers().stream()
                .map(DefinitionLayout.Keyword::text).toList());
        DefinitionLayout twice = layout("geo::v1::twice");
        assertEquals("inline", at(twice.specifiers().get(0).offset(), twice.specifiers().get(0).offset() + 6));
        assertEquals(Set.of(), twice.blockers());
    }

    @Test
    void aReturnTypeDeclaredInTheClassIsQualifiedByResolution() {
        DefinitionLayout id = layout("geo::v1::Shape::id");
        assertEquals(1, id.returnTypeQualifiers().size());
        assertEquals("geo::v1::Shape::", id.returnTypeQualifiers().get(0).text());
        assertEquals("Id id()", at(id.returnTypeQualifiers().get(0).offset(), id.declaratorEnd()).replace(" const", ""));
        assertEquals(List.of(), layout("geo::v1::twice").returnTypeQualifiers(), "int needs no qualifier");
        DefinitionLayout next = layout("geo::v1::Shape::next");
        assertEquals("geo::v1::Shape::", next.returnTypeQualifiers().get(0).text());
    }

    @Test
    void eachRefusalIsNamed() {
        assertEquals(Set.of(OutlineBlocker.DEDUCED_RETURN_TYPE), blockers("geo::v1::Shape::deduced"));
        assertEquals(Set.of(), blockers("geo::v1::Shape::trailing"));
        assertEquals(Set.of(OutlineBlocker.DELETED), blockers("geo::v1::Shape::gone"));
        assertEquals(Set.of(OutlineBlocker.FRIEND), blockers("geo::v1::Shape::same"));
        assertEquals(Set.of(OutlineBlocker.CONSTEXPR), blockers("geo::v1::thrice"));
        assertEquals(Set.of(OutlineBlocker.CONSTEVAL), blockers("geo::v1::four"));
        assertEquals(Set.of(OutlineBlocker.TEMPLATE), blockers("geo::v1::largest"));
        assertEquals(Set.of(OutlineBlocker.TEMPLATE), blockers("geo::v1::Box::get"));
        assertEquals(Set.of(OutlineBlocker.INTERNAL_LINKAGE), blockers("geo::v1::hidden"));
        assertEquals(Set.of(OutlineBlocker.MACRO_SIGNATURE), blockers("geo::v1::viaMacro"));
        assertEquals(Set.of(OutlineBlocker.MACRO_SIGNATURE), blockers("geo::v1::bracesFromMacro"));
        assertEquals(Set.of(OutlineBlocker.ANONYMOUS_NAMESPACE), blockers("(anonymous)::anonymous"));
        assertEquals(Set.of(OutlineBlocker.UNNAMED_CLASS), blockers("::member"));
        assertEquals(Set.of(OutlineBlocker.LOCAL_CLASS), blockers("L::f"));
        assertEquals(Set.of(OutlineBlocker.QUALIFIED_NAME), blockers("geo::v1::Shape::later"));
        assertEquals(Set.of(OutlineBlocker.DEFAULTED), layout("geo::v1::Shape::Shape", 2).blockers());
        assertEquals(Set.of(OutlineBlocker.FUNCTION_TRY_BLOCK), blockers("tries"));
    }
}
