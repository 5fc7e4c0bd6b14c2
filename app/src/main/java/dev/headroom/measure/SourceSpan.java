// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

/**
 * One {@code Source} event of a trace: a header entered on one thread from {@code start} to {@code end}
 * (microseconds, half-open).
 *
 * @param thread the event's pid and tid, as a small index
 * @param start  first microsecond
 * @param end    first microsecond after the event; equal to {@code start} for a zero-duration event
 * @param header the header path, as an index into the importer's path table
 * @param order  the event's position in the {@code traceEvents} array
 */
record SourceSpan(int thread, long start, long end, int header, int order) {

    SourceSpan {
        if (end < start) {
            throw new IllegalArgumentException("span ends at " + end + " before it starts at " + start);
        }
    }

    long duration() {
        return end - start;
    }
}
