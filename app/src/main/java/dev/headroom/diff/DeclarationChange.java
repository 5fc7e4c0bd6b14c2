// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

import dev.headroom.model.DeclarationKind;

/**
 * How many declarations of one kind a header holds before and after.
 *
 * @param kind   the kind
 * @param before the count in revision A
 * @param after  the count in revision B
 */
public record DeclarationChange(DeclarationKind kind, int before, int after) {
    /** Declarations added (positive) or removed (negative). */
    public int delta() {
        return after - before;
    }
}
