// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.diff.GitRevisions;
import dev.headroom.diff.RevisionException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A git revision's texts, read from the repository's object database each time (the folder the revision was
 * analysed in is gone); files outside the revision's root (system headers) from disk.
 */
final class GitTexts implements RevisionTexts {
    private final Path repository;
    private final ObjectId commit;

    GitTexts(Path repository, ObjectId commit) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.commit = Objects.requireNonNull(commit, "commit");
    }

    @Override
    public Optional<String> text(String key) {
        if (Path.of(key).isAbsolute()) {
            return FolderTexts.read(Path.of(key));
        }
        try (GitRevisions git = GitRevisions.open(repository)) {
            return git.text(commit, key);
        } catch (RevisionException e) {
            return Optional.empty();
        }
    }
}
