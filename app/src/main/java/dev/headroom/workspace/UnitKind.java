// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

/** Where a translation unit came from, which decides how its main file is turned into parser input. */
public enum UnitKind {
    /** A C/C++ source file given directly or found in a folder. */
    SOURCE,
    /** A header parsed on its own, to measure what including it costs. */
    HEADER,
    /** A jank module whose native header requires are parsed together. */
    JANK_MODULE,
    /** One entry of a {@code compile_commands.json} database, with that entry's own options. */
    COMPILE_COMMAND
}
