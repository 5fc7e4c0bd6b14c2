// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

import java.util.Comparator;
import java.util.List;

/**
 * One unit (a jank module, a source file) before and after.
 *
 * @param name      the unit's name, which matches it across revisions
 * @param presence  in A, in B or in both
 * @param astBytes  the estimate of clang's AST bytes
 * @param peakBytes the estimate of clang's peak memory
 * @param mainFile  the key of the unit's main file (B's, else A's), which retains the whole unit
 * @param headers   every file the unit enters in either revision, largest |self delta| first
 */
public record UnitDelta(String name, Presence presence, SizeDelta astBytes, SizeDelta peakBytes, String mainFile,
        List<UnitHeaderDelta> headers) {

    /** Largest change first; ties by key, so the order is the same on every run. */
    static final Comparator<UnitHeaderDelta> BY_SELF_CHANGE = Comparator
            .comparingLong((UnitHeaderDelta h) -> -Math.abs(h.self().delta()))
            .thenComparing(UnitHeaderDelta::key);

    public UnitDelta {
        headers = headers.stream().sorted(BY_SELF_CHANGE).toList();
    }

    /**
     * The headers a growth came through: those the unit enters only in B or whose own bytes grew, ranked by what
     * they bring in (retained bytes, B minus A), so a new {@code #include <imgui_internal.h>} is named before the
     * intrinsics headers it pulls in. The main file, which retains everything, is left out.
     */
    public List<UnitHeaderDelta> growthCauses() {
        return headers.stream()
                .filter(h -> !h.key().equals(mainFile))
                .filter(h -> h.presence() == Presence.ADDED || h.self().delta() > 0)
                .sorted(java.util.Comparator.comparingLong((UnitHeaderDelta h) -> -h.retained().delta())
                        .thenComparing(UnitHeaderDelta::key))
                .toList();
    }

    /** The headers whose own bytes in this unit grew, largest growth first. */
    public List<UnitHeaderDelta> grown() {
        return headers.stream().filter(h -> h.self().delta() > 0).toList();
    }
}
