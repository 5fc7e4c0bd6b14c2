// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Reads real clang 14.0.6 {@code -print-stats} dumps: a unit holding {@code #include <vector>} (-std=c++17), and
 * one holding {@code #include <cmath>} (-std=c++20), whose AST section carries the ASTReader's headings.
 */
class PrintStatsParserTest {

    private static String vectorDump() throws IOException {
        return dump("print-stats-clang14-vector.txt");
    }

    private static String dump(String name) throws IOException {
        try (InputStream in = PrintStatsParserTest.class.getResourceAsStream(name)) {
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
    void cxx20AstBytesAreTheAllocatorLineAfterTheAstReadersHeadingsInsideTheAstContextSection() throws Exception {
        PrintStats stats = PrintStatsParser.parse(dump("print-stats-clang14-cmath-cxx20.txt"));
        assertEquals(7_071_658, stats.astContextBytesUsed());
        assertEquals(7_241_728, stats.astContextBytesAllocated());
        assertEquals(17_186, stats.types());
        assertEquals(696_992, stats.typeBytes());
        assertEquals(17_854, stats.decls());
        assertEquals(254_752, stats.semaBytesUsed().orElseThrow());
        assertEquals(511_596, stats.identifierTableBytesUsed());
    }

    @Test
    void astReaderHeadingsOutsideTheAstContextSectionDoNotOpenIt() {
        String text = "*** AST File Statistics:\nBytes used: 12\n*** AST Context Stats:\n  3 types total.\n";
        ClangException e = assertThrows(ClangException.class, () -> PrintStatsParser.parse(text));
        assertTrue(e.getMessage().contains("'bytesUsed' in its '*** AST Context Stats:'"), e.getMessage());
    }

    @Test
    void outputWithoutAnAstContextSectionIsRejectedWithTheMissingFigureNamed() {
        ClangException e = assertThrows(ClangException.class,
                () -> PrintStatsParser.parse("error: no such file or directory: 'x.cpp'\n"));
        assertTrue(e.getMessage().contains("AST Context Stats"), e.getMessage());
    }
}
