// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.compare;

/**
 * One row of the bloaty-style delta table.
 *
 * @param key    the header's key: its path under the workspace's root, or absolute outside it
 * @param before its bytes in revision A
 * @param after  its bytes in revision B
 * @param marker {@code NEW}, {@code DEL} or empty
 */
public record DeltaRow(String key, long before, long after, String marker) {
    public long delta() {
        return after - before;
    }

    /** The change in percent of {@code before}; infinite for growth from nothing. */
    public double percent() {
        return before == 0 ? (after == 0 ? 0 : Double.POSITIVE_INFINITY) : 100.0 * (after - before) / before;
    }

    /** The file's name, the key's last segment. */
    public String name() {
        int slash = key.lastIndexOf('/');
        return slash < 0 ? key : key.substring(slash + 1);
    }
}
