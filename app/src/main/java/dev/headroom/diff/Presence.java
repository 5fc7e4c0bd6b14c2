// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

/** Which revisions hold a unit, header or module; the markers of a bloaty-style table. */
public enum Presence {
    /** In both revisions. */
    BOTH(""),
    /** Only in revision B. */
    ADDED("NEW"),
    /** Only in revision A. */
    REMOVED("DEL");

    private final String marker;

    Presence(String marker) {
        this.marker = marker;
    }

    /** {@code NEW}, {@code DEL}, or empty for a thing in both revisions. */
    public String marker() {
        return marker;
    }

    static Presence of(boolean before, boolean after) {
        if (before && after) {
            return BOTH;
        }
        if (!before && !after) {
            throw new IllegalArgumentException("a thing in neither revision has no presence");
        }
        return after ? ADDED : REMOVED;
    }
}
