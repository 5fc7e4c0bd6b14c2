// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis;

import java.util.List;
import java.util.Objects;

/**
 * How far a workspace's figures are trusted, as {@code report} prints and writes it: which unit figures are
 * estimated, corrected or measured, the workspace correction's error before and after (leave-one-out), and the
 * units beyond what the bundled model was fitted on.
 *
 * @param measuredUnits     units clang measured on their current content
 * @param corrected         whether unmeasured units show corrected figures
 * @param errorBeforePct    median |error| of the bundled estimates on the measured units, percent ({@code null}: none)
 * @param errorAfterPct     median |error| after correction, each unit predicted by a correction fitted without it
 *                          ({@code null} below two measured units)
 * @param summary           the one line: "9 units measured, estimate error before correction 31%, after 6%
 *                          (leave-one-out)"
 * @param domainWarning     the warning about units beyond the model's domain, or {@code ""}
 * @param units             every unit's figure and its label
 */
public record FigureTrust(int measuredUnits, boolean corrected, Double errorBeforePct, Double errorAfterPct,
        String summary, String domainWarning, List<UnitRow> units) {

    public FigureTrust {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(domainWarning, "domainWarning");
        units = List.copyOf(units);
    }

    /**
     * One unit.
     *
     * @param astBytes          the figure shown
     * @param source            {@code estimated}, {@code corrected} or {@code measured}
     * @param estimatedAstBytes the bundled model's estimate
     * @param beyondDomain      how its feature mix goes beyond the bundled model's fit; empty when inside
     */
    public record UnitRow(String unit, long astBytes, String source, long estimatedAstBytes, List<String> beyondDomain) {
        public UnitRow {
            beyondDomain = List.copyOf(beyondDomain);
        }
    }

    /** The trust of {@code figures}. */
    public static FigureTrust of(UnitFigures figures) {
        var c = figures.correction();
        return new FigureTrust(c.samples().size(), c.applies(), orNull(c.beforePct()), orNull(c.afterPct()), c.summary(),
                figures.domainWarning().orElse(""), figures.figures().stream().map(f -> new UnitRow(f.unit(),
                        f.shownAstBytes(), f.source().label(), f.estimatedAstBytes(), f.beyondDomain())).toList());
    }

    private static Double orNull(double pct) {
        return Double.isNaN(pct) ? null : Math.round(pct * 10) / 10.0;
    }
}
