// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis;

import java.util.Set;

/**
 * Which library a header belongs to, by where it lies: the project's own tree; the C and C++ runtime (libc,
 * libstdc++, the compiler's own headers); otherwise the first folder under an include root
 * ({@code /usr/include/vulkan/...} is "vulkan", {@code /usr/include/boost/...} "boost"). A stable key per library, so a
 * treemap can give each library its own colour the same way every time.
 */
public final class Libraries {
    /** The key of the project's own headers. */
    public static final String PROJECT = "project";
    /** The key of the C and C++ runtime and the compiler's headers. */
    public static final String RUNTIME = "C/C++ runtime";

    private static final String[] INCLUDE_ROOTS = {"/usr/local/include/", "/usr/include/", "/opt/homebrew/include/"};
    /** Folders under an include root that belong to the C and C++ runtime, not to a library of their own. */
    private static final Set<String> RUNTIME_FOLDERS = Set.of("c++", "bits", "sys", "x86_64-linux-gnu",
            "aarch64-linux-gnu", "asm", "asm-generic", "linux", "gnu", "netinet", "arpa", "net");

    private Libraries() {
    }

    /**
     * The library {@code path} belongs to.
     *
     * @param path        the header's absolute path
     * @param projectRoot the workspace's root folder, or {@code null}
     */
    public static String of(String path, String projectRoot) {
        if (projectRoot != null && !projectRoot.isEmpty()
                && path.startsWith(projectRoot.endsWith("/") ? projectRoot : projectRoot + "/")) {
            return PROJECT;
        }
        if (path.startsWith("/usr/lib/gcc/") || path.startsWith("/usr/lib/llvm-") || path.startsWith("/usr/lib/clang/")) {
            return RUNTIME;
        }
        for (String root : INCLUDE_ROOTS) {
            if (path.startsWith(root)) {
                String rest = path.substring(root.length());
                int slash = rest.indexOf('/');
                if (slash < 0) {
                    return RUNTIME; // a header straight in the include root: stdio.h, math.h, ...
                }
                String folder = rest.substring(0, slash);
                return RUNTIME_FOLDERS.contains(folder) ? RUNTIME : folder;
            }
        }
        int last = path.lastIndexOf('/');
        int before = last <= 0 ? -1 : path.lastIndexOf('/', last - 1);
        return last <= 0 ? path : path.substring(before + 1, last);
    }
}
