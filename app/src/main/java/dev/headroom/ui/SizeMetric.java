// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import dev.headroom.analysis.CostModel;
import dev.headroom.model.FileInUnit;
import dev.headroom.model.SourceFile;

/** What a treemap tile's area stands for. */
public enum SizeMetric {
    ESTIMATED_MEMORY("Estimated memory", true),
    DECLARATIONS("Declarations", false),
    INLINE_BODIES("Inline function bodies", false),
    LINES("Lines of code", false),
    TOKENS("Tokens", false);

    private final String title;
    private final boolean bytes;

    SizeMetric(String title, boolean bytes) {
        this.title = title;
        this.bytes = bytes;
    }

    /** How the user sees the metric named. */
    public String title() {
        return title;
    }

    /** Whether values are bytes (formatted as KB/MB) rather than counts. */
    public boolean isBytes() {
        return bytes;
    }

    /**
     * The file's own share in one unit.
     *
     * @param file   the file as the workspace sees it, or {@code null} if the workspace does not list it
     * @param inUnit what the file adds to the unit, or {@code null} if unknown
     */
    public long of(SourceFile file, FileInUnit inUnit, CostModel costs) {
        if (this == TOKENS) {
            return inUnit == null ? 0 : inUnit.tokens();
        }
        if (file == null) {
            return 0;
        }
        return switch (this) {
            case ESTIMATED_MEMORY -> Math.max(0, costs.selfBytes(file));
            case DECLARATIONS -> file.declarations().values().stream().mapToLong(Integer::longValue).sum();
            case INLINE_BODIES -> file.inlineBodies();
            case LINES -> file.linesOfCode();
            case TOKENS -> throw new AssertionError();
        };
    }

    /** The value formatted for people: bytes as KB/MB/GB, counts with thousands separators. */
    public String format(long value) {
        return bytes ? Formats.bytes(value) : Formats.count(value);
    }

    @Override
    public String toString() {
        return title;
    }
}
