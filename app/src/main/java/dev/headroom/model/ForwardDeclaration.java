// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

import java.util.List;

/**
 * How a used type can be declared without its definition, or why it cannot be.
 *
 * @param namespaces  enclosing namespaces, outermost first (empty at global scope)
 * @param declaration the declaration inside them ({@code class Mesh;}, {@code template <typename T> class Box;},
 *                    {@code enum class Mode : int;}), or {@code null} when blocked
 * @param blocker     why there is none, or {@code null}
 */
public record ForwardDeclaration(List<String> namespaces, String declaration, ForwardBlocker blocker) {

    public ForwardDeclaration {
        namespaces = namespaces == null ? List.of() : List.copyOf(namespaces);
        if ((declaration == null) == (blocker == null)) {
            throw new IllegalArgumentException("a forward declaration has either a declaration or a blocker");
        }
    }
}
