// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import java.util.Objects;

/**
 * One file before and after a plan's edits.
 *
 * @param path   absolute path
 * @param before the text as analysed, or {@code null} when the plan creates the file
 * @param after  the text once every edit is applied
 */
public record FileChange(String path, String before, String after) {

    public FileChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(after, "after");
    }

    /** Whether the plan creates this file. */
    public boolean created() {
        return before == null;
    }
}
