// SPDX-License-Identifier: Apache-2.0
package dev.headroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.headroom.cli.HeadroomCommand;
import dev.headroom.cli.LauncherCommandList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The POSIX start script as the build lays it out (script, generated command list, jar folder), run against a
 * stand-in {@code java} that records how it was called.
 */
class LauncherScriptTest {
    private static final String COMMAND_FLAGS = "-XX:TieredStopAtLevel=1";
    private static final String EXPLORER_FLAGS = "-XX:+UseG1GC";

    @TempDir
    Path dir;
    Path jdk;
    Path calls;
    String opts;

    @BeforeEach
    void layOut() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Files.copy(Path.of("src/main/launcher/headroom"), dir.resolve("headroom"));
        LauncherCommandList.write(dir.resolve("headroom.commands"));
        jdk = Files.createDirectories(dir.resolve("jdk/bin"));
        calls = dir.resolve("calls.txt");
        Path java = jdk.resolve("java");
        // Answers the version probe on stderr as a JVM would; otherwise records its arguments, one a line.
        Files.writeString(java, """
                #!/bin/sh
                if [ "$1" = "-XshowSettings:properties" ]; then
                  echo probe >> "$CALLS"
                  echo "    java.specification.version = $PROBED" >&2
                  exit 0
                fi
                for a in "$@"; do echo "$a"; done >> "$CALLS"
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        jdk = jdk.getParent();
        release("JAVA_VERSION=\"21.0.5\"");
    }

    @Test
    void everySubcommandTheCliKnowsGetsTheCommandFlags() throws Exception {
        for (String name : HeadroomCommand.subcommandNames()) {
            List<String> args = run(name, "x.h");
            assertTrue(args.contains(COMMAND_FLAGS), name + " started with " + args);
            assertEquals(List.of("dev.headroom.Launcher", name, "x.h"), args.subList(args.size() - 3, args.size()));
        }
    }

    @Test
    void optionsGetTheCommandFlagsAndPathsTheExplorers() throws Exception {
        assertTrue(run("--version").contains(COMMAND_FLAGS));
        assertTrue(run("samples/vybe-sdf").contains(EXPLORER_FLAGS));
        assertTrue(run().contains(EXPLORER_FLAGS));
    }

    @Test
    void theReleaseFileSaysTheVersionWithoutStartingASecondJvm() throws Exception {
        List<String> args = run("help");
        assertFalse(args.contains("probe"), "the release file answered, the JVM was not asked: " + args);
    }

    @Test
    void anOldJavaInTheReleaseFileIsRefusedBeforeItRuns() throws Exception {
        release("IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"17.0.9\"");
        Process p = start("analyze");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor());
        assertTrue(err.contains("is Java 17.0.9; Headroom needs Java 21 or newer"), err);
        assertFalse(Files.exists(calls), "java was never started");
    }

    @Test
    void withoutAReleaseFileTheJvmIsAsked() throws Exception {
        Files.delete(jdk.resolve("release"));
        assertEquals("probe", run("help").get(0));
    }

    @Test
    void onJava25TheBuildsAotCacheIsUsedQuietly() throws Exception {
        release("JAVA_VERSION=\"25.0.3\"");
        Files.writeString(dir.resolve("headroom.aot"), "");
        List<String> args = run("analyze", "x.h");
        assertTrue(args.contains("-XX:AOTCache=" + dir.resolve("headroom.aot")), args.toString());
        assertTrue(args.contains("-Xlog:aot=off") && args.contains("-Xlog:cds=off"), args.toString());
        assertTrue(run().contains("-XX:AOTCache=" + dir.resolve("headroom.aot")), "the explorer starts from it too");
    }

    @Test
    void beforeJava25TheAppCdsArchiveIsUsedAndTheAotLogTagIsNotNamed() throws Exception {
        Files.writeString(dir.resolve("headroom.aot"), "");
        Files.writeString(dir.resolve("headroom.jsa"), "");
        List<String> args = run("analyze", "x.h");
        assertTrue(args.contains("-XX:SharedArchiveFile=" + dir.resolve("headroom.jsa")), args.toString());
        assertFalse(args.contains("-Xlog:aot=off"), "Java 21 refuses an unknown log tag: " + args);
        assertFalse(args.stream().anyMatch(a -> a.startsWith("-XX:AOTCache")), args.toString());
    }

    @Test
    void withoutAnArchiveTheJvmStartsWithoutArchiveFlags() throws Exception {
        List<String> args = run("analyze", "x.h");
        assertFalse(args.stream().anyMatch(a -> a.contains("AOTCache") || a.contains("SharedArchiveFile")), args.toString());
    }

    @Test
    void aPropertyInHeadroomJavaOptsKeepsTheCommandFlags() throws Exception {
        opts = "-Dheadroom.unitIsolation=threads";
        List<String> args = run("analyze", "x.h");
        assertTrue(args.containsAll(List.of(COMMAND_FLAGS, "-XX:+UseParallelGC", opts)), args.toString());
        assertTrue(args.indexOf(opts) > args.indexOf(COMMAND_FLAGS), "the user's flags come last, so they win");
    }

    @Test
    void aCollectorOrJitChoiceInHeadroomJavaOptsReplacesOurs() throws Exception {
        opts = "-XX:+UseSerialGC -XX:-TieredCompilation";
        List<String> args = run("analyze", "x.h");
        assertFalse(args.contains("-XX:+UseParallelGC"), "two collectors stop the JVM: " + args);
        assertFalse(args.contains(COMMAND_FLAGS), args.toString());
        assertTrue(args.containsAll(List.of("-XX:+UseSerialGC", "-XX:-TieredCompilation")), args.toString());
        assertFalse(run().contains(EXPLORER_FLAGS), "the explorer's collector gives way too");
    }

    private void release(String text) throws IOException {
        Files.writeString(jdk.resolve("release"), text + "\n");
    }

    private List<String> run(String... args) throws Exception {
        Files.deleteIfExists(calls);
        Process p = start(args);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        return Files.readAllLines(calls);
    }

    private Process start(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("/bin/sh", dir.resolve("headroom").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().remove("HEADROOM_JAVA_OPTS");
        if (opts != null) {
            pb.environment().put("HEADROOM_JAVA_OPTS", opts);
        }
        pb.environment().put("JAVA_HOME", jdk.toString());
        pb.environment().put("CALLS", calls.toString());
        pb.environment().put("PROBED", "21");
        return pb.start();
    }
}
