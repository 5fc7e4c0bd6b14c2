// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

import java.util.List;

/**
 * A jank module: its header requires make its unit; its namespace requires are module-to-module edges.
 *
 * @param namespace         the module's namespace
 * @param path              its .jank file
 * @param headerRequires    native headers required, in order
 * @param namespaceRequires other namespaces required, in order
 * @param functionCount     {@code defn}/{@code fn} forms, for the JIT's generated-code estimate
 */
public record JankModule(String namespace, String path, List<String> headerRequires, List<String> namespaceRequires,
        int functionCount) {

    public JankModule {
        headerRequires = List.copyOf(headerRequires);
        namespaceRequires = List.copyOf(namespaceRequires);
    }
}
