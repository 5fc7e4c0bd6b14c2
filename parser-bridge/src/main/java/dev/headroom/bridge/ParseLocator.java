// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.util.Optional;

/** Says where a running parse is; asked from another thread (a guard about to stop it), so it never blocks. */
@FunctionalInterface
public interface ParseLocator {
    ParseLocator NOWHERE = Optional::empty;

    /** Where the parse is now, or empty before it read its first token or when the position cannot be told. */
    Optional<ParsePoint> where();
}
