// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

import java.util.List;

/**
 * The compiler whose settings the parse used.
 *
 * @param compiler   its path, or empty when none was found
 * @param version    its version line
 * @param systemDirs its built-in include folders
 * @param macroCount how many macros it predefines
 */
public record ToolchainInfo(String compiler, String version, List<String> systemDirs, int macroCount) {

    public ToolchainInfo {
        systemDirs = List.copyOf(systemDirs);
    }
}
