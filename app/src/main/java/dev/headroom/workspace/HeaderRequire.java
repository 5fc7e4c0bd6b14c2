// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import java.util.Objects;

/**
 * A native header required by a jank module, e.g. {@code ["vulkan/vulkan.h" :as vk :scope "vk"]}.
 *
 * @param header the header as written, resolved later through the include path
 * @param alias  the {@code :as} alias, or {@code null}
 * @param scope  the {@code :scope} (the C++ namespace the alias points into), or {@code null}
 * @param line   the line of the libspec in the {@code .jank} file
 */
public record HeaderRequire(String header, String alias, String scope, int line) {
    public HeaderRequire {
        Objects.requireNonNull(header, "header");
    }
}
