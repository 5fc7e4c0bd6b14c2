// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import dev.headroom.measure.ClangException;
import dev.headroom.measure.ClangMeasurement;
import dev.headroom.measure.ClangStats;
import dev.headroom.model.MeasuredUnit;
import dev.headroom.workspace.CompileOptions;
import dev.headroom.workspace.Language;
import dev.headroom.workspace.MacroOption;
import dev.headroom.model.UnitKind;
import dev.headroom.workspace.UnitSpec;
import dev.headroom.workspace.WorkspaceInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Runs clang on every unit of a workspace with the flags Headroom parsed it with, to set clang's own figures
 * (ASTContext bytes, peak memory above an empty unit, time) beside the estimates. A jank module's unit is written
 * to a temporary file as the same list of includes Headroom parsed.
 */
public final class ClangMeasurer {
    private final ClangStats clang;

    public ClangMeasurer(ClangStats clang) {
        this.clang = clang;
    }

    /** Measures each unit; units clang cannot compile are reported to the listener and left out. */
    public Map<String, MeasuredUnit> measure(WorkspaceInputs inputs, AnalysisListener listener, BooleanSupplier cancelled)
            throws AnalysisCancelledException {
        Map<String, MeasuredUnit> out = new LinkedHashMap<>();
        Map<List<String>, Long> emptyPeaks = new HashMap<>();
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("headroom-measure");
            int done = 0;
            for (UnitSpec spec : inputs.units()) {
                if (cancelled.getAsBoolean()) {
                    throw new AnalysisCancelledException();
                }
                listener.unitStarted("clang " + spec.name(), done, inputs.units().size());
                try {
                    List<String> flags = flagsFor(spec);
                    Path unit = spec.kind() == UnitKind.JANK_MODULE ? writeJankUnit(spec, tmp, done) : spec.mainFile();
                    long emptyPeak = emptyPeaks.computeIfAbsent(flags, f -> {
                        try {
                            return clang.measureEmpty(f).peakRssBytes();
                        } catch (ClangException e) {
                            throw new IllegalStateException(e.getMessage(), e);
                        }
                    });
                    ClangMeasurement m = clang.measure(unit, flags);
                    out.put(spec.name(), new MeasuredUnit(spec.name(), m.stats().astContextBytesUsed(),
                            Math.max(0, m.peakRssBytes() - emptyPeak), m.wallMillis()));
                } catch (ClangException | IllegalStateException e) {
                    listener.note("clang could not measure " + spec.name() + ": " + e.getMessage());
                }
                listener.unitFinished("clang " + spec.name(), ++done, inputs.units().size(), 0, false);
            }
        } catch (IOException e) {
            listener.note("cannot create a folder for clang's units: " + e.getMessage());
        } finally {
            deleteQuietly(tmp);
        }
        return out;
    }

    /** The compiler flags a unit was parsed with, as clang takes them. */
    public static List<String> flagsFor(UnitSpec spec) {
        CompileOptions o = spec.options();
        List<String> flags = new ArrayList<>();
        boolean c = o.language() == Language.C
                || (o.language() == null && spec.kind() != UnitKind.JANK_MODULE && spec.mainFile().toString().endsWith(".c"));
        flags.addAll(List.of("-x", c ? "c" : "c++"));
        if (o.std() != null) {
            flags.add("-std=" + o.std());
        }
        if (spec.kind() == UnitKind.JANK_MODULE) {
            // Headroom's synthesized unit lives beside the module, so quoted requires look there first.
            flags.addAll(List.of("-iquote", spec.mainFile().toAbsolutePath().getParent().toString()));
        }
        o.quoteDirs().forEach(d -> flags.addAll(List.of("-iquote", d.toString())));
        o.includeDirs().forEach(d -> flags.add("-I" + d));
        o.systemIncludeDirs().forEach(d -> flags.addAll(List.of("-isystem", d.toString())));
        for (MacroOption m : o.macros()) {
            flags.add(m.undefine() ? "-U" + m.name() : "-D" + m.name() + "=" + (m.value() == null ? "1" : m.value()));
        }
        o.forcedIncludes().forEach(f -> flags.addAll(List.of("-include", f.toString())));
        return flags;
    }

    private static Path writeJankUnit(UnitSpec spec, Path dir, int index) throws IOException {
        return Files.writeString(dir.resolve("unit" + index + ".cpp"), ParseSettings.synthesizedMain(spec.includes()));
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
