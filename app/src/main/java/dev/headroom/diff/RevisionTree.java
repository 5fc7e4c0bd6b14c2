// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jgit.lib.ObjectId;

/**
 * One revision's files at a time in a {@link MemoryTree}: read from the object database, never checked out, and
 * nothing is written into the repository or anywhere on disk.
 *
 * <p>Moving the tree to another revision rewrites only the files whose blob differs and removes those the revision
 * lacks. The root stays, so every file that did not change keeps its path and content, and the unit cache serves
 * every unit that entered none of the changed files: only those are parsed again.
 */
public final class RevisionTree implements AutoCloseable {
    private final GitRevisions git;
    private final MemoryTree tree;
    private final Map<String, ObjectId> written = new HashMap<>();

    /** An empty tree whose root folder is named {@code name} (the workspace's name). */
    public RevisionTree(GitRevisions git, String name) {
        this.git = Objects.requireNonNull(git, "git");
        this.tree = MemoryTree.create("git", name);
    }

    /** The tree's root as the parser and the analysis name it. */
    public Path root() {
        return tree.root();
    }

    /**
     * Makes the tree hold {@code commit}'s files and nothing else.
     *
     * @return how many files were written (the rest were there already)
     */
    public int moveTo(ObjectId commit) throws RevisionException {
        Map<String, ObjectId> files = git.files(commit);
        int count = 0;
        try {
            for (var it = written.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (!files.containsKey(e.getKey())) {
                    tree.delete(e.getKey());
                    it.remove();
                }
            }
            for (Map.Entry<String, ObjectId> e : files.entrySet()) {
                if (e.getValue().equals(written.get(e.getKey()))) {
                    continue;
                }
                tree.write(e.getKey(), git.read(e.getValue()));
                written.put(e.getKey(), e.getValue());
                count++;
            }
        } catch (IOException e) {
            throw new RevisionException("cannot hold revision " + commit.name() + " in memory: " + e.getMessage(), e);
        }
        return count;
    }

    /** Unmounts the tree and frees its memory. */
    @Override
    public void close() {
        written.clear();
        tree.close();
    }
}
