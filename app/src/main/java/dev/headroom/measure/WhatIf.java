// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A change to measure: a label for people and the files it replaces.
 *
 * @param label   e.g. the header emptied, or the patch's name
 * @param overlay the replaced files
 */
public record WhatIf(String label, FileOverlay overlay) {

    public WhatIf {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(overlay, "overlay");
    }

    /**
     * {@code file} with its line {@code line} (1-based) made empty, for instance to drop one include directive; the
     * other lines keep their numbers.
     *
     * @param text the file's current text
     * @throws IllegalArgumentException when the text has no such line
     */
    public static WhatIf blankingLine(String label, Path file, String text, int line) {
        String[] lines = text.split("\n", -1);
        if (line < 1 || line > lines.length) {
            throw new IllegalArgumentException(file + " has no line " + line);
        }
        lines[line - 1] = lines[line - 1].endsWith("\r") ? "\r" : "";
        return new WhatIf(label, FileOverlay.of(java.util.Map.of(file.toAbsolutePath(), String.join("\n", lines))));
    }

    /** The unit without {@code header}: the header replaced by an empty file, as if no include admitted it. */
    public static WhatIf emptying(Path header) {
        return new WhatIf(header.toString(), FileOverlay.emptying(header));
    }
}
