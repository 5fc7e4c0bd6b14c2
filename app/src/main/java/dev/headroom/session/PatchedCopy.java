// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.refactor.FileChange;
import dev.headroom.workspace.CompileOptions;
import dev.headroom.workspace.UnitSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A temporary copy of the analysed tree (the workspace's root, without version-control and build folders) that
 * patches are applied to, so that nothing is ever written into the tree the user analysed. Paths under the root map to
 * the same paths under the copy; everything else (system headers) is shared. Closing deletes the copy.
 */
final class PatchedCopy implements AutoCloseable {
    private static final Set<String> SKIPPED = Set.of(".git", ".hg", ".svn", "target", "build", "node_modules",
            ".cache");

    private final Path root;
    private final Path folder;
    private final Path tree;

    private PatchedCopy(Path root, Path folder) {
        this.root = root;
        this.folder = folder;
        this.tree = folder.resolve("tree");
    }

    /** Copies {@code root} into a new temporary folder. */
    static PatchedCopy of(Path root) throws IOException {
        Path folder = Files.createTempDirectory("headroom-patched");
        PatchedCopy copy = new PatchedCopy(root.toAbsolutePath().normalize(), folder);
        try {
            copyTree(copy.root, copy.tree);
        } catch (IOException | RuntimeException e) {
            copy.close();
            throw e;
        }
        return copy;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(from) && SKIPPED.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The copy of the tree. */
    Path tree() {
        return tree;
    }

    /** A scratch folder beside the tree, for patch files and synthesized units. */
    Path scratch() throws IOException {
        return Files.createDirectories(folder.resolve("scratch"));
    }

    /** Writes each change's new text into the copy. */
    void write(List<FileChange> changes) throws IOException {
        for (FileChange change : changes) {
            Path target = map(Path.of(change.path()));
            Files.createDirectories(target.getParent());
            Files.write(target, change.after().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Where {@code path} is in the copy; paths outside the root are shared and stay as they are. */
    Path map(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(root) ? tree.resolve(root.relativize(p).toString()) : p;
    }

    /** Where {@code path} came from, for a path in the copy. */
    String unmap(String path) {
        Path p = Path.of(path);
        return p.startsWith(tree) ? root.resolve(tree.relativize(p).toString()).toString() : path;
    }

    /** The same unit, reading its files from the copy. */
    UnitSpec map(UnitSpec unit) {
        CompileOptions o = unit.options();
        CompileOptions mapped = new CompileOptions(mapAll(o.includeDirs()), mapAll(o.quoteDirs()),
                mapAll(o.systemIncludeDirs()), o.macros(), o.std(), o.language(), mapAll(o.forcedIncludes()));
        return new UnitSpec(unit.name(), unit.kind(), map(unit.mainFile()), unit.includes(), mapped,
                map(unit.declaredIn()));
    }

    private List<Path> mapAll(List<Path> paths) {
        return paths.stream().map(this::map).toList();
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
