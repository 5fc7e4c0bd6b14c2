// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs git and clang for tests that prove patches: skips where a tool is missing, fails instead under CI (CI=true),
 * like {@code cli.SystemHeaders}.
 */
final class ExternalTools {
    static final Path GIT = Path.of("/usr/bin/git");
    static final Path CLANG = Path.of("/usr/bin/clang++");

    private ExternalTools() {
    }

    static void require(Path... tools) {
        for (Path tool : tools) {
            if (Files.isExecutable(tool)) {
                continue;
            }
            String reason = tool + " is missing (apt-get install git clang)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(reason + ": CI must install it");
            }
            assumeTrue(false, reason);
        }
    }

    /** What a command printed (stdout and stderr together) and its exit code. */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    static Result run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return new Result(-1, out + "\ntimed out");
        }
        return new Result(p.exitValue(), out);
    }

    /** Copies a folder's files (not its subfolders' version control) into {@code to}. */
    static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Writes the patch beside {@code tree}, checks and applies it there with git; fails the test with git's words. */
    static void gitApply(Path tree, Patch patch) throws Exception {
        Path file = Files.writeString(tree.resolveSibling(patch.fileName()), patch.text(), StandardCharsets.UTF_8);
        Result check = run(tree, List.of(GIT.toString(), "apply", "--check", "--verbose", file.toString()));
        if (!check.ok()) {
            fail("git apply --check refused the patch:\n" + check.output() + "\n" + patch.text());
        }
        Result apply = run(tree, List.of(GIT.toString(), "apply", file.toString()));
        if (!apply.ok()) {
            fail("git apply failed:\n" + apply.output());
        }
    }

    /** {@code clang++ -fsyntax-only} with {@code flags}; fails the test with clang's words. */
    static void compiles(Path dir, List<String> flags, Path file) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(CLANG.toString(), "-fsyntax-only"));
        command.addAll(flags);
        command.add(file.toString());
        Result r = run(dir, command);
        if (!r.ok()) {
            fail("clang++ refused " + file + ":\n" + r.output() + "\n--- the file:\n" + Files.readString(file));
        }
    }
}
