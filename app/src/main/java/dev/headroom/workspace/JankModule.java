// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What Headroom needs from one {@code .jank} file: its namespace, what it requires, and how many functions it
 * defines.
 *
 * @param namespace         the name in the {@code (ns ...)} form
 * @param file              the {@code .jank} file
 * @param headerRequires    native header requires in file order
 * @param namespaceRequires namespace requires in file order
 * @param functionCount     the number of {@code defn}, {@code defn-}, {@code fn} and {@code fn*} forms in the file
 *                          (including {@code #(...)}), not counting discarded forms or {@code (comment ...)} blocks
 */
public record JankModule(String namespace, Path file, List<HeaderRequire> headerRequires,
                         List<NamespaceRequire> namespaceRequires, int functionCount) {
    public JankModule {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(file, "file");
        headerRequires = List.copyOf(headerRequires);
        namespaceRequires = List.copyOf(namespaceRequires);
        if (functionCount < 0) {
            throw new IllegalArgumentException("functionCount must not be negative");
        }
    }

    /** The required headers as written, in order, as a unit's includes. */
    public List<String> headers() {
        return headerRequires.stream().map(HeaderRequire::header).toList();
    }
}
