// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import dev.headroom.measure.ClangException;
import dev.headroom.measure.ClangStats;
import dev.headroom.measure.ClangUnit;
import dev.headroom.measure.MeasureProgress;
import dev.headroom.measure.WhatIf;
import dev.headroom.measure.WhatIfMeasurement;
import dev.headroom.measure.WhatIfMeasurer;
import dev.headroom.model.IncludeEdge;
import dev.headroom.workspace.UnitKind;
import dev.headroom.workspace.UnitSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Measured savings of a workspace unit: clang run on the unit as Headroom parsed it (the same flags as
 * {@link ClangMeasurer}), and once more per what-if, through {@link WhatIfMeasurer}.
 *
 * <p>A jank module's unit exists only as the list of its requires; its text is written, named by its content, into
 * {@code units/} under the measurer's cache folder (never beside the module), so the same module keys the same
 * cache entries from run to run.
 */
public final class ClangSavings {
    private final WhatIfMeasurer measurer;
    private final Path unitsDir;

    /**
     * @param measurer runs and caches clang
     * @param cacheDir the measurer's cache folder; jank units' texts go to its {@code units/}
     */
    public ClangSavings(WhatIfMeasurer measurer, Path cacheDir) {
        this.measurer = Objects.requireNonNull(measurer, "measurer");
        this.unitsDir = cacheDir.resolve("units");
    }

    /** {@code whatif/} under Headroom's cache folder ({@code $XDG_CACHE_HOME/headroom} or {@code ~/.cache/headroom}). */
    public static Path defaultCacheDir() {
        return AnalysisOptions.defaultCacheDir().resolve("whatif");
    }

    /** Savings measured by {@code clang} on {@code threads} processes at once, cached in {@code cacheDir}. */
    public static ClangSavings of(ClangStats clang, int threads, Path cacheDir) {
        return new ClangSavings(new WhatIfMeasurer(clang, cacheDir, threads), cacheDir);
    }

    /**
     * What emptying each of {@code headers} saves in {@code spec}'s unit: one what-if per header, labelled with
     * its path.
     *
     * @param unitFiles the files the unit enters (the parsed unit's files), whose content keys the cache
     */
    public WhatIfMeasurement emptyingHeaders(UnitSpec spec, List<Path> unitFiles, List<Path> headers,
            MeasureProgress progress, BooleanSupplier cancelled) throws ClangException {
        return measure(spec, unitFiles, headers.stream().map(WhatIf::emptying).toList(), progress, cancelled);
    }

    /**
     * What dropping each of {@code edges} (one include directive, its line made empty) saves in {@code spec}'s
     * unit: one what-if per edge, labelled {@code includer:line -> target}. A directive of a jank module's
     * synthesized text is dropped from the text clang compiles; any other from its includer as it is on disk.
     *
     * @throws ClangException when an includer cannot be read
     */
    public WhatIfMeasurement droppingIncludes(UnitSpec spec, List<Path> unitFiles, List<IncludeEdge> edges,
            MeasureProgress progress, BooleanSupplier cancelled) throws ClangException {
        ClangUnit unit = clangUnit(spec, unitFiles);
        List<WhatIf> whatIfs = new java.util.ArrayList<>();
        for (IncludeEdge edge : edges) {
            String label = edge.includer() + ":" + edge.line() + " -> " + edge.target();
            Path includer = Path.of(edge.includer());
            boolean synthesized = spec.kind() == UnitKind.JANK_MODULE
                    && includer.equals(ParseSettings.synthesizedPath(spec.mainFile()));
            Path file = synthesized ? unit.mainFile() : includer;
            try {
                whatIfs.add(WhatIf.blankingLine(label, file, Files.readString(file, StandardCharsets.UTF_8), edge.line()));
            } catch (IOException | IllegalArgumentException e) {
                throw new ClangException("cannot drop " + label + ": " + e.getMessage(), e);
            }
        }
        return measurer.measure(unit, whatIfs, progress, cancelled);
    }

    /** What each of {@code whatIfs} (any files overlaid, e.g. a refactor's patched files) saves in the unit. */
    public WhatIfMeasurement measure(UnitSpec spec, List<Path> unitFiles, List<WhatIf> whatIfs,
            MeasureProgress progress, BooleanSupplier cancelled) throws ClangException {
        return measurer.measure(clangUnit(spec, unitFiles), whatIfs, progress, cancelled);
    }

    /** The unit as clang compiles it: flags from {@link ClangMeasurer#flagsFor}, a jank module's text on disk. */
    ClangUnit clangUnit(UnitSpec spec, List<Path> unitFiles) throws ClangException {
        Path main = spec.mainFile().toAbsolutePath().normalize();
        if (spec.kind() == UnitKind.JANK_MODULE) {
            main = writeJankUnit(ParseSettings.synthesizedMain(spec.includes()));
        }
        return new ClangUnit(main, ClangMeasurer.flagsFor(spec), unitFiles);
    }

    private Path writeJankUnit(String text) throws ClangException {
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            String name = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16) + ".cpp";
            Path file = unitsDir.resolve(name);
            if (Files.isRegularFile(file)) {
                return file;
            }
            Files.createDirectories(unitsDir);
            Path tmp = Files.createTempFile(unitsDir, name, ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new ClangException("cannot write the jank module's unit for clang: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
