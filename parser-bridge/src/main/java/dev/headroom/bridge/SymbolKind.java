// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

/** What a used symbol is. */
public enum SymbolKind {
    CLASS,
    ENUM,
    TYPEDEF,
    FUNCTION,
    VARIABLE,
    ENUMERATOR,
    TEMPLATE
}
