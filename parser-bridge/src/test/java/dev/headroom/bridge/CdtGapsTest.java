// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real system headers clang accepts: what the parser predefines lets CDT read them, and where CDT still cannot,
 * the problem names the construct and what the estimate leaves out.
 */
class CdtGapsTest {
    private final TranslationUnitParser parser = new TranslationUnitParser();

    private ParsedUnit parse(String include, String std) {
        return parser.parse(Requests.cxxText(Path.of("/virtual/main.cpp"), "#include <" + include + ">\n",
                List.of(), std), CancelSignal.NEVER);
    }

    @Test
    void chronoUnderCxx20ParsesWithoutProblemsOnceConstevalReadsAsConstexpr() {
        ParsedUnit unit = parse("chrono", "c++20");
        assertEquals(List.of(), unit.problems());
        ParsedFile chrono = unit.files().stream().filter(f -> f.path().toString().endsWith("/c++/12/chrono")).findFirst()
                .orElseThrow();
        assertTrue(chrono.declarations(DeclarationKind.FUNCTION_DEFINITION_IN_CLASS)
                + chrono.declarations(DeclarationKind.FUNCTION_DEFINITION_INLINE) > 100, "chrono's inline functions");
    }

    @Test
    void allocatorUnderCxx20KeepsItsDeprecatedAliasesOnceLibstdcxxSpellsNoGnuAttributeThere() {
        ParsedUnit unit = parse("bits/allocator.h", "c++20");
        assertEquals(List.of(), unit.problems());
    }

    @Test
    void variantUnderCxx17NamesThePackExpansionInAUsingDeclarationAndTheOneDeclarationLost() {
        ParsedUnit unit = parse("variant", "c++17");
        assertEquals(1, unit.problems().size(), unit.problems()::toString);
        ParseProblem problem = unit.problems().get(0);
        assertTrue(problem.file().endsWith("variant"), problem::toString);
        assertEquals(788, problem.line());
        assertTrue(problem.message().contains("CDT cannot parse a pack expansion in a using-declaration"),
                problem.message());
        assertTrue(problem.message().endsWith("the estimate for this file leaves out about 1 declaration"),
                problem.message());
    }

    @Test
    void rangeV3ConceptEmulationProblemsAllNameTheDoubleAngleBracketInAMacroArgument() {
        Environment.requireFile("/usr/include/range/v3/view/transform.hpp");
        ParsedUnit unit = parse("range/v3/view/transform.hpp", "c++17");
        assertFalse(unit.problems().isEmpty(), "CDT 9.2 still misreads range-v3's '>>' in macro arguments");
        for (ParseProblem problem : unit.problems()) {
            assertTrue(problem.message().contains("'>>' closing two template argument lists inside the arguments"
                    + " of macro "), problem::toString);
        }
    }

    @Test
    void declarationsLostCountWhatEndsAtTheOutermostLevel() {
        assertEquals(1, ProblemDiagnosis.declarationsIn("using A<T>::f...;"));
        assertEquals(1, ProblemDiagnosis.declarationsIn("template(class R)(requires X<R>) int f(R r) { g(); return 0; }"));
        assertEquals(2, ProblemDiagnosis.declarationsIn("struct S { int a; int b; }; int c;"));
        assertEquals(1, ProblemDiagnosis.declarationsIn("consteval"));
    }
}
