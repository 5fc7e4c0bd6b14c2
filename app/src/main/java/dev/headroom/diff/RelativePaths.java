// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

/**
 * The key a file is matched by across revisions: its path relative to the revision's root when it lies under it
 * ({@code include/vybe/vybe_sdf_math.h}), else its absolute path ({@code /usr/include/c++/12/vector}), which two
 * checkouts on one machine share.
 */
public final class RelativePaths {
    private RelativePaths() {
    }

    /** The key of {@code path} in a revision rooted at {@code root}; {@code null} stays {@code null}. */
    public static String keyOf(String root, String path) {
        if (path == null || root == null || root.isEmpty()) {
            return path;
        }
        String prefix = root.endsWith("/") ? root : root + "/";
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }
}
