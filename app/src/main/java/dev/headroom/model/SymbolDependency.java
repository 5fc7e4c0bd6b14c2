// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

/**
 * A file's uses of a symbol declared in another file.
 *
 * @param from          the file naming the symbol
 * @param declaredIn    the file declaring (defining) it
 * @param symbol        qualified name
 * @param kind          class, enum, typedef, function, variable, enumerator or template
 * @param needsComplete whether any use needs the complete definition; if not, a forward declaration would do
 * @param uses          how many times it is named
 * @param firstLine     line of the first use in {@code from}; of the first complete use when {@code needsComplete}
 * @param forward       how the symbol can be forward-declared or why not; {@code null} when it is not a type
 * @param valueInSignature whether {@code from} names the type by value in a function declaration's parameter or
 *                      return type: a declaration does for {@code from}, its callers need the complete type
 */
public record SymbolDependency(String from, String declaredIn, String symbol, String kind, boolean needsComplete, int uses,
        int firstLine, ForwardDeclaration forward, boolean valueInSignature) {

    /** A dependency without forward-declaration facts (a function, a variable, an older analysis). */
    public SymbolDependency(String from, String declaredIn, String symbol, String kind, boolean needsComplete, int uses,
            int firstLine) {
        this(from, declaredIn, symbol, kind, needsComplete, uses, firstLine, null, false);
    }
}
