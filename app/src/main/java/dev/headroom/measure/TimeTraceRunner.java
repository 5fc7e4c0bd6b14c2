// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs clang on one unit with {@code -fsyntax-only -ftime-trace -ftime-trace-granularity=0} and imports the trace.
 *
 * <p>Where the trace lands: clang 14 names it after the output file with its extension replaced by {@code .json}.
 * With {@code -fsyntax-only} the driver passes no output file to {@code cc1} (a {@code -o} is dropped), so the name
 * is empty and clang writes a file called {@code .json} in its working directory, not beside the source. This
 * runner therefore starts clang in a fresh temporary folder, reads {@code .json} from there and deletes the folder.
 * Clang 16 and later place the trace differently; this runner is written against clang 14.
 *
 * <p>Granularity 0 makes clang record every header, however short. The unit path is made absolute, so relative
 * include flags must be absolute too: clang runs in the temporary folder. The run waits for clang at most the
 * timeout given at construction, and an interrupt kills clang.
 */
public final class TimeTraceRunner {

    /** The name clang 14 gives the trace under {@code -fsyntax-only}: an empty stem plus {@code .json}. */
    static final String TRACE_NAME = ".json";

    private static final int MESSAGE_LINES = 3;

    private final String compiler;
    private final Duration timeout;

    /**
     * @param compiler the clang++ to run: a path, or a name looked up on {@code PATH}
     * @param timeout  how long one unit may take before clang is killed
     * @throws IllegalArgumentException if the compiler is blank or the timeout is not positive
     */
    public TimeTraceRunner(String compiler, Duration timeout) {
        Objects.requireNonNull(compiler, "compiler");
        Objects.requireNonNull(timeout, "timeout");
        if (compiler.isBlank()) {
            throw new IllegalArgumentException("compiler must not be blank");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        this.compiler = compiler;
        this.timeout = timeout;
    }

    /**
     * Compiles {@code unit} for syntax only with {@code flags} added before it, and reads the trace clang wrote.
     *
     * @throws TimeTraceException   if the unit is missing, clang cannot be started, fails, times out, or writes no
     *                              readable trace; the message carries clang's first lines of diagnostics
     * @throws InterruptedException if interrupted while clang runs (clang is killed first)
     */
    public TimeTrace run(Path unit, List<String> flags) throws TimeTraceException, InterruptedException {
        Path source = unit.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new TimeTraceException(source, "no such file");
        }
        List<String> command = new ArrayList<>(List.of(compiler, "-fsyntax-only", "-ftime-trace",
                "-ftime-trace-granularity=0"));
        command.addAll(flags);
        command.add(source.toString());
        Path folder = createFolder(source);
        try {
            compile(command, folder, source);
            Path trace = folder.resolve(TRACE_NAME);
            if (!Files.isRegularFile(trace)) {
                throw new TimeTraceException(source, compiler + " wrote no trace at " + trace
                        + "; is it clang 14 (later versions place the trace elsewhere)?");
            }
            return TimeTraceImport.read(trace);
        } finally {
            deleteTree(folder);
        }
    }

    private void compile(List<String> command, Path folder, Path source)
            throws TimeTraceException, InterruptedException {
        Path log = folder.resolve("clang.log");
        Process process;
        try {
            process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new TimeTraceException(source, 0, 0, "cannot run " + compiler + ": " + e.getMessage(), e);
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TimeTraceException(source, compiler + " took longer than " + timeout + " and was killed");
            }
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor();
            }
        }
        if (process.exitValue() != 0) {
            throw new TimeTraceException(source, compiler + " failed with exit code " + process.exitValue()
                    + firstLines(log));
        }
    }

    private static Path createFolder(Path source) throws TimeTraceException {
        try {
            return Files.createTempDirectory("headroom-ttrace-");
        } catch (IOException e) {
            throw new TimeTraceException(source, 0, 0, "cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    private static String firstLines(Path log) {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            List<String> head = lines.filter(line -> !line.isBlank()).limit(MESSAGE_LINES).toList();
            return head.isEmpty() ? "" : ": " + String.join(" | ", head);
        } catch (IOException | UncheckedIOException e) {
            return " (its output could not be read: " + e.getMessage() + ")";
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary folder is harmless; the trace has been read or the failure reported already.
        }
    }
}
