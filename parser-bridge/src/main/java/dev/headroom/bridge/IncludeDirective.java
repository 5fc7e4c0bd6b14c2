// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.nio.file.Path;

/**
 * One {@code #include} as the preprocessor met it.
 *
 * @param includer the file holding the directive
 * @param line     1-based line of the directive
 * @param spelled  the name as written, with its delimiters: {@code <vulkan/vulkan.h>} or {@code "engine.hpp"}
 * @param target   the resolved file, or {@code null} when not found or inactive
 * @param outcome  what happened to it
 * @param detail   for {@link IncludeOutcome#NOT_FOUND}, which folders were searched; otherwise empty
 */
public record IncludeDirective(Path includer, int line, String spelled, Path target, IncludeOutcome outcome, String detail) {

    /** Whether the directive used angle brackets. */
    public boolean angled() {
        return spelled.startsWith("<");
    }
}
