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
 * @param notMeasured why the unit has no figures (its parse was refused or abandoned: unreadable, nested too deep,
 *                    over its time or memory limit), or {@code null} when it was measured. An unmeasured unit has no
 *                    files and no includes; its cost is unknown, not zero.
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
        boolean cached,
        String notMeasured) {

    public TranslationUnit {
        files = List.copyOf(files);
        includes = List.copyOf(includes);
        problems = List.copyOf(problems);
    }

    /** A measured unit. */
    public TranslationUnit(String name, UnitKind kind, String path, String dialect, List<FileInUnit> files,
            List<IncludeEdge> includes, List<Problem> problems, long parseMillis, boolean cached) {
        this(name, kind, path, dialect, files, includes, problems, parseMillis, cached, null);
    }

    /** Whether the unit has figures; see {@code notMeasured}. */
    public boolean measured() {
        return notMeasured == null;
    }

    public int tokens() {
        return files.stream().mapToInt(FileInUnit::tokens).sum();
    }

    public int nodes() {
        return files.stream().mapToInt(FileInUnit::nodes).sum();
    }
}
