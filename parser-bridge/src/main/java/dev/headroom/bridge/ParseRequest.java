// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to parse one translation unit.
 *
 * @param mainFile     path of the main file; for a synthesized unit (a jank module) a virtual path whose folder
 *                     is where quoted includes are first searched
 * @param mainContent  the main file's text when it is synthesized, or {@code null} to read {@code mainFile} from disk
 * @param language     C or C++
 * @param quoteDirs    {@code -iquote} folders, searched for {@code "..."} includes only
 * @param includeDirs  {@code -I} folders
 * @param systemDirs   {@code -isystem} folders and the compiler's built-in folders, searched after {@code includeDirs}
 * @param macros       the predefined macro set as it stands after all {@code -D}/{@code -U}; a function-like
 *                     macro's key carries its parameters, e.g. {@code MAX(a,b)}
 * @param forcedIncludes files included before the main file ({@code -include})
 * @param collectUses  whether to resolve names to find cross-file symbol uses (costs time)
 */
public record ParseRequest(
        Path mainFile,
        String mainContent,
        SourceLanguage language,
        List<Path> quoteDirs,
        List<Path> includeDirs,
        List<Path> systemDirs,
        Map<String, String> macros,
        List<Path> forcedIncludes,
        boolean collectUses) {

    public ParseRequest {
        Objects.requireNonNull(mainFile, "mainFile");
        Objects.requireNonNull(language, "language");
        quoteDirs = List.copyOf(quoteDirs);
        includeDirs = List.copyOf(includeDirs);
        systemDirs = List.copyOf(systemDirs);
        macros = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(macros));
        forcedIncludes = List.copyOf(forcedIncludes);
    }

    /** Every folder searched for an angle-bracket include, in search order. */
    public List<Path> angleSearchPath() {
        var all = new java.util.ArrayList<Path>(includeDirs);
        all.addAll(systemDirs);
        return List.copyOf(all);
    }
}
