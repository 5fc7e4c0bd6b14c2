// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code clang++ -fsyntax-only -Xclang -print-stats FLAGS UNIT} under GNU time and returns what clang
 * spent: its own AST statistics ({@link PrintStatsParser}), the wall time and the peak resident set size.
 *
 * <p>Peak RSS comes from GNU time's {@code %M} (maximum resident set size in KiB, from {@code wait4}'s
 * {@code rusage}), written to a separate file with {@code -o} so it never mixes with clang's stderr. Memory of
 * an empty unit with the same flags ({@link #measureEmpty}) is what "peak above an empty unit" subtracts. One
 * process per call; nothing is cached.
 */
public final class ClangStats {
    private static final Pattern VERSION = Pattern.compile("clang version (\\S+)");
    private static final long TIMEOUT_MINUTES = 10;

    private final Path clang;
    private final Path time;
    private final String version;

    /**
     * @param clang the clang++ driver
     * @param time  GNU time ({@code /usr/bin/time}; the shell builtin has no {@code -f %M})
     * @throws ClangException when either cannot be run
     */
    public ClangStats(Path clang, Path time) throws ClangException {
        this.clang = Objects.requireNonNull(clang, "clang");
        this.time = Objects.requireNonNull(time, "time");
        if (!Files.isExecutable(clang)) {
            throw new ClangException(clang + " is not an executable clang++; install clang (apt-get install clang)"
                    + " or point Headroom at one");
        }
        if (!Files.isExecutable(time)) {
            throw new ClangException(time + " is missing; GNU time measures clang's peak memory"
                    + " (apt-get install time)");
        }
        this.version = readVersion();
    }

    /** clang++ and GNU time at their usual places ({@code /usr/bin}), or {@code $HEADROOM_CLANG} for clang. */
    public static ClangStats locate() throws ClangException {
        String env = System.getenv("HEADROOM_CLANG");
        Path clang = env != null && !env.isBlank() ? Path.of(env) : Path.of("/usr/bin/clang++");
        return new ClangStats(clang, Path.of("/usr/bin/time"));
    }

    /** The first line of {@code clang++ --version}'s version, e.g. {@code 14.0.6}. */
    public String version() {
        return version;
    }

    /** Compiles {@code unit} with {@code flags} and returns clang's statistics, time and peak memory. */
    public ClangMeasurement measure(Path unit, List<String> flags) throws ClangException {
        Measured m = run(unit, flags, false);
        return new ClangMeasurement(unit.toString(), flags, m.stats(), m.wallMillis(), m.peakRssBytes());
    }

    /**
     * Compiles {@code unit} as {@link #measure} does, but keeps going through errors: with {@code -ferror-limit=0}
     * clang parses the whole unit however many errors it meets (its default stops after 20 and drops the rest),
     * and {@code -Wno-everything} keeps warnings (and {@code -Werror}) out of it. A what-if that empties a header
     * others use compiles with errors and still prints its statistics; a run that prints none is an error.
     */
    public ClangFigures measureDespiteErrors(Path unit, List<String> flags) throws ClangException {
        List<String> keepGoing = new ArrayList<>(flags);
        keepGoing.addAll(List.of("-ferror-limit=0", "-Wno-everything"));
        Measured m = run(unit, keepGoing, true);
        return new ClangFigures(m.stats().astContextBytesUsed(), m.peakRssBytes(), m.wallMillis(), m.errors());
    }

    private record Measured(PrintStats stats, long wallMillis, long peakRssBytes, int errors) {
    }

    private Measured run(Path unit, List<String> flags, boolean tolerateErrors) throws ClangException {
        Path rss = null;
        try {
            rss = Files.createTempFile("headroom-rss", ".txt");
            List<String> cmd = new ArrayList<>(List.of(time.toString(), "-o", rss.toString(), "-f", "%M",
                    clang.toString()));
            cmd.addAll(flags);
            cmd.addAll(List.of("-fsyntax-only", "-Xclang", "-print-stats", unit.toString()));
            long t0 = System.nanoTime();
            Run run = run(cmd);
            long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            if (run.exitCode() != 0 && !tolerateErrors) {
                throw new ClangException("clang++ failed on " + unit + " (exit " + run.exitCode() + "): "
                        + firstErrors(run.stderr()));
            }
            PrintStats stats;
            try {
                stats = PrintStatsParser.parse(run.stderr());
            } catch (ClangException e) {
                throw run.exitCode() == 0 ? e : new ClangException("clang++ failed on " + unit + " (exit "
                        + run.exitCode() + ") and printed no statistics: " + firstErrors(run.stderr()), e);
            }
            String kib = Files.readString(rss, StandardCharsets.UTF_8).strip();
            String[] lines = kib.split("\\R");
            long peak = Long.parseLong(lines[lines.length - 1].strip()) * 1024;
            int errors = (int) run.stderr().lines().filter(l -> l.contains(" error: ")
                    || l.startsWith("error: ")).count();
            return new Measured(stats, wall, peak, errors);
        } catch (IOException e) {
            throw new ClangException("cannot run clang++ on " + unit + ": " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new ClangException("GNU time printed no peak memory for " + unit, e);
        } finally {
            if (rss != null) {
                try {
                    Files.deleteIfExists(rss);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /** Measures an empty C++ unit with {@code flags}: the baseline every unit's peak is compared with. */
    public ClangMeasurement measureEmpty(List<String> flags) throws ClangException {
        Path empty = null;
        try {
            empty = Files.createTempFile("headroom-empty", ".cpp");
            return measure(empty, flags);
        } catch (IOException e) {
            throw new ClangException("cannot write an empty unit: " + e.getMessage(), e);
        } finally {
            if (empty != null) {
                try {
                    Files.deleteIfExists(empty);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    private String readVersion() throws ClangException {
        try {
            Run run = run(List.of(clang.toString(), "--version"));
            Matcher m = VERSION.matcher(run.stdout());
            if (run.exitCode() != 0 || !m.find()) {
                throw new ClangException(clang + " --version did not name a clang version");
            }
            return m.group(1);
        } catch (IOException e) {
            throw new ClangException("cannot run " + clang + ": " + e.getMessage(), e);
        }
    }

    private record Run(int exitCode, String stdout, String stderr) {
    }

    private static Run run(List<String> cmd) throws IOException, ClangException {
        Path out = Files.createTempFile("headroom-clang", ".out");
        Path err = Files.createTempFile("headroom-clang", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try {
                if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new ClangException(String.join(" ", cmd) + " ran over " + TIMEOUT_MINUTES + " minutes");
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new ClangException("interrupted while clang++ ran", e);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String firstErrors(String stderr) {
        return stderr.lines().filter(l -> l.contains("error:")).limit(3).reduce((a, b) -> a + "; " + b)
                .orElse(stderr.lines().limit(3).reduce((a, b) -> a + "; " + b).orElse("no output"));
    }
}
