// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import java.util.Objects;

/**
 * One file's standing as an include hub, with the parts its score is made of.
 *
 * @param vertex the file
 * @param fanIn number of distinct files that include it directly, not counting itself
 * @param inclusiveCost bytes of everything it reaches, itself included, each counted once
 * @param <V> vertex type
 */
public record Hub<V>(V vertex, int fanIn, long inclusiveCost) {

    public Hub {
        Objects.requireNonNull(vertex, "vertex");
        if (fanIn < 0 || inclusiveCost < 0) {
            throw new IllegalArgumentException(
                    "fan-in and inclusive cost must not be negative, got " + fanIn + " and " + inclusiveCost);
        }
    }

    /** Fan-in times inclusive cost: roughly the bytes this file makes its includers parse. */
    public long score() {
        return Math.multiplyExact(fanIn, inclusiveCost);
    }
}
