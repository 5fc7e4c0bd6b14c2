// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The workspace correction's arithmetic on figures from a real workspace (clang 14 and the bundled model on units
 * using nlohmann-json and libstdc++; docs/decisions/0019-per-project-correction.md): its error is leave-one-out,
 * it needs five units, and it steps aside where leaving one out says it does not help.
 */
class WorkspaceCorrectionTest {
    /** estimate, clang, expressions per declaration: containers, variant, strings, json_config, algorithms. */
    private static final List<CorrectionSample> FIVE = List.of(
            new CorrectionSample("containers.cpp", 16_419_749, 22_911_862, 2.991),
            new CorrectionSample("variant_visit.cpp", 14_840_551, 18_598_261, 2.709),
            new CorrectionSample("strings.cpp", 20_049_798, 34_791_354, 3.373),
            new CorrectionSample("json_config.cpp", 36_100_643, 76_453_706, 3.686),
            new CorrectionSample("algorithms.cpp", 15_576_495, 18_415_021, 2.809));

    @Test
    void theAfterFigureIsLeaveOneOutNotInSample() {
        WorkspaceCorrection c = WorkspaceCorrection.fit(FIVE);
        double inSample = FIVE.stream().mapToDouble(s -> Math.abs(c.corrected(s.estimatedAstBytes(),
                s.expressionsPerDeclaration()) - s.clangAstBytes()) / (double) s.clangAstBytes()).sorted()
                .skip(2).findFirst().orElseThrow() * 100;
        assertTrue(c.applies(), c.summary());
        assertTrue(c.afterPct() > inSample, "leave-one-out " + c.afterPct() + " against in-sample " + inSample);
        assertTrue(c.afterPct() < c.beforePct(), c.summary());
        assertTrue(c.summary().startsWith("5 units measured, estimate error before correction 28%, after"), c.summary());
        assertTrue(c.summary().endsWith("(leave-one-out)"), c.summary());
    }

    @Test
    void noUnitIsCorrectedByMoreThanAnyMeasuredUnitNeeded() {
        // A C unit has many expressions per declaration (5.8 in a real one); the measured C++ units span 2.7-3.7,
        // and the most any of them needed was json_config.cpp's clang / estimate = 2.12.
        WorkspaceCorrection c = WorkspaceCorrection.fit(FIVE);
        double most = 76_453_706 / 36_100_643.0;
        assertEquals(most, c.factor(5.8), 1e-9);
        assertEquals(Math.round(1_000_000 * most), c.corrected(1_000_000, 5.8));
        assertTrue(c.factor(2.709) < c.factor(3.373), "denser units are corrected more within the range");
    }

    @Test
    void fourUnitsAreTooFewAndNothingIsCorrected() {
        WorkspaceCorrection c = WorkspaceCorrection.fit(FIVE.subList(0, 4));
        assertFalse(c.applies());
        assertEquals(10_000_000, c.corrected(10_000_000, 3.5), "an estimate stays an estimate");
        assertTrue(c.reason().contains("4 of the 5 measured units a correction needs"), c.reason());
    }

    @Test
    void aCorrectionThatDoesNotHelpLeavingOneOutIsNotApplied() {
        // Estimates already right but for noise that no density explains: leaving one out can only add error.
        List<CorrectionSample> noise = List.of(new CorrectionSample("a", 100, 104, 1.0),
                new CorrectionSample("b", 100, 96, 2.0), new CorrectionSample("c", 100, 103, 3.0),
                new CorrectionSample("d", 100, 97, 4.0), new CorrectionSample("e", 100, 105, 5.0),
                new CorrectionSample("f", 100, 95, 6.0));
        WorkspaceCorrection c = WorkspaceCorrection.fit(noise);
        assertFalse(c.applies(), c.summary());
        assertTrue(c.summary().contains("does not help here"), c.summary());
    }

    @Test
    void noMeasurementsSayTheFiguresAreBundledEstimates() {
        WorkspaceCorrection c = WorkspaceCorrection.fit(List.of());
        assertFalse(c.applies());
        assertEquals("no unit measured with clang yet: every figure is a bundled-model estimate", c.summary());
    }
}
