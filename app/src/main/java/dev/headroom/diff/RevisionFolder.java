// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A folder outside the repository that holds one revision's files at a time, so the parser reads them from disk.
 * Moving it to another revision writes only the files whose blob differs and deletes those the revision lacks: the
 * unchanged files keep their size and time, so the unit cache (keyed by path, checked by content) serves every
 * unit that entered none of the changed files, and only those are parsed again.
 *
 * <p>See docs/decisions/0009-compare-git-revisions-through-a-folder.md for why a folder and not blobs served to the
 * parser from memory.
 */
public final class RevisionFolder {
    private final GitRevisions git;
    private final Path root;
    private final Map<String, ObjectId> written = new HashMap<>();

    /** A folder at {@code root} (created if missing; must be outside the repository) for revisions of {@code git}. */
    public RevisionFolder(GitRevisions git, Path root) {
        this.git = Objects.requireNonNull(git, "git");
        this.root = root.toAbsolutePath().normalize();
        if (this.root.startsWith(git.location().toAbsolutePath().normalize())) {
            throw new IllegalArgumentException(root + " lies inside the repository, which is never written into");
        }
    }

    /** The folder's root, where the revision's {@link GitRevisions#subPath()} lands. */
    public Path root() {
        return root;
    }

    /**
     * Makes the folder hold {@code commit}'s files and nothing else.
     *
     * @return how many files were written (the rest were there already)
     */
    public int moveTo(ObjectId commit) throws RevisionException {
        Map<String, ObjectId> files = git.files(commit);
        int count = 0;
        try {
            Files.createDirectories(root);
            for (var it = written.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (!files.containsKey(e.getKey())) {
                    Files.deleteIfExists(root.resolve(e.getKey()));
                    it.remove();
                }
            }
            for (Map.Entry<String, ObjectId> e : files.entrySet()) {
                if (e.getValue().equals(written.get(e.getKey()))) {
                    continue;
                }
                Path target = root.resolve(e.getKey()).normalize();
                if (!target.startsWith(root)) {
                    throw new RevisionException("a path in " + commit.name() + " leaves the tree: " + e.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, git.read(e.getValue()));
                written.put(e.getKey(), e.getValue());
                count++;
            }
        } catch (IOException e) {
            throw new RevisionException("cannot write revision " + commit.name() + " to " + root + ": " + e.getMessage(), e);
        }
        return count;
    }

    /** Deletes the folder and everything in it. */
    public void delete() {
        if (!Files.exists(root)) {
            return;
        }
        try (var all = Files.walk(root)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind is the system's to clean; the compare itself succeeded.
        }
        written.clear();
    }
}
