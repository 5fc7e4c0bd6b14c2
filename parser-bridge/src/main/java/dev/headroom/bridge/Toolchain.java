// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a real compiler on this machine says about itself: where its system headers are and which macros it
 * predefines. Without these CDT cannot parse libstdc++ (it needs {@code __GNUC__} and friends to turn on
 * the GCC type-trait keywords).
 *
 * @param compiler   the compiler asked, as found on PATH
 * @param version    its first {@code --version} line
 * @param language   the language it was asked about
 * @param std        the {@code -std=} it was asked about, or {@code null} for its default
 * @param systemDirs its built-in include search path, in order
 * @param macros     its predefined macros, adjusted to what CDT understands
 * @param dialect    the dialect CDT really parses with these settings, e.g. {@code c++20 without concepts}
 */
public record Toolchain(
        String compiler,
        String version,
        SourceLanguage language,
        String std,
        List<Path> systemDirs,
        Map<String, String> macros,
        String dialect) {

    public Toolchain {
        systemDirs = List.copyOf(systemDirs);
        macros = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(macros));
    }
}
