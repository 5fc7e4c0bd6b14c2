// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.session.WorkspaceSettings.Field;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What is wrong with settings as the user typed them, field by field, and the settings they come to when nothing is.
 *
 * @param problems one message per field that cannot be saved, naming the line and saying how to fix it
 * @param settings the settings the fields come to; empty while a problem remains
 */
public record SettingsCheck(Map<Field, String> problems, Optional<WorkspaceSettings> settings) {

    public SettingsCheck {
        problems = problems.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(problems));
        if (problems.isEmpty() == settings.isEmpty()) {
            throw new IllegalArgumentException("settings are given exactly when there is no problem");
        }
    }

    /** Whether every field can be saved as typed. */
    public boolean valid() {
        return problems.isEmpty();
    }

    /** The problem of {@code field}, or {@code ""} when it has none. */
    public String problem(Field field) {
        return problems.getOrDefault(field, "");
    }
}
