// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import dev.headroom.model.UnitKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One translation unit to parse.
 *
 * @param name       what the user calls it: the namespace of a jank module, otherwise the file's path relative to
 *                   the folder that declared it (absolute when outside that folder)
 * @param kind       where the unit came from
 * @param mainFile   the C/C++ file to parse, or the {@code .jank} file of a module
 * @param includes   for a jank module its native header requires in order (e.g. {@code vulkan/vulkan.h}); empty for
 *                   every other kind, whose main file does its own including
 * @param options    the options to parse with, command-line options already applied
 * @param declaredIn the file that declared the unit: a project file, a compile database, or the main file itself
 */
public record UnitSpec(String name, UnitKind kind, Path mainFile, List<String> includes, CompileOptions options,
                       Path declaredIn) {

    public UnitSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mainFile, "mainFile");
        includes = List.copyOf(includes);
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(declaredIn, "declaredIn");
        if (kind != UnitKind.JANK_MODULE && !includes.isEmpty()) {
            throw new IllegalArgumentException(kind + " units include through their main file, not through includes");
        }
    }

    /** The same unit parsed with {@code newOptions}. */
    public UnitSpec withOptions(CompileOptions newOptions) {
        return new UnitSpec(name, kind, mainFile, includes, newOptions, declaredIn);
    }
}
