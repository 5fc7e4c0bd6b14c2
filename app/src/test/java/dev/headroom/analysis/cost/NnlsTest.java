// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Cases solved by hand; the comments give the arithmetic. */
class NnlsTest {

    @Test
    void negativeUnconstrainedEntryIsClampedToZeroAndTheRestRefitted() {
        // b falls with the column (1,2,3): unconstrained LS gives x = (4, -1). With x2 >= 0 the best is x2 = 0,
        // x1 = mean(b) = 2, residual (1, 0, -1), norm sqrt(2); x1 = 0 would leave 6.86 > 2 as squared residual.
        Nnls nnls = new Nnls(new double[][] {{1, 1}, {1, 2}, {1, 3}}, new double[] {3, 2, 1});
        assertArrayEquals(new double[] {2, 0}, nnls.solution(), 1e-12);
        assertEquals(Math.sqrt(2), nnls.residualNorm(), 1e-12);
    }

    @Test
    void consistentSystemWithPositiveSolutionIsSolvedExactly() {
        // rows: x1 = 2, x2 = 1, x1 + x2 = 3
        Nnls nnls = new Nnls(new double[][] {{1, 0}, {0, 1}, {1, 1}}, new double[] {2, 1, 3});
        assertArrayEquals(new double[] {2, 1}, nnls.solution(), 1e-12);
        assertEquals(0, nnls.residualNorm(), 1e-12);
    }

    @Test
    void targetNegativeAlongAColumnGivesThatColumnNoWeight() {
        // identity: x = max(b, 0) = (1, 0); residual is the clipped -2
        Nnls nnls = new Nnls(new double[][] {{1, 0}, {0, 1}}, new double[] {1, -2});
        assertArrayEquals(new double[] {1, 0}, nnls.solution(), 1e-12);
        assertEquals(2, nnls.residualNorm(), 1e-12);
    }

    @Test
    void columnsOfVeryDifferentScaleAreFittedAsWell() {
        // x = (3e-6, 5): column 1 counts bytes in millions, column 2 counts units
        double[][] a = {{1e6, 1}, {2e6, 0}, {5e5, 4}, {3e6, 2}};
        double[] b = new double[4];
        for (int i = 0; i < 4; i++) {
            b[i] = a[i][0] * 3e-6 + a[i][1] * 5;
        }
        assertArrayEquals(new double[] {3e-6, 5}, new Nnls(a, b).solution(), 1e-9);
    }

    @Test
    void duplicatedColumnsStillReachTheLeastResidualWithNonNegativeWeights() {
        Nnls nnls = new Nnls(new double[][] {{1, 1}, {1, 1}}, new double[] {2, 2});
        double[] x = nnls.solution();
        assertTrue(x[0] >= 0 && x[1] >= 0);
        assertEquals(2, x[0] + x[1], 1e-12);
        assertEquals(0, nnls.residualNorm(), 1e-12);
    }

    @Test
    void raggedOrEmptyInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Nnls(new double[][] {{1, 2}, {1}}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> new Nnls(new double[0][], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> new Nnls(new double[][] {{1}}, new double[] {1, 2}));
    }
}
