// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import dev.headroom.model.ForwardBlocker;
import java.util.Objects;

/**
 * One reason an include stays: what the header (or another file) needs from it and why a declaration will not do.
 *
 * @param symbol  the symbol, macro or file in question
 * @param file    absolute path of the file whose use it is
 * @param line    line of the first such use, 0 when unknown
 * @param blocker why
 */
public record ForwardRefusal(String symbol, String file, int line, ForwardBlocker blocker) {

    public ForwardRefusal {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(blocker, "blocker");
    }

    /** The reason as one line: {@code vybe::sdf::vec3 (line 40): needs the complete type (...)}. */
    public String reason() {
        return symbol + (line > 0 ? " (line " + line + ")" : "") + ": " + blocker.reason();
    }
}
