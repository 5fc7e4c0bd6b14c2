// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

import java.util.List;

/**
 * Everything one analysis found: the units, the files they share, the bodies and dependencies in those
 * files, and every problem met on the way. Files are looked up by path through {@code analysis.include.FileIndex},
 * built once per analysed workspace.
 *
 * @param name        the workspace's name
 * @param root        the folder files are "project" files under
 * @param units       analysed units, in input order
 * @param files       every file entered by any unit, sorted by path
 * @param functions   function bodies, in file order
 * @param dependencies cross-file symbol dependencies of non-system files
 * @param modules     jank modules, when the inputs were jank
 * @param problems    input and toolchain problems (unit problems sit in their units)
 * @param toolchain   the compiler whose settings were used
 * @param stats       how the analysis went
 */
public record Workspace(
        String name,
        String root,
        List<TranslationUnit> units,
        List<SourceFile> files,
        List<FunctionDefinition> functions,
        List<SymbolDependency> dependencies,
        List<JankModule> modules,
        List<Problem> problems,
        ToolchainInfo toolchain,
        AnalysisStats stats) {

    public Workspace {
        units = List.copyOf(units);
        files = List.copyOf(files);
        functions = List.copyOf(functions);
        dependencies = List.copyOf(dependencies);
        modules = List.copyOf(modules);
        problems = List.copyOf(problems);
    }

    /** All problems: the workspace's own and every unit's. */
    public List<Problem> allProblems() {
        var all = new java.util.ArrayList<>(problems);
        units.forEach(u -> all.addAll(u.problems()));
        return all;
    }
}
