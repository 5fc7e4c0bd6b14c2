// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code headroom.json} project file, read and resolved. The format is described in {@code docs/project-file.md}.
 *
 * @param file     the project file
 * @param name     the project name, or {@code null} when the file gives none
 * @param inputs   the inputs to load, as absolute paths: relative entries resolved against the file's folder and
 *                 {@code ~} / {@code ${VAR}} already expanded
 * @param options  the options every unit of the project is parsed with ({@code flags} already applied)
 * @param jit      the {@code jit} object as read, for the JIT budget feature; empty when absent; unmodifiable
 * @param warnings problems that do not stop the project from loading, such as an include dir that does not exist
 * @param projectFolders folders whose headers are the project's own wherever they lie (an engine's include folder
 *                 beside the modules' folder), resolved like the include folders
 */
public record ProjectFile(Path file, String name, List<String> inputs, CompileOptions options,
                         Map<String, Object> jit, List<InputProblem> warnings, List<Path> projectFolders) {

    public ProjectFile {
        Objects.requireNonNull(file, "file");
        inputs = List.copyOf(inputs);
        projectFolders = List.copyOf(projectFolders);
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(jit, "jit");
        warnings = List.copyOf(warnings);
    }

    /** The folder that relative paths in the file are resolved against. */
    public Path folder() {
        return Objects.requireNonNullElse(file.toAbsolutePath().getParent(), file);
    }

    /** {@link #inputs()} as paths. */
    public List<Path> inputPaths() {
        return inputs.stream().map(Path::of).toList();
    }
}
