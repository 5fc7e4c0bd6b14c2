// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Measures what-ifs with clang: the unit once as it is and once per what-if with its files overlaid
 * ({@link FileOverlay}, {@code -ivfsoverlay}), each run through {@link ClangStats#measureDespiteErrors} so a
 * removed header's users cost errors, not the rest of the parse. The saving of a what-if is then exactly what a
 * person measures by compiling an edited copy of the tree with the same flags.
 *
 * <p>Runs go in parallel on {@code threads} workers; each one writes its overlay into its own temporary folder
 * (never the analysed tree) and removes it afterwards. Results are cached on disk, one small file per run, keyed
 * by SHA-256 of the clang version, the flags, the main file's path and content, the content of every
 * {@linkplain ClangUnit#inputs input} and the overlay; a changed header is a new key, so entries never go stale.
 * Entries are written to a temporary file and moved into place atomically. Cost: 1 + W clang runs for W
 * what-ifs, less those cached, plus one read of every input to key them.
 */
public final class WhatIfMeasurer {
    private static final String FORMAT = "headroom-whatif 1";
    private static final long POLL_MILLIS = 100;

    private final ClangStats clang;
    private final Path cacheDir;
    private final int threads;

    /**
     * @param clang    the clang to run
     * @param cacheDir where measurements are kept (created when missing); {@code ingest.ClangSavings#defaultCacheDir()} names
     *                 the usual one
     * @param threads  clang processes at once, at least 1
     */
    public WhatIfMeasurer(ClangStats clang, Path cacheDir, int threads) {
        this.clang = Objects.requireNonNull(clang, "clang");
        this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /**
     * Measures {@code unit} as it is and with each of {@code whatIfs}.
     *
     * @param cancelled polled while clang runs; when it turns true the running processes are killed
     * @throws CancellationException when {@code cancelled} turned true
     * @throws ClangException        when clang cannot measure the unit or one of the what-ifs
     */
    public WhatIfMeasurement measure(ClangUnit unit, List<WhatIf> whatIfs, MeasureProgress progress,
            BooleanSupplier cancelled) throws ClangException {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        String unitKey = unitDigest(unit);
        int total = whatIfs.size() + 1;
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, total), r -> {
            Thread t = new Thread(r, "headroom-clang");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Run>> runs = new ArrayList<>();
            runs.add(pool.submit(() -> measureOne(unit, unitKey, null, "as it is", progress, done, total)));
            for (WhatIf whatIf : whatIfs) {
                runs.add(pool.submit(() -> measureOne(unit, unitKey, whatIf, whatIf.label(), progress, done, total)));
            }
            List<Run> results = new ArrayList<>();
            for (Future<Run> run : runs) {
                results.add(await(run, runs, cancelled));
            }
            ClangFigures baseline = results.get(0).figures();
            List<WhatIfMeasurement.Row> rows = new ArrayList<>();
            for (int i = 0; i < whatIfs.size(); i++) {
                Run r = results.get(i + 1);
                rows.add(new WhatIfMeasurement.Row(whatIfs.get(i), r.figures(), r.cached(), baseline));
            }
            return new WhatIfMeasurement(clang.version(), baseline, rows);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Run(ClangFigures figures, boolean cached) {
    }

    private static Run await(Future<Run> run, List<Future<Run>> all, BooleanSupplier cancelled) throws ClangException {
        while (true) {
            if (cancelled.getAsBoolean()) {
                all.forEach(f -> f.cancel(true));
                throw new CancellationException("clang measurement cancelled");
            }
            try {
                return run.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // poll the cancel flag again
            } catch (InterruptedException e) {
                all.forEach(f -> f.cancel(true));
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while clang ran");
            } catch (ExecutionException e) {
                all.forEach(f -> f.cancel(true));
                if (e.getCause() instanceof ClangException clangFailure) {
                    throw clangFailure;
                }
                throw new ClangException("clang measurement failed: " + e.getCause(), e.getCause());
            }
        }
    }

    private Run measureOne(ClangUnit unit, String unitKey, WhatIf whatIf, String label, MeasureProgress progress,
            AtomicInteger done, int total) throws ClangException, IOException {
        String key = sha256(FORMAT + "\n" + unitKey + "\n" + (whatIf == null ? "as it is" : whatIf.overlay().digest()));
        Optional<ClangFigures> cached = readCache(key);
        if (cached.isPresent()) {
            progress.finished(label, done.incrementAndGet(), total, true);
            return new Run(cached.get(), true);
        }
        ClangFigures figures;
        if (whatIf == null) {
            figures = clang.measureDespiteErrors(unit.mainFile(), unit.flags());
        } else {
            Path folder = Files.createTempDirectory("headroom-whatif");
            try {
                Path yaml = whatIf.overlay().writeTo(folder);
                List<String> flags = new ArrayList<>(List.of("-ivfsoverlay", yaml.toString()));
                flags.addAll(unit.flags());
                figures = clang.measureDespiteErrors(unit.mainFile(), flags);
            } finally {
                deleteQuietly(folder);
            }
        }
        writeCache(key, figures);
        progress.finished(label, done.incrementAndGet(), total, false);
        return new Run(figures, false);
    }

    private String unitDigest(ClangUnit unit) throws ClangException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ContentDigest.text(sha, "clang " + clang.version());
            unit.flags().forEach(f -> ContentDigest.text(sha, "flag " + f));
            ContentDigest.text(sha, "main " + unit.mainFile().toAbsolutePath().normalize());
            ContentDigest.file(sha, unit.mainFile());
            for (Path input : unit.inputs()) {
                ContentDigest.text(sha, "input " + input);
                ContentDigest.file(sha, input);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new ClangException("cannot read " + e.getMessage() + " to key the measurement", e);
        }
    }


    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<ClangFigures> readCache(String key) {
        try {
            return FigureRecord.read(cacheDir.resolve(key + ".txt"), FORMAT, 4).map(v -> new ClangFigures(
                    Long.parseLong(v.get(0)), Long.parseLong(v.get(1)), Long.parseLong(v.get(2)),
                    Integer.parseInt(v.get(3))));
        } catch (NumberFormatException e) {
            return Optional.empty(); // a damaged entry is measured again
        }
    }

    private void writeCache(String key, ClangFigures f) {
        try {
            FigureRecord.write(cacheDir.resolve(key + ".txt"), FORMAT, f.astBytes(), f.peakRssBytes(), f.wallMillis(),
                    f.errors());
        } catch (IOException e) {
            // a measurement that cannot be cached is still a measurement
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
