// SPDX-License-Identifier: Apache-2.0
/**
 * Turns what a user names on the command line (folders, {@code headroom.json} project files,
 * {@code compile_commands.json} databases, jank modules, C/C++ files) into the list of translation units to parse.
 *
 * <p>Nothing here parses C or C++: the package only reads the files that say <em>what</em> to parse and with which
 * options. Bad inputs become {@link dev.headroom.workspace.InputProblem}s so that one typo never hides the rest of a
 * workspace. The package stays free of JavaFX, picocli and CDT types so that both front ends can share it.
 */
package dev.headroom.workspace;
