// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.diff.SampleRevisions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** A git repository made in a test: the sample committed, then the compare's edit committed on top. */
final class GitSample {
    private GitSample() {
    }

    /** A repository at {@code folder} with two commits: HEAD~1 the sample, HEAD the sample with the edit. */
    static Path twoCommits(Path folder) {
        SampleRevisions.copy(folder);
        PersonIdent who = new PersonIdent("Headroom Test", "test@headroom.dev");
        try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("the sample").setAuthor(who).setCommitter(who).setSign(false).call();
            SampleRevisions.moveMathBodiesOut(folder);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("math bodies to a .cpp; <memory> forward declared").setAuthor(who)
                    .setCommitter(who).setSign(false).call();
            git.tag().setName("edited").call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
        return folder;
    }

    /** Every file under {@code folder}, the repository's own included, with its size and time. */
    static Map<String, String> snapshot(Path folder) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                FileTime time = Files.getLastModifiedTime(p);
                out.put(folder.relativize(p).toString(), (Files.isDirectory(p) ? "dir" : Files.size(p)) + "@" + time);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
