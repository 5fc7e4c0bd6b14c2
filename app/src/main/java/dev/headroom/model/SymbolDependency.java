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
 * @param firstLine     line of the first use in {@code from}
 */
public record SymbolDependency(String from, String declaredIn, String symbol, String kind, boolean needsComplete, int uses,
        int firstLine) {
}
