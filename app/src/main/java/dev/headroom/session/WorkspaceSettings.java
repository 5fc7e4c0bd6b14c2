// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of a workspace that the explorer lets the user edit, as its {@code headroom.json} writes them: paths
 * relative to the file's folder or with {@code ~} and {@code ${VAR}} left in, macros by name. Everything else the
 * file holds (inputs, quote dirs, undefines, flags, the JIT object, the name) is kept as it is when these are saved.
 *
 * @param includeDirs       {@code "includeDirs"}: {@code -I} folders
 * @param systemIncludeDirs {@code "systemIncludeDirs"}: {@code -isystem} folders, whose headers are third-party
 * @param defines           {@code "defines"}: macro name to replacement text ({@code ""} for an empty macro), in order
 * @param std               {@code "std"}: the language standard as after {@code -std=}, or {@code null} for the
 *                          compiler's default
 * @param projectFolders    {@code "projectFolders"}: folders whose headers are the project's own wherever they lie
 */
public record WorkspaceSettings(List<String> includeDirs, List<String> systemIncludeDirs, Map<String, String> defines,
        String std, List<String> projectFolders) {

    public WorkspaceSettings {
        includeDirs = List.copyOf(includeDirs);
        systemIncludeDirs = List.copyOf(systemIncludeDirs);
        defines = Collections.unmodifiableMap(new LinkedHashMap<>(defines));
        projectFolders = List.copyOf(projectFolders);
    }

    /** Each setting the dialog edits, with the key that holds it. */
    public enum Field {
        INCLUDE_DIRS("includeDirs"),
        SYSTEM_INCLUDE_DIRS("systemIncludeDirs"),
        DEFINES("defines"),
        STD("std"),
        PROJECT_FOLDERS("projectFolders");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        /** The key of {@code headroom.json} that holds it. */
        public String key() {
            return key;
        }
    }

    /**
     * The field as the dialog shows it: one entry per line, a define as {@code NAME=VALUE} (so {@code NAME=} for an
     * empty macro), the standard alone on its line.
     */
    public String lines(Field field) {
        return switch (field) {
            case INCLUDE_DIRS -> String.join("\n", includeDirs);
            case SYSTEM_INCLUDE_DIRS -> String.join("\n", systemIncludeDirs);
            case PROJECT_FOLDERS -> String.join("\n", projectFolders);
            case STD -> std == null ? "" : std;
            case DEFINES -> String.join("\n", defines.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList());
        };
    }
}
