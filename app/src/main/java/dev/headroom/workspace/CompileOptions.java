// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The preprocessor and language options a translation unit is parsed with.
 *
 * <p>Search order follows the compilers: quote dirs, then include dirs, then system dirs. Lists keep the order in
 * which options were given, because the first matching directory wins.
 *
 * @param includeDirs       {@code -I} directories
 * @param quoteDirs         {@code -iquote} directories, searched only for {@code #include "..."}
 * @param systemIncludeDirs {@code -isystem} and {@code -idirafter} directories
 * @param macros            {@code -D} and {@code -U} options in command order
 * @param std               the language standard as spelled after {@code -std=} (e.g. {@code c++17},
 *                          {@code gnu++20}, {@code c11}); {@code null} means the compiler default
 * @param language          the language forced with {@code -x}; {@code null} means decide by file extension
 * @param forcedIncludes    {@code -include} files, included before the first line of the main file
 */
public record CompileOptions(List<Path> includeDirs, List<Path> quoteDirs, List<Path> systemIncludeDirs,
                             List<MacroOption> macros, String std, Language language, List<Path> forcedIncludes) {

    private static final CompileOptions EMPTY =
            new CompileOptions(List.of(), List.of(), List.of(), List.of(), null, null, List.of());

    public CompileOptions {
        includeDirs = List.copyOf(includeDirs);
        quoteDirs = List.copyOf(quoteDirs);
        systemIncludeDirs = List.copyOf(systemIncludeDirs);
        macros = List.copyOf(macros);
        forcedIncludes = List.copyOf(forcedIncludes);
    }

    /** No directories, no macros, compiler defaults. */
    public static CompileOptions empty() {
        return EMPTY;
    }

    /**
     * These options followed by {@code later}, as if {@code later}'s flags came after ours on one command line:
     * directory lists and macros are appended, and {@code later}'s standard and language win when set.
     */
    public CompileOptions overriddenBy(CompileOptions later) {
        Objects.requireNonNull(later, "later");
        return new CompileOptions(
                concat(includeDirs, later.includeDirs),
                concat(quoteDirs, later.quoteDirs),
                concat(systemIncludeDirs, later.systemIncludeDirs),
                concat(macros, later.macros),
                later.std != null ? later.std : std,
                later.language != null ? later.language : language,
                concat(forcedIncludes, later.forcedIncludes));
    }

    /** The same options with the language set to {@code newLanguage} ({@code null} to decide by extension). */
    public CompileOptions withLanguage(Language newLanguage) {
        return new CompileOptions(includeDirs, quoteDirs, systemIncludeDirs, macros, std, newLanguage,
                forcedIncludes);
    }

    /** True when no option is set at all. */
    public boolean isEmpty() {
        return equals(EMPTY);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        if (second.isEmpty()) {
            return first;
        }
        if (first.isEmpty()) {
            return second;
        }
        List<T> all = new ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        return all;
    }
}
