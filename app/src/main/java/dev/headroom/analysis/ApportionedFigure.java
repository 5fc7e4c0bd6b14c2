// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis;

import java.util.Locale;
import java.util.Objects;

/**
 * A unit's AST figure shared out among its files, so tiles can be sized by what clang measured. clang measures a unit
 * whole (its {@code -print-stats} bytes used); what it says of one file is not measured but apportioned: the unit's
 * figure less the builtins every unit costs (the bundled estimate's intercept, which belongs to no file), in the
 * shares the bundled estimate gives each file. The files' figures then add up to clang's, each file keeps its share,
 * and nothing is claimed for a file clang did not report on. A unit clang has not measured falls back to its
 * corrected or bundled figure, and says which ({@link #source()}).
 *
 * @param unit          the unit's name
 * @param source        where the unit's figure comes from: measured by clang, corrected, or estimated
 * @param unitBytes     the unit's figure shown (clang's when measured)
 * @param builtinsBytes what the estimate gives every unit before any file: the part of {@code unitBytes} no file has
 * @param filesEstimate the bundled estimate of the unit's files, the sum the shares are taken from
 */
public record ApportionedFigure(String unit, UnitFigures.Source source, long unitBytes, long builtinsBytes,
        long filesEstimate) {

    public ApportionedFigure {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (unitBytes < 0 || builtinsBytes < 0 || filesEstimate < 0) {
            throw new IllegalArgumentException("negative bytes for " + unit);
        }
    }

    /**
     * The apportionment of {@code figure}, whose unit's files the bundled model estimates at {@code filesEstimate}
     * bytes (their self bytes summed).
     */
    public static ApportionedFigure of(UnitFigures.Figure figure, long filesEstimate) {
        long builtins = Math.max(0, figure.estimatedAstBytes() - filesEstimate);
        return new ApportionedFigure(figure.unit(), figure.source(), figure.shownAstBytes(), builtins, filesEstimate);
    }

    /** A unit no figure is known for (none costed it): its files keep their estimates. */
    public static ApportionedFigure estimateOnly(String unit, long filesEstimate) {
        return new ApportionedFigure(unit, UnitFigures.Source.ESTIMATED, filesEstimate, 0, filesEstimate);
    }

    /** What each estimated byte of a file stands for: the files' part of the unit's figure over their estimate. */
    public double factor() {
        return filesEstimate == 0 ? 1 : Math.max(0, unitBytes - builtinsBytes) / (double) filesEstimate;
    }

    /** A file's share of the unit's figure, from its bundled estimate. */
    public long of(long estimatedSelfBytes) {
        return Math.round(estimatedSelfBytes * factor());
    }

    /**
     * What a tile sized by it says of its figure: "measured: clang's 72.9 MB for vybe.sdf.ui, apportioned by the
     * estimate's shares (× 1.42)", or why there is no clang figure.
     */
    public String describe() {
        String factor = String.format(Locale.ROOT, "× %.2f", factor());
        return switch (source) {
            case MEASURED -> "measured: clang's " + bytes(unitBytes) + " for " + unit
                    + ", apportioned by the estimate's shares (" + factor + ")";
            case CORRECTED -> "corrected: no clang figure for " + unit + "; this workspace's correction ("
                    + factor + ")";
            case ESTIMATED -> "estimated: no clang figure for " + unit + "; the bundled estimate";
        };
    }

    private static String bytes(long b) {
        return b >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", b / (1024.0 * 1024))
                : String.format(Locale.ROOT, "%.1f KB", b / 1024.0);
    }
}
