// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Read-only access to the revisions of one git repository with JGit: revision names resolved to commits, a commit's
 * files listed by blob and read from the object database. Nothing is written into the repository: no checkout, no
 * index, no refs, no lock files.
 */
public final class GitRevisions implements AutoCloseable {
    private final Repository repository;
    private final String subPath;

    private GitRevisions(Repository repository, String subPath) {
        this.repository = repository;
        this.subPath = subPath;
    }

    /**
     * Opens the repository holding {@code folder}: its work tree's root, or a folder inside it, whose files alone
     * are then read ({@code repo/samples/vybe-sdf} reads that sample from every revision).
     *
     * @throws RevisionException when {@code folder} is in no git repository
     */
    public static GitRevisions open(Path folder) throws RevisionException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new RevisionException(absolute + " is not a folder, so not a git repository");
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(absolute.toFile());
        if (builder.getGitDir() == null) {
            throw new RevisionException(absolute + " is not in a git repository (no .git found here or above)");
        }
        try {
            Repository repository = builder.setMustExist(true).build();
            if (repository.isBare()) {
                return new GitRevisions(repository, "");
            }
            Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            String sub = workTree.relativize(absolute).toString().replace('\\', '/');
            return new GitRevisions(repository, sub);
        } catch (IOException | IllegalArgumentException e) {
            throw new RevisionException(absolute + " is not a readable git repository: " + e.getMessage(), e);
        }
    }

    /** The folder inside the repository whose files are read, {@code ""} for all of them. */
    public String subPath() {
        return subPath;
    }

    /** Whether the repository has no work tree. */
    public boolean bare() {
        return repository.isBare();
    }

    /** The repository's work tree (or git folder when bare), for naming it to the user. */
    public Path location() {
        return repository.isBare() ? repository.getDirectory().toPath() : repository.getWorkTree().toPath();
    }

    /**
     * The commit {@code revision} names: {@code HEAD~1}, a branch, a tag, an abbreviated id.
     *
     * @throws RevisionException when the repository has no such revision
     */
    public ObjectId resolve(String revision) throws RevisionException {
        try {
            ObjectId id = repository.resolve(revision + "^{commit}");
            if (id == null) {
                throw new RevisionException("no revision '" + revision + "' in " + location());
            }
            return id;
        } catch (RevisionSyntaxException | IOException e) {
            throw new RevisionException("no revision '" + revision + "' in " + location() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The files of {@code commit} under {@link #subPath()}, by path relative to it, with their blob ids; symbolic
     * links and submodules are left out, since neither holds text the parser reads.
     */
    public Map<String, ObjectId> files(ObjectId commit) throws RevisionException {
        Map<String, ObjectId> out = new LinkedHashMap<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            RevCommit c = walk.parseCommit(commit);
            tree.addTree(c.getTree());
            tree.setRecursive(true);
            if (!subPath.isEmpty()) {
                tree.setFilter(PathFilter.create(subPath));
            }
            String prefix = subPath.isEmpty() ? "" : subPath + "/";
            while (tree.next()) {
                FileMode mode = tree.getFileMode(0);
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                    continue;
                }
                String path = tree.getPathString();
                if (path.startsWith(prefix)) {
                    out.put(path.substring(prefix.length()), tree.getObjectId(0));
                }
            }
        } catch (IOException e) {
            throw new RevisionException("cannot read the tree of " + commit.name() + " in " + location() + ": "
                    + e.getMessage(), e);
        }
        return out;
    }

    /** The bytes of one blob, from the object database. */
    public byte[] read(ObjectId blob) throws RevisionException {
        try (ObjectReader reader = repository.newObjectReader()) {
            return reader.open(blob).getBytes();
        } catch (IOException e) {
            throw new RevisionException("cannot read blob " + blob.name() + " in " + location() + ": " + e.getMessage(), e);
        }
    }

    /** The text of {@code path} (relative to {@link #subPath()}) at {@code commit}, if it has such a file. */
    public Optional<String> text(ObjectId commit, String path) throws RevisionException {
        ObjectId blob = files(commit).get(path);
        return blob == null ? Optional.empty() : Optional.of(new String(read(blob), StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        repository.close();
    }
}
