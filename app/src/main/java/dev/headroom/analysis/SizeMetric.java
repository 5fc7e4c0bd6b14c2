// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis;

import dev.headroom.analysis.cost.CostModel;
import dev.headroom.model.FileInUnit;
import dev.headroom.model.MeasuredHeaderTime;
import dev.headroom.model.SourceFile;

/** What a treemap tile's area stands for. */
public enum SizeMetric {
    ESTIMATED_MEMORY("Estimated memory", Unit.BYTES),
    /**
     * clang's AST bytes for the unit, apportioned among its files by the estimate's shares
     * ({@link ApportionedFigure}); a unit clang has not measured falls back to its corrected or estimated figure.
     * {@link #of} gives the file's estimate; the session scales it by the unit's figure.
     */
    MEASURED_MEMORY("Memory measured by clang", Unit.BYTES),
    DECLARATIONS("Declarations", Unit.COUNT),
    INLINE_BODIES("Inline function bodies", Unit.COUNT),
    LINES("Lines of code", Unit.COUNT),
    TOKENS("Tokens", Unit.COUNT),
    /**
     * Clang's own parse time for the file, headers it includes excluded: the self time of an imported
     * {@code -ftime-trace}, in microseconds. Only meaningful once traces are imported; a file the traces do not
     * mention weighs nothing.
     */
    MEASURED_TIME("Measured time (clang)", Unit.MICROSECONDS);

    /** What the values count, so a front end can format them. */
    public enum Unit { BYTES, COUNT, MICROSECONDS }

    private final String title;
    private final Unit unit;

    SizeMetric(String title, Unit unit) {
        this.title = title;
        this.unit = unit;
    }

    /** How the user sees the metric named. */
    public String title() {
        return title;
    }

    /** Whether values are bytes (formatted as KB/MB) rather than counts. */
    public boolean isBytes() {
        return unit == Unit.BYTES;
    }

    /** Whether the metric shares a unit's figure (measured, corrected or estimated) out among its files. */
    public boolean apportionsUnitFigures() {
        return this == MEASURED_MEMORY;
    }

    /** Whether the metric needs imported clang time traces to mean anything. */
    public boolean needsMeasuredTimes() {
        return this == MEASURED_TIME;
    }

    /**
     * The file's own share in one unit.
     *
     * @param file   the file as the workspace sees it, or {@code null} if the workspace does not list it
     * @param inUnit what the file adds to the unit, or {@code null} if unknown
     * @param measured what clang measured for the file, or {@code null} if no imported trace mentions it
     */
    public long of(SourceFile file, FileInUnit inUnit, MeasuredHeaderTime measured, CostModel costs) {
        if (this == TOKENS) {
            return inUnit == null ? 0 : inUnit.tokens();
        }
        if (this == MEASURED_TIME) {
            return measured == null ? 0 : measured.selfMicros();
        }
        if (file == null) {
            return 0;
        }
        return switch (this) {
            case ESTIMATED_MEMORY, MEASURED_MEMORY -> Math.max(0, costs.selfBytes(file));
            case DECLARATIONS -> file.declarations().values().stream().mapToLong(Integer::longValue).sum();
            case INLINE_BODIES -> file.inlineBodies();
            case LINES -> file.linesOfCode();
            case TOKENS, MEASURED_TIME -> throw new AssertionError();
        };
    }

    /** What the values count. */
    public Unit unit() {
        return unit;
    }

    @Override
    public String toString() {
        return title;
    }
}
