// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.headroom.bridge.FileMounts;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A folder of files held in memory and mounted for the parser ({@link FileMounts}) under a root no disk file has,
 * such as {@code /headroom-git/0/vybe-sdf}: the analysis reads it as any folder, and nothing is written to disk.
 *
 * <p>Roots are numbered per kind with the lowest number free, so a tree gets the root the previous one of its kind
 * had (in this process or an earlier run), and the unit cache (keyed by path, checked by content) serves the units
 * whose files did not change between the two.
 */
public final class MemoryTree implements AutoCloseable {
    private static final Map<String, Set<Integer>> IN_USE = new HashMap<>();

    private final FileSystem memory;
    private final Path inMemory;
    private final FileMounts.Mount mount;
    private final String kind;
    private final int number;

    private MemoryTree(String kind, String name) {
        memory = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setAttributeViews("basic", "owner", "posix", "unix").build());
        this.kind = kind;
        this.number = take(kind);
        inMemory = memory.getPath("/headroom-" + kind, String.valueOf(number), name);
        try {
            Files.createDirectories(inMemory);
        } catch (IOException e) {
            throw new IllegalStateException("an in-memory file system refused a folder", e);
        }
        mount = FileMounts.mount(inMemory);
    }

    /**
     * An empty tree whose root folder is named {@code name} (the workspace's name, so labels read as usual).
     *
     * @param kind what the tree holds, in its root: {@code git} for revisions, {@code edited} for a plan's edits
     */
    public static MemoryTree create(String kind, String name) {
        if (!kind.matches("[a-z]+") || name.isEmpty() || name.contains("/")) {
            throw new IllegalArgumentException("a tree's kind is a lower-case word and its name one folder name: "
                    + kind + ", " + name);
        }
        return new MemoryTree(kind, name);
    }

    /** The tree's root as the parser and the analysis name it. */
    public Path root() {
        return Path.of(mount.root());
    }

    /**
     * Writes {@code bytes} at {@code relative} (a path under the root, {@code /}-separated), making its folders.
     *
     * @throws IOException when {@code relative} leaves the tree
     */
    public void write(String relative, byte[] bytes) throws IOException {
        Path target = at(relative);
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }

    /** Removes the file at {@code relative}, if there is one. */
    public void delete(String relative) throws IOException {
        Files.deleteIfExists(at(relative));
    }

    private Path at(String relative) throws IOException {
        Path target = inMemory.resolve(relative).normalize();
        if (!target.startsWith(inMemory) || target.equals(inMemory)) {
            throw new IOException("a path leaves the tree: " + relative);
        }
        return target;
    }

    private static int take(String kind) {
        synchronized (IN_USE) {
            Set<Integer> used = IN_USE.computeIfAbsent(kind, k -> new HashSet<>());
            int n = 0;
            while (used.contains(n)) {
                n++;
            }
            used.add(n);
            return n;
        }
    }

    /** Unmounts the tree and frees its memory. */
    @Override
    public void close() {
        mount.close();
        synchronized (IN_USE) {
            IN_USE.get(kind).remove(number);
        }
        try {
            memory.close();
        } catch (IOException e) {
            // An in-memory file system has nothing to flush; its memory is the collector's once unreferenced.
        }
    }
}
