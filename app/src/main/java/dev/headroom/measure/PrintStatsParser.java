// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads clang 14's {@code -Xclang -print-stats} text into {@link PrintStats}.
 *
 * <p>The output is a series of sections, each opened by a line {@code *** Name Stats:}; the same line shapes
 * ({@code Bytes used:}, {@code Total bytes =}) recur in several sections, so every figure is taken from its
 * named section and, within it, from its first occurrence. One pass over the lines, linear in the text.
 *
 * <p>{@code ASTContext::PrintStats} prints its external AST source's statistics between the type table and its
 * allocator's {@code Bytes used:}; when the unit has an {@code ASTReader} (clang 14 makes one for every
 * {@code -std=c++20} unit, and for any unit with a PCH) those open their own {@code *** AST File Statistics:},
 * {@code *** PCH/ModuleFile Remappings:} and {@code *** PCH/Modules Loaded:} headings. They are read as part of
 * the AST Context section, so the allocator lines after them still count as the AST's.
 */
public final class PrintStatsParser {
    private static final Pattern SECTION = Pattern.compile("^\\*\\*\\* (.+?):\\s*$");
    private static final Pattern BYTES_USED = Pattern.compile("^Bytes used: (\\d+)");
    private static final Pattern BYTES_ALLOCATED = Pattern.compile("^Bytes allocated: (\\d+)");
    private static final Pattern TOTAL_BYTES = Pattern.compile("^Total bytes = (\\d+)");
    private static final Pattern TYPES = Pattern.compile("^\\s*(\\d+) types total\\.");
    private static final Pattern DECLS = Pattern.compile("^\\s*(\\d+) decls total\\.");
    private static final Pattern STMTS = Pattern.compile("^\\s*(\\d+) stmts/exprs total\\.");
    private static final Pattern IMPLICIT = Pattern.compile("^(\\d+)/(\\d+) implicit .* created$");
    private static final Pattern PREPROCESSOR = Pattern.compile("^Preprocessor Memory: (\\d+)B total");
    private static final Pattern IDENTIFIERS = Pattern.compile("^# Identifiers:\\s+(\\d+)");

    static final String AST = "AST Context Stats";
    static final String DECL = "Decl Stats";
    static final String STMT = "Stmt/Expr Stats";
    static final String SEMA = "Semantic Analysis Stats";
    static final String PP = "Preprocessor Stats";
    static final String IDENT = "Identifier Table Stats";
    /** Headings {@code ASTReader::PrintStats} and its module manager print inside the AST Context section. */
    private static final Set<String> INSIDE_AST = Set.of("AST File Statistics", "PCH/ModuleFile Remappings",
            "PCH/Modules Loaded");

    private PrintStatsParser() {
    }

    /**
     * Parses the stderr of one {@code clang++ -fsyntax-only -Xclang -print-stats} run.
     *
     * @throws ClangException when a figure the cost model needs is not in the text (not clang's
     *                        {@code -print-stats}, or a clang whose format differs from 14's)
     */
    public static PrintStats parse(String text) throws ClangException {
        Map<String, Long> found = new HashMap<>();
        String section = "";
        long implicitDeclared = 0;
        for (String raw : text.split("\\R")) {
            String line = raw.stripTrailing();
            Matcher m = SECTION.matcher(line);
            if (m.matches()) {
                boolean nested = section.equals(AST) && INSIDE_AST.contains(m.group(1));
                section = nested ? AST : m.group(1);
                continue;
            }
            switch (section) {
                case AST -> {
                    first(found, AST + ".bytesUsed", BYTES_USED, line);
                    first(found, AST + ".bytesAllocated", BYTES_ALLOCATED, line);
                    first(found, AST + ".types", TYPES, line);
                    first(found, AST + ".totalBytes", TOTAL_BYTES, line);
                    Matcher im = IMPLICIT.matcher(line);
                    if (im.matches()) {
                        implicitDeclared += Long.parseLong(im.group(1));
                    }
                }
                case DECL -> {
                    first(found, DECL + ".count", DECLS, line);
                    first(found, DECL + ".totalBytes", TOTAL_BYTES, line);
                }
                case STMT -> {
                    first(found, STMT + ".count", STMTS, line);
                    first(found, STMT + ".totalBytes", TOTAL_BYTES, line);
                }
                case SEMA -> first(found, SEMA + ".bytesUsed", BYTES_USED, line);
                case PP -> first(found, PP + ".memory", PREPROCESSOR, line);
                case IDENT -> {
                    first(found, IDENT + ".count", IDENTIFIERS, line);
                    first(found, IDENT + ".bytesUsed", BYTES_USED, line);
                }
                default -> { }
            }
        }
        Long sema = found.get(SEMA + ".bytesUsed");
        return new PrintStats(
                need(found, AST + ".bytesUsed"),
                need(found, AST + ".bytesAllocated"),
                need(found, AST + ".types"),
                need(found, AST + ".totalBytes"),
                need(found, DECL + ".count"),
                need(found, DECL + ".totalBytes"),
                need(found, STMT + ".count"),
                need(found, STMT + ".totalBytes"),
                implicitDeclared,
                sema == null ? OptionalLong.empty() : OptionalLong.of(sema),
                need(found, PP + ".memory"),
                need(found, IDENT + ".count"),
                need(found, IDENT + ".bytesUsed"));
    }

    private static void first(Map<String, Long> found, String key, Pattern pattern, String line) {
        if (found.containsKey(key)) {
            return;
        }
        Matcher m = pattern.matcher(line);
        if (m.find()) {
            found.put(key, Long.parseLong(m.group(1)));
        }
    }

    private static long need(Map<String, Long> found, String key) throws ClangException {
        Long v = found.get(key);
        if (v == null) {
            int dot = key.lastIndexOf('.');
            throw new ClangException("clang's -print-stats output has no '" + key.substring(dot + 1) + "' in its '*** "
                    + key.substring(0, dot) + ":' section; Headroom reads clang 14's format");
        }
        return v;
    }
}
