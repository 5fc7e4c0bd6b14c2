// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

/**
 * One figure before and after, in bytes; 0 on the side where the thing does not exist.
 *
 * @param before the figure in revision A
 * @param after  the figure in revision B
 */
public record SizeDelta(long before, long after) {
    /** Nothing on either side. */
    public static final SizeDelta ZERO = new SizeDelta(0, 0);

    /** {@code after - before}: positive when B is heavier. */
    public long delta() {
        return after - before;
    }

    /** The change relative to {@code before} in percent; infinite for growth from nothing, 0 for no change. */
    public double percent() {
        if (before == 0) {
            return after == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return 100.0 * (after - before) / before;
    }

    /** The sum of two deltas, for totals. */
    public SizeDelta plus(SizeDelta other) {
        return new SizeDelta(before + other.before, after + other.after);
    }
}
