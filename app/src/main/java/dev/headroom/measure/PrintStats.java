// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import java.util.OptionalLong;

/**
 * What clang 14 prints to stderr for {@code -Xclang -print-stats}, the figures the cost model is fitted to.
 *
 * <p>{@link #astContextBytesUsed} is the line {@code Bytes used: N} that follows {@code Number of memory
 * regions:} inside the {@code *** AST Context Stats:} section, after the per-kind type table, its
 * {@code Total bytes = } line and the {@code implicit ... created} lines. It is printed by
 * {@code ASTContext::PrintStats}, which ends with {@code BumpAlloc.PrintStats()}: the bytes handed out by the
 * ASTContext's bump allocator, where clang allocates every Decl, Stmt, Expr and Type of the unit (including
 * implicit instantiations, implicit members and builtins). It is the memory the AST itself holds.
 *
 * @param astContextBytesUsed      ASTContext allocator bytes used (see above)
 * @param astContextBytesAllocated ASTContext allocator bytes allocated (slabs, incl. waste)
 * @param types                    {@code N types total.}
 * @param typeBytes                the AST Context section's {@code Total bytes =} (Type nodes)
 * @param decls                    {@code N decls total.}
 * @param declBytes                the Decl Stats section's {@code Total bytes =}
 * @param stmts                    {@code N stmts/exprs total.}
 * @param stmtBytes                the Stmt/Expr Stats section's {@code Total bytes =}
 * @param implicitMembersDeclared  sum of the first numbers of the {@code D/N implicit ... created} lines: the
 *                                 implicit special members clang declared (of N classes that could have one)
 * @param semaBytesUsed            {@code Bytes used:} in {@code *** Semantic Analysis Stats:}, when printed
 * @param preprocessorBytes        {@code Preprocessor Memory: NB total}
 * @param identifiers              {@code # Identifiers:}
 * @param identifierTableBytesUsed {@code Bytes used:} in {@code *** Identifier Table Stats:}
 */
public record PrintStats(
        long astContextBytesUsed,
        long astContextBytesAllocated,
        long types,
        long typeBytes,
        long decls,
        long declBytes,
        long stmts,
        long stmtBytes,
        long implicitMembersDeclared,
        OptionalLong semaBytesUsed,
        long preprocessorBytes,
        long identifiers,
        long identifierTableBytesUsed) {

    public PrintStats {
        if (astContextBytesUsed < 0 || types < 0 || decls < 0 || stmts < 0) {
            throw new IllegalArgumentException("negative statistics");
        }
    }
}
