// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

/** How much of a symbol a use needs: the fact a forward-declaration analysis stands on. */
public enum UseStrength {
    /** A pointer, reference, parameter or return type of a declaration: a forward declaration would do. */
    DECLARATION,
    /** A by-value member or variable, a base class, sizeof, member access, a call into an inline body. */
    COMPLETE
}
