// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import java.util.Objects;

/**
 * One reason a header is not split.
 *
 * @param what    the declaration, directive or file in question
 * @param file    absolute path of the file where it is
 * @param line    its line, 0 when it has none
 * @param blocker why
 */
public record SplitRefusal(String what, String file, int line, SplitBlocker blocker) {

    public SplitRefusal {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(blocker, "blocker");
    }

    /** The reason as one line: {@code #if defined(X) (line 12): a conditional block ...}. */
    public String reason() {
        return what + (line > 0 ? " (line " + line + ")" : "") + ": " + blocker.reason();
    }
}
