// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

import java.util.List;

/**
 * One analysed translation unit.
 *
 * @param name        the module namespace or the main file's name
 * @param kind        how it came to be analysed
 * @param path        its input: the source, header, jank module or compile database entry's file
 * @param dialect     the language dialect CDT really parsed (e.g. {@code gnu++17})
 * @param files       files entered, main file first, in order of first entry
 * @param includes    every include directive met, in source order
 * @param problems    syntax and preprocessor problems
 * @param parseMillis time to parse and collect facts, 0 when taken from the cache
 * @param cached      whether the facts came from the persistent cache
 */
public record TranslationUnit(
        String name,
        UnitKind kind,
        String path,
        String dialect,
        List<FileInUnit> files,
        List<IncludeEdge> includes,
        List<Problem> problems,
        long parseMillis,
        boolean cached) {

    public TranslationUnit {
        files = List.copyOf(files);
        includes = List.copyOf(includes);
        problems = List.copyOf(problems);
    }

    public int tokens() {
        return files.stream().mapToInt(FileInUnit::tokens).sum();
    }

    public int nodes() {
        return files.stream().mapToInt(FileInUnit::nodes).sum();
    }
}
