// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reads a real clang 14.0.6 {@code -print-stats} dump (a unit holding {@code #include <vector>}, -std=c++17). */
class PrintStatsParserTest {

    private static String vectorDump() throws IOException {
        try (InputStream in = PrintStatsParserTest.class.getResourceAsStream("print-stats-clang14-vector.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void astContextBytesUsedIsTheAllocatorLineOfTheAstContextSectionNotSemasOrTheIdentifierTables() throws Exception {
        PrintStats stats = PrintStatsParser.parse(vectorDump());
        assertEquals(3_851_230, stats.astContextBytesUsed());
        assertEquals(3_997_696, stats.astContextBytesAllocated());
        assertEquals(216_608, stats.semaBytesUsed().orElseThrow());
        assertEquals(362_955, stats.identifierTableBytesUsed());
    }

    @Test
    void sectionTotalsAreTakenFromTheirOwnSections() throws Exception {
        PrintStats stats = PrintStatsParser.parse(vectorDump());
        assertEquals(14_899, stats.types());
        assertEquals(601_288, stats.typeBytes());
        assertEquals(11_376, stats.decls());
        assertEquals(1_267_800, stats.declBytes());
        assertEquals(17_630, stats.stmts());
        assertEquals(591_024, stats.stmtBytes());
        assertEquals(377_886, stats.preprocessorBytes());
        assertEquals(6_022, stats.identifiers());
    }

    @Test
    void implicitMembersCountTheDeclaredSideOfEachLine() throws Exception {
        assertEquals(11 + 21 + 20 + 10 + 7 + 22, PrintStatsParser.parse(vectorDump()).implicitMembersDeclared());
    }

    @Test
    void outputWithoutAnAstContextSectionIsRejectedWithTheMissingFigureNamed() {
        ClangException e = assertThrows(ClangException.class,
                () -> PrintStatsParser.parse("error: no such file or directory: 'x.cpp'\n"));
        assertTrue(e.getMessage().contains("AST Context Stats"), e.getMessage());
    }
}
