// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import java.util.Objects;

/**
 * A jank/Clojure namespace required by a module, e.g. {@code [vybe.sdf.math :as m]}.
 *
 * @param namespace the full namespace name, prefix lists already expanded
 * @param alias     the {@code :as} alias, or {@code null}
 * @param line      the line of the libspec in the {@code .jank} file
 */
public record NamespaceRequire(String namespace, String alias, int line) {
    public NamespaceRequire {
        Objects.requireNonNull(namespace, "namespace");
    }
}
