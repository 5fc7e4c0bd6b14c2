// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.headroom.model.MeasuredUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A unit's AST figure shared out among its files: builtins stay out, each file keeps the estimate's share. */
class ApportionedFigureTest {
    private static final long MB = 1024 * 1024;

    @Test
    void clangsFigureLessTheBuiltinsIsSharedOutInTheEstimatesShares() {
        // The estimate: 10 MB of builtins and 30 MB of files; clang measured 70 MB, so the files hold 60 MB.
        UnitFigures.Figure f = new UnitFigures.Figure("u.cpp", 40 * MB, 40 * MB, new MeasuredUnit("u.cpp", 70 * MB, 0, 0),
                UnitFigures.Source.MEASURED, null, List.of());

        ApportionedFigure a = ApportionedFigure.of(f, 30 * MB);

        assertEquals(10 * MB, a.builtinsBytes());
        assertEquals(2.0, a.factor(), 1e-12);
        assertEquals(20 * MB, a.of(10 * MB), "a third of the files' estimate is a third of their measured 60 MB");
        assertEquals("measured: clang's 70.0 MB for u.cpp, apportioned by the estimate's shares (× 2.00)", a.describe());
    }

    @Test
    void aUnitClangHasNotMeasuredFallsBackAndSaysSo() {
        UnitFigures.Figure corrected = new UnitFigures.Figure("v.cpp", 40 * MB, 50 * MB, null,
                UnitFigures.Source.CORRECTED, null, List.of());
        assertEquals(4 / 3.0, ApportionedFigure.of(corrected, 30 * MB).factor(), 1e-12);
        assertEquals("corrected: no clang figure for v.cpp; this workspace's correction (× 1.33)",
                ApportionedFigure.of(corrected, 30 * MB).describe());

        UnitFigures.Figure estimated = new UnitFigures.Figure("w.cpp", 40 * MB, 40 * MB, null,
                UnitFigures.Source.ESTIMATED, null, List.of());
        assertEquals(7 * MB, ApportionedFigure.of(estimated, 30 * MB).of(7 * MB), "the estimate, unchanged");
        assertEquals(1.0, ApportionedFigure.estimateOnly("x.cpp", 0).factor());
    }

    @Test
    void clangBelowTheBuiltinsLeavesTheFilesNothingRatherThanLessThanNothing() {
        UnitFigures.Figure f = new UnitFigures.Figure("u.cpp", 40 * MB, 40 * MB, new MeasuredUnit("u.cpp", 5 * MB, 0, 0),
                UnitFigures.Source.MEASURED, null, List.of());
        assertEquals(0, ApportionedFigure.of(f, 30 * MB).of(10 * MB));
        assertThrows(IllegalArgumentException.class,
                () -> new ApportionedFigure("u", UnitFigures.Source.ESTIMATED, -1, 0, 0));
    }
}
