// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.nio.file.FileSystem;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * File trees held in memory (a git revision's blobs, a folder with a plan's edits) made visible to the parser under
 * a root path that no disk file has, such as {@code /headroom-git/1/vybe-sdf}.
 *
 * <p>CDT names files by strings and builds include candidates by concatenating them, so a {@link Path} of the
 * in-memory file system cannot be handed through it: every place that turns a path string back into a file to read
 * asks {@link #path} instead of {@link Path#of}. Paths under no mount are the disk's, as before.
 */
public final class FileMounts {
    private static final Map<String, FileSystem> MOUNTS = new ConcurrentHashMap<>();

    private FileMounts() {
    }

    /** A mounted tree; closing it unmounts the root (the file system itself is the caller's). */
    public static final class Mount implements AutoCloseable {
        private final String root;

        private Mount(String root) {
            this.root = root;
        }

        /** The root as the parser spells it. */
        public String root() {
            return root;
        }

        @Override
        public void close() {
            MOUNTS.remove(root);
        }
    }

    /**
     * Makes the files of {@code fileSystem} under {@code root} (an absolute path of that file system) the ones the
     * parser reads for every path under {@code root.toString()}.
     *
     * @throws IllegalArgumentException when the root is not absolute, or is mounted already
     */
    public static Mount mount(Path root) {
        Objects.requireNonNull(root, "root");
        if (!root.isAbsolute()) {
            throw new IllegalArgumentException("a mount's root must be absolute: " + root);
        }
        String key = root.normalize().toString();
        if (MOUNTS.putIfAbsent(key, root.getFileSystem()) != null) {
            throw new IllegalArgumentException(key + " is mounted already");
        }
        return new Mount(key);
    }

    /** The file {@code path} names: in a mounted tree when it lies under one's root, else on disk. */
    public static Path path(String path) {
        if (!MOUNTS.isEmpty()) {
            for (Map.Entry<String, FileSystem> m : MOUNTS.entrySet()) {
                String root = m.getKey();
                if (path.startsWith(root) && (path.length() == root.length() || path.charAt(root.length()) == '/')) {
                    return m.getValue().getPath(path);
                }
            }
        }
        return Path.of(path);
    }

    /** {@link #path} of a path the parser gave, which names a disk file even when it lies under a mount's root. */
    public static Path path(Path parsed) {
        return parsed.getFileSystem() == java.nio.file.FileSystems.getDefault() ? path(parsed.toString()) : parsed;
    }

    /** Whether {@code path} lies under a mounted tree. */
    public static boolean mounted(String path) {
        try {
            return !MOUNTS.isEmpty() && path(path).getFileSystem() != java.nio.file.FileSystems.getDefault();
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
