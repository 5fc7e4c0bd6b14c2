// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

/** How a unit came to be analysed. */
public enum UnitKind {
    /** A C/C++ source file given as input. */
    SOURCE,
    /** A header given directly, analysed as a unit of its own. */
    HEADER,
    /** A jank module: its native header requires, in order. */
    JANK_MODULE,
    /** An entry of a compile_commands.json. */
    COMPILE_COMMAND
}
