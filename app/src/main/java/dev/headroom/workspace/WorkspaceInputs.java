// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a workspace asks to parse, and everything that was wrong with how it asked.
 *
 * @param name        the project name, else the first folder's name, else the first file's name
 * @param root        the folder unit names are relative to: the project's folder, else the first folder given,
 *                    else the folder of the first file given
 * @param projectFile the {@code headroom.json} that was loaded, or {@code null}
 * @param units       the units to parse, each file once, sorted by main file
 * @param modules     the jank modules among the inputs, sorted by file
 * @param problems    one problem per input that could not be used (or was only partly usable), in discovery order
 * @param jit         the project file's {@code "jit"} settings as written, empty without a project file
 * @param projectFolders the project file's {@code "projectFolders"}: folders whose headers are the project's own
 *                    wherever they lie; empty when it names none (then {@code root} alone is the project's)
 */
public record WorkspaceInputs(String name, Path root, Path projectFile, List<UnitSpec> units, List<JankModule> modules,
                              List<InputProblem> problems, Map<String, Object> jit, List<Path> projectFolders) {

    public WorkspaceInputs {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(root, "root");
        projectFolders = List.copyOf(projectFolders);
        units = List.copyOf(units);
        modules = List.copyOf(modules);
        problems = List.copyOf(problems);
        jit = jit == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(jit));
    }

    /** Inputs whose project folder is {@code root} alone. */
    public WorkspaceInputs(String name, Path root, Path projectFile, List<UnitSpec> units, List<JankModule> modules,
            List<InputProblem> problems, Map<String, Object> jit) {
        this(name, root, projectFile, units, modules, problems, jit, List.of());
    }

    /** Inputs without project settings. */
    public WorkspaceInputs(String name, Path root, Path projectFile, List<UnitSpec> units, List<JankModule> modules,
            List<InputProblem> problems) {
        this(name, root, projectFile, units, modules, problems, Map.of());
    }
}
