// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A request to compare two revisions of one workspace.
 *
 * @param before   revision A
 * @param after    revision B
 * @param analysis how each side that is parsed is analysed (compiler flags, threads, cache, budget); its inputs are
 *                 replaced by the side's folder
 */
public record CompareRequest(CompareInput before, CompareInput after, AnalysisRequest analysis) {
    public CompareRequest {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(analysis, "analysis");
    }

    /** A compare of {@code before} and {@code after} with the defaults of {@link AnalysisRequest#of}. */
    public static CompareRequest of(CompareInput before, CompareInput after) {
        return new CompareRequest(before, after, AnalysisRequest.of(List.of()));
    }

    /** Two folders, or two {@code .json} files, or one of each: each path's kind decides its side. */
    public static CompareRequest ofPaths(Path before, Path after) {
        return of(input(before), input(after));
    }

    /**
     * Two revisions of the repository holding {@code repository}; a blank {@code after} is its working tree, as
     * {@code git diff REV} compares a revision with the files on disk.
     */
    public static CompareRequest ofGit(Path repository, String before, String after) {
        CompareInput b = after == null || after.isBlank() ? new CompareInput.WorkTree(repository)
                : new CompareInput.GitRevision(repository, after);
        return of(new CompareInput.GitRevision(repository, before), b);
    }

    /** A folder against itself after a refactor plan file, applied to an in-memory copy. */
    public static CompareRequest ofPlan(Path folder, Path plan) {
        return of(new CompareInput.Folder(folder), new CompareInput.Planned(folder, plan));
    }

    /** This request analysing each side as {@code analysis} says. */
    public CompareRequest with(AnalysisRequest analysis) {
        return new CompareRequest(before, after, analysis);
    }

    private static CompareInput input(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(".json")
                && !path.getFileName().toString().equals("compile_commands.json")
                && !path.getFileName().toString().equals("headroom.json")
                ? new CompareInput.SavedAnalysis(path) : new CompareInput.Folder(path);
    }
}
