// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import java.util.Objects;

/**
 * The time clang spent in one header of one unit, in microseconds.
 *
 * @param path           the header as clang wrote it in the trace ({@code args.detail}), not normalized
 * @param inclusiveMicros the sum of the durations of every entry into the header, nested headers included
 * @param selfMicros     {@code inclusiveMicros} minus the time of the headers entered directly from it
 * @param entries        how many times the header was entered (its number of {@code Source} events)
 */
public record HeaderTime(String path, long inclusiveMicros, long selfMicros, int entries) {

    /**
     * @throws IllegalArgumentException unless {@code 0 <= selfMicros <= inclusiveMicros} and {@code entries >= 1}
     */
    public HeaderTime {
        Objects.requireNonNull(path, "path");
        if (selfMicros < 0 || selfMicros > inclusiveMicros) {
            throw new IllegalArgumentException("self time must lie in [0, " + inclusiveMicros + "], was "
                    + selfMicros + " for " + path);
        }
        if (entries < 1) {
            throw new IllegalArgumentException("entries must be at least 1, was " + entries + " for " + path);
        }
    }
}
