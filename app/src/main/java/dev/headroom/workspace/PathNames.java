// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import java.nio.file.Path;

/** Path helpers the readers share. */
final class PathNames {

    private PathNames() {
    }

    /** The path with {@code /} separators on every platform, for unit names that read the same everywhere. */
    static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    /** {@code file} relative to {@code root} when inside it, else the absolute path. */
    static String nameRelativeTo(Path root, Path file) {
        return root != null && file.startsWith(root) && !file.equals(root)
                ? slashed(root.relativize(file))
                : file.toString();
    }
}
