// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Cases computed by hand. */
class SpearmanTest {

    @Test
    void oneSwapInFourGivesPointEight() {
        // d = (0, 1, 1, 0): 1 - 6 * 2 / (4 * 15) = 0.8
        assertEquals(0.8, Spearman.correlation(new double[] {1, 2, 3, 4}, new double[] {10, 30, 20, 40}), 1e-12);
    }

    @Test
    void tiesShareTheirMeanRank() {
        // y ranks (1, 2, 3.5, 5, 3.5); deviations from 3: x (-2,-1,0,1,2), y (-2,-1,.5,2,.5);
        // Sxy = 8, Sxx = 10, Syy = 9.5, rho = 8 / sqrt(95)
        assertArrayEquals(new double[] {1, 2, 3.5, 5, 3.5}, Spearman.ranks(new double[] {5, 6, 7, 8, 7}), 0);
        assertEquals(8 / Math.sqrt(95),
                Spearman.correlation(new double[] {1, 2, 3, 4, 5}, new double[] {5, 6, 7, 8, 7}), 1e-12);
    }

    @Test
    void monotoneButNonLinearIsPerfectAndReversedIsMinusOne() {
        assertEquals(1, Spearman.correlation(new double[] {1, 2, 3}, new double[] {1, 100, 10_000}), 1e-12);
        assertEquals(-1, Spearman.correlation(new double[] {1, 2, 3}, new double[] {9, 4, 1}), 1e-12);
    }

    @Test
    void constantSampleHasNoCorrelation() {
        assertThrows(IllegalArgumentException.class,
                () -> Spearman.correlation(new double[] {1, 2, 3}, new double[] {4, 4, 4}));
    }
}
