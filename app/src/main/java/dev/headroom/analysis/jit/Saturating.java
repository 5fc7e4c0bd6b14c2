// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.jit;

/** Sums of byte counts that stop at {@link Long#MAX_VALUE} instead of wrapping to a negative peak. */
final class Saturating {
    private Saturating() {
    }

    static long add(long... values) {
        long sum = 0;
        for (long v : values) {
            long r = sum + v;
            // Overflow iff both operands have the sign opposite to the result (Hacker's Delight 2-13).
            if (((sum ^ r) & (v ^ r)) < 0) {
                return sum < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            sum = r;
        }
        return sum;
    }
}
