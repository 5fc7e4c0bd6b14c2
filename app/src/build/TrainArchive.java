// SPDX-License-Identifier: Apache-2.0

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the start archives' training (docs/decisions/0012, 0024). First the command line's, as before: the JVM
 * arguments given, which analyse a small header and write {@code headroom.aot} (or {@code .jsa}). Then, under a
 * private Xvfb found on the PATH, the explorer's: the same class path with the explorer's collector opens the window on
 * a workspace until its final treemap ({@code -Dheadroom.startupTrace=exit}) and writes
 * {@code headroom-explorer.aot}, which holds the ~4,500 JavaFX and explorer classes a first window loads. Two archives,
 * because the JVM loads an archive's classes at start whether the run needs them or not: one trained with the window
 * made {@code analyze} 0.2 s of CPU slower. Without Xvfb, with {@code off}, or when that run fails, there is no explorer
 * archive and the launcher starts the explorer from the command line's, as before. Never a real display: a build
 * should not open windows on the desktop. The archives are a speed-up, not a check: this program always exits 0 and
 * says what it did.
 *
 * <p>Usage: {@code java TrainArchive.java auto|off WORKSPACE SCRATCH JAVA JVM-ARGS... MAIN-CLASS -- ANALYZE-ARGS...};
 * {@code SCRATCH} becomes the trainings' HOME and cache, so nothing of the builder's is read or written.
 */
public final class TrainArchive {
    private static final long WINDOW_TIMEOUT_MINUTES = 5;
    private static final long COMMAND_TIMEOUT_MINUTES = 15;

    private TrainArchive() {
    }

    public static void main(String[] args) throws Exception {
        int dash = List.of(args).indexOf("--");
        if (args.length < 6 || dash < 5) {
            System.err.println("usage: java TrainArchive.java auto|off WORKSPACE SCRATCH JAVA JVM-ARGS... MAIN -- ANALYZE-ARGS...");
            System.exit(2);
        }
        boolean window = args[0].equals("auto");
        String workspace = args[1];
        Path scratch = Path.of(args[2]);
        List<String> jvm = List.of(args).subList(3, dash);
        List<String> analyze = List.of(args).subList(dash + 1, args.length);
        Files.createDirectories(scratch.resolve("home"));
        Path archive = archiveOf(jvm);
        List<String> command = new ArrayList<>(jvm);
        command.addAll(analyze);
        int code = run(command, scratch, null, COMMAND_TIMEOUT_MINUTES);
        System.out.println("TrainArchive: command-line training exited with " + code
                + (archive != null && Files.isRegularFile(archive) ? ", archive written" : ", no archive"));
        if (archive == null) {
            return;
        }
        Path explorer = archive.resolveSibling(archive.getFileName().toString().replaceFirst("^headroom\\.",
                "headroom-explorer."));
        Files.deleteIfExists(explorer);
        if (!window) {
            System.out.println("TrainArchive: window training off; the explorer starts from the command line's archive");
            return;
        }
        // An empty cache each build, so the explorer's training parses the sample as a first start does.
        deleteTree(scratch.resolve("xdg-cache"));
        String why = trainWithWindow(workspace, scratch, explorerCommand(jvm, archive, explorer, workspace), explorer);
        if (why != null) {
            Files.deleteIfExists(explorer);
            System.out.println("TrainArchive: " + why + "; the explorer starts from the command line's archive");
        }
    }

    /**
     * The command line's training JVM turned into the explorer's: G1 and the full JIT as the launcher gives the
     * explorer, the explorer's archive, the parse in the JVM (so the archive holds CDT's classes for partial
     * treemaps too), and the launcher's entry point on the workspace.
     */
    private static List<String> explorerCommand(List<String> jvm, Path archive, Path explorer, String workspace) {
        List<String> command = new ArrayList<>();
        for (String a : jvm.subList(0, jvm.size() - 1)) {
            if (a.startsWith("-XX:TieredStopAtLevel") || (a.startsWith("-XX:+Use") && a.endsWith("GC"))) {
                continue;
            }
            command.add(a.replace(archive.toString(), explorer.toString()));
        }
        command.add(1, "-XX:+UseG1GC");
        command.add("-Dheadroom.startupTrace=exit");
        command.add("dev.headroom.Launcher");
        command.add(workspace);
        return command;
    }

    /** Trains the explorer under a private Xvfb; {@code null} when its archive was written, else why not. */
    private static String trainWithWindow(String workspace, Path scratch, List<String> command, Path explorer)
            throws Exception {
        Path xvfb = onPath("Xvfb");
        if (xvfb == null) {
            return "no Xvfb on the PATH";
        }
        if (!Files.isDirectory(Path.of(workspace))) {
            return "no workspace at " + workspace;
        }
        int display = freeDisplay();
        if (display < 0) {
            return "no free X display number";
        }
        Process server = new ProcessBuilder(xvfb.toString(), ":" + display, "-screen", "0", "1280x800x24", "-nolisten",
                "tcp").redirectErrorStream(true).redirectOutput(scratch.resolve("xvfb.log").toFile()).start();
        try {
            Path socket = Path.of("/tmp/.X11-unix/X" + display);
            for (int i = 0; i < 100 && !Files.exists(socket) && server.isAlive(); i++) {
                Thread.sleep(100);
            }
            if (!Files.exists(socket)) {
                return "Xvfb :" + display + " did not start (see " + scratch.resolve("xvfb.log") + ")";
            }
            int code = run(command, scratch, ":" + display, WINDOW_TIMEOUT_MINUTES);
            if (code != 0) {
                return "the explorer's training exited with " + code + " (see " + scratch.resolve("training.log") + ")";
            }
            if (!Files.isRegularFile(explorer)) {
                return "the explorer's training wrote no archive";
            }
            System.out.println("TrainArchive: explorer trained on " + workspace + " under Xvfb :" + display + ", "
                    + explorer.getFileName() + " written");
            return null;
        } finally {
            server.destroy();
            if (!server.waitFor(5, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** Runs the training JVM with HOME and the caches in {@code scratch}; its exit code, or -1 on a timeout. */
    private static int run(List<String> command, Path scratch, String display, long minutes)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(scratch.resolve("training.log").toFile()));
        Map<String, String> env = pb.environment();
        env.put("HOME", scratch.resolve("home").toString());
        env.put("XDG_CACHE_HOME", scratch.resolve("xdg-cache").toString());
        env.remove("WAYLAND_DISPLAY");
        if (display == null) {
            env.remove("DISPLAY");
        } else {
            env.put("DISPLAY", display);
        }
        Process p = pb.start();
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            p.waitFor();
            return -1;
        }
        return p.exitValue();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The archive the JVM arguments write, or {@code null} when they name none. */
    private static Path archiveOf(List<String> jvm) {
        for (String a : jvm) {
            for (String flag : List.of("-XX:AOTCacheOutput=", "-XX:ArchiveClassesAtExit=")) {
                if (a.startsWith(flag)) {
                    return Path.of(a.substring(flag.length()));
                }
            }
        }
        return null;
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** A display number with neither a lock nor a socket, from 90 up, clear of the usual desktop ones. */
    private static int freeDisplay() {
        for (int n = 90 + (int) (ProcessHandle.current().pid() % 50); n < 400; n++) {
            if (!Files.exists(Path.of("/tmp/.X" + n + "-lock")) && !Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                return n;
            }
        }
        return -1;
    }
}
