// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request to analyse a workspace, as a front end states it: what to read, with which compiler flags, how to run,
 * and what to measure beside the estimates. Front ends translate their own input (flags, a dialog, a drop) into this
 * and nothing more; {@link AnalysisSession#prepare} checks it.
 *
 * @param inputs           files and folders, in the order given
 * @param compilerFlags    compiler flags in command order ({@code -Idir}, {@code -DNAME=V}, {@code -std=c++17}, ...);
 *                         {@code -D}/{@code -U} apply in that order
 * @param workingDirectory the folder relative flags and inputs are read against
 * @param threads          parser threads; {@code 0} for one per core
 * @param collectUses      whether names are resolved for cross-file dependencies
 * @param cacheDir         where toolchain answers and parsed units are kept, or {@code null} for the default
 * @param unitCache        whether parsed units are read from and written to the cache
 * @param budgetOverride   the JIT budget's limit in bytes set by the user, beating the project file's, or
 *                         {@code null} to keep the project's (else the seed's)
 * @param budgetSource     how the override was given ({@code --budget}, "explorer"), shown beside the limit
 * @param measureWithClang whether clang also runs on every unit, for its figures beside the estimates
 * @param timeTraces       clang {@code -ftime-trace} files to import for measured time per header
 * @param projectTexts     project files (absolute, normalized) to read from the text given here rather than from the
 *                         disk: settings the explorer tries before the user saves them; empty for the files as saved
 */
public record AnalysisRequest(List<Path> inputs, List<String> compilerFlags, Path workingDirectory, int threads,
        boolean collectUses, Path cacheDir, boolean unitCache, Long budgetOverride, String budgetSource,
        boolean measureWithClang, List<Path> timeTraces, Map<Path, String> projectTexts) {

    public AnalysisRequest {
        projectTexts = Map.copyOf(projectTexts);
        inputs = List.copyOf(inputs);
        compilerFlags = List.copyOf(compilerFlags);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        timeTraces = List.copyOf(timeTraces);
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per core) or more, was " + threads);
        }
        if (budgetOverride != null && budgetOverride <= 0) {
            throw new IllegalArgumentException("the budget must be a positive size, was " + budgetOverride + " bytes");
        }
    }

    /** A request reading every project file from the disk. */
    public AnalysisRequest(List<Path> inputs, List<String> compilerFlags, Path workingDirectory, int threads,
            boolean collectUses, Path cacheDir, boolean unitCache, Long budgetOverride, String budgetSource,
            boolean measureWithClang, List<Path> timeTraces) {
        this(inputs, compilerFlags, workingDirectory, threads, collectUses, cacheDir, unitCache, budgetOverride,
                budgetSource, measureWithClang, timeTraces, Map.of());
    }

    /** A request for {@code inputs} with no flags and the defaults: every core, names resolved, the unit cache used. */
    public static AnalysisRequest of(List<Path> inputs) {
        return new AnalysisRequest(inputs, List.of(), Path.of("").toAbsolutePath(), 0, true, null, true, null, null,
                false, List.of());
    }

    /** This request with the JIT budget's limit set by the user to {@code bytes}, as {@code source} says. */
    public AnalysisRequest withBudget(long bytes, String source) {
        return new AnalysisRequest(inputs, compilerFlags, workingDirectory, threads, collectUses, cacheDir, unitCache,
                bytes, source, measureWithClang, timeTraces, projectTexts);
    }

    /** This request also measuring every unit with clang ({@code clang}) and importing {@code traces}. */
    public AnalysisRequest withMeasurements(boolean clang, List<Path> traces) {
        return new AnalysisRequest(inputs, compilerFlags, workingDirectory, threads, collectUses, cacheDir, unitCache,
                budgetOverride, budgetSource, clang, traces, projectTexts);
    }

    /** This request parsing on {@code threads} threads ({@code 0}: one per core), with or without the unit cache. */
    public AnalysisRequest withRun(int threads, boolean unitCache) {
        return new AnalysisRequest(inputs, compilerFlags, workingDirectory, threads, collectUses, cacheDir, unitCache,
                budgetOverride, budgetSource, measureWithClang, timeTraces, projectTexts);
    }

    /** This request reading each project file in {@code texts} from the text given there (settings being tried). */
    public AnalysisRequest withProjectTexts(Map<Path, String> texts) {
        return new AnalysisRequest(inputs, compilerFlags, workingDirectory, threads, collectUses, cacheDir, unitCache,
                budgetOverride, budgetSource, measureWithClang, timeTraces, texts);
    }

    /** This request reading and writing its caches under {@code folder}. */
    public AnalysisRequest withCacheDir(Path folder) {
        return new AnalysisRequest(inputs, compilerFlags, workingDirectory, threads, collectUses, folder, unitCache,
                budgetOverride, budgetSource, measureWithClang, timeTraces, projectTexts);
    }
}
