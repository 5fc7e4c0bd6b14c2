// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.ingest.ClangMeasurer;
import dev.headroom.measure.UnitFigureStore;
import dev.headroom.model.MeasuredUnit;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import dev.headroom.workspace.UnitSpec;
import dev.headroom.workspace.WorkspaceInputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every clang figure known for a workspace's units as they are now: those measured in this run, kept in the
 * {@link UnitFigureStore} for later runs, and those earlier runs ({@code --measure-with-clang}, {@code report
 * --verify}, the explorer's "Measure with clang") kept for the same content. A unit whose files changed since keys
 * differently, so its old figure is not found.
 */
final class KnownUnitFigures {
    private final UnitFigureStore store;

    KnownUnitFigures(Path cacheDir) {
        this.store = new UnitFigureStore(cacheDir);
    }

    /**
     * The figures of every unit of {@code workspace} that clang measured on its current content.
     *
     * @param now          figures measured in this run, by unit name; they are kept and win over the store's
     * @param clangVersion the clang that measured {@code now}, or {@code null} when nothing was measured
     */
    Map<String, MeasuredUnit> merge(WorkspaceInputs inputs, Workspace workspace, Map<String, MeasuredUnit> now,
            String clangVersion) {
        Map<String, MeasuredUnit> out = new LinkedHashMap<>();
        for (UnitSpec spec : inputs.units()) {
            TranslationUnit unit = workspace.units().stream().filter(u -> u.name().equals(spec.name())).findFirst()
                    .orElse(null);
            if (unit == null || !unit.measured()) {
                continue;
            }
            Optional<String> key = key(spec, unit);
            MeasuredUnit measured = now.get(spec.name());
            if (measured != null) {
                out.put(spec.name(), measured);
                key.ifPresent(k -> keep(k, new UnitFigureStore.Entry(measured.astBytes(), measured.peakBytes(),
                        measured.millis(), clangVersion == null ? "unknown" : clangVersion)));
            } else {
                key.flatMap(store::read).ifPresent(e -> out.put(spec.name(),
                        new MeasuredUnit(spec.name(), e.astBytes(), e.peakBytes(), e.millis())));
            }
        }
        return out;
    }

    /** Keeps clang's figure for {@code unit} as it is now (a verification's baseline, say). */
    void keep(UnitSpec spec, TranslationUnit unit, UnitFigureStore.Entry entry) {
        key(spec, unit).ifPresent(k -> keep(k, entry));
    }

    private void keep(String key, UnitFigureStore.Entry entry) {
        try {
            store.write(key, entry);
        } catch (IOException e) {
            // a figure that cannot be kept still stands beside this run's estimates
        }
    }

    private static Optional<String> key(UnitSpec spec, TranslationUnit unit) {
        try {
            List<Path> files = unit.files().stream().map(f -> Path.of(f.path())).toList();
            return Optional.of(UnitFigureStore.key(ClangMeasurer.flagsFor(spec), spec.mainFile(), files));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a unit whose files cannot be read now has no figure known for its content
        }
    }
}
