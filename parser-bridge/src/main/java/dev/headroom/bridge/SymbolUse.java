// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.nio.file.Path;

/**
 * Uses from one file of a symbol declared in another, merged per symbol.
 *
 * @param from       the file whose code names the symbol
 * @param declaredIn the file holding the symbol's definition (or first declaration when it has none here)
 * @param symbol     qualified name
 * @param kind       what the symbol is
 * @param strength   the strongest need among the uses
 * @param count      how many times it is named
 * @param firstLine  line of the first use in {@code from} that needs {@code strength}: the first complete use when
 *                   any needs the complete symbol (that is the use a refusal names), else the first mention
 * @param forward    how the symbol could be forward-declared, or why not; {@code null} when it is not a type
 * @param valueInSignature whether a use names the type by value in a function declaration's parameter or return
 *                   type (a declaration does for {@code from}, but its callers need the complete type)
 */
public record SymbolUse(Path from, Path declaredIn, String symbol, SymbolKind kind, UseStrength strength, int count,
        int firstLine, ForwardShape forward, boolean valueInSignature) {
}
