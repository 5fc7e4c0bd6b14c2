// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import java.util.List;

/**
 * What a refactor is predicted to save: the cost model on the patched copy, reparsed, against the analysis.
 *
 * @param headers  each changed header's own estimated AST bytes before and after
 * @param units    every unit whose estimate changes, before and after
 * @param jit      the JIT's worst peak before and after, or {@code null} without jank modules
 * @param modules  jank modules that include a changed header (each compiles its bodies today)
 * @param jankNote what moving the bodies means for the JIT, in a sentence, or empty without jank modules
 */
public record SavingPrediction(List<HeaderSaving> headers, List<UnitSaving> units, JitSaving jit,
        List<String> modules, String jankNote) {

    public SavingPrediction {
        headers = List.copyOf(headers);
        units = List.copyOf(units);
        modules = List.copyOf(modules);
    }

    /** AST bytes saved in each unit that includes the header, summed over the changed headers. */
    public long perUnitBytes() {
        return headers.stream().mapToLong(HeaderSaving::saved).sum();
    }

    /** AST bytes saved summed over every unit. */
    public long totalBytes() {
        return units.stream().mapToLong(UnitSaving::astSaved).sum();
    }

    /**
     * One header's own estimated AST bytes in one unit.
     *
     * @param header absolute path
     * @param before as analysed
     * @param after  once patched
     * @param units  how many units include it
     */
    public record HeaderSaving(String header, long before, long after, int units) {
        public long saved() {
            return before - after;
        }
    }

    /**
     * One unit's estimates.
     *
     * @param unit       the unit's name
     * @param astBefore  estimated AST bytes as analysed
     * @param astAfter   once patched
     * @param peakBefore estimated peak memory as analysed
     * @param peakAfter  once patched
     */
    public record UnitSaving(String unit, long astBefore, long astAfter, long peakBefore, long peakAfter) {
        public long astSaved() {
            return astBefore - astAfter;
        }
    }

    /**
     * The JIT's estimated worst peak along the load order, as is.
     *
     * @param peakModule  the module at which the peak is reached, as analysed
     * @param before      the peak as analysed
     * @param after       once patched
     * @param limit       the budget's limit
     */
    public record JitSaving(String peakModule, long before, long after, long limit) {
        public long saved() {
            return before - after;
        }
    }
}
