// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.analysis.usage.HeaderUtilisation;
import dev.headroom.analysis.usage.HeaderUtilisation.ModuleUtilisation;
import dev.headroom.analysis.usage.ModuleReferences;
import dev.headroom.ingest.AnalysisCancelledException;
import dev.headroom.ingest.AnalysisOptions;
import dev.headroom.ingest.HeaderOutliner;
import dev.headroom.model.HeaderOutline;
import dev.headroom.model.Problem;
import dev.headroom.model.SymbolDependency;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.UnitKind;
import dev.headroom.workspace.HeaderRequire;
import dev.headroom.workspace.JankModule;
import dev.headroom.workspace.UnitSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Header utilisation over one analysed workspace: per unit, one more parse of the unit outlines every header it
 * enters (which costs about what the unit's analysis parse did, so it is asked for, never on the way), and the
 * unit's references are measured against the outlines. Each unit's result is kept; safe to call from several
 * threads.
 */
public final class HeaderUtilisations {
    private final AnalysedWorkspace analysed;
    private final HeaderUtilisation analysis;
    private final Map<String, ModuleUtilisation> done = new ConcurrentHashMap<>();

    /**
     * All units' utilisation, in input order.
     *
     * @param modules       one per unit that parsed
     * @param outlineMillis time the outline parses took (0 for results kept from before)
     */
    public record Study(List<ModuleUtilisation> modules, long outlineMillis) {
        public Study {
            modules = List.copyOf(modules);
        }

        /** The incremental JIT what-if's shares: per jank module, per header, the needed fraction. */
        public Map<String, Map<String, Double>> neededShares() {
            Map<String, Map<String, Double>> out = new LinkedHashMap<>();
            modules.forEach(m -> out.put(m.module(), m.neededShares()));
            return out;
        }

        /** {@code base} with the incremental JIT on, as this study measured it. */
        public JitScenario incremental(JitScenario base) {
            return base.withNeededShares(neededShares());
        }
    }

    /**
     * @throws IllegalArgumentException when {@code analysed} was not produced by a session run (a model read back
     *                                  from JSON has no inputs to parse again)
     */
    public HeaderUtilisations(AnalysedWorkspace analysed) {
        this.analysed = Objects.requireNonNull(analysed, "analysed");
        if (analysed.inputs() == null) {
            throw new IllegalArgumentException("header utilisation parses the units again, so it needs a workspace"
                    + " analysed by this session, not one read back from JSON");
        }
        this.analysis = new HeaderUtilisation(analysed.files(), analysed.costModel());
    }

    /** Whether {@code analysed} can be studied: the session parsed it. */
    public static boolean possible(AnalysedWorkspace analysed) {
        return analysed.compilable();
    }

    /** The result for {@code unit} if it was computed already: what a view shows without waiting. */
    public Optional<ModuleUtilisation> known(String unit) {
        return Optional.ofNullable(done.get(unit));
    }

    /**
     * Every measured unit's utilisation; {@code progress} hears each unit start and finish.
     *
     * @throws SessionCancelledException when {@code cancelled} says so
     * @throws SessionException          when a jank module's file cannot be read
     */
    public Study all(Progress progress, BooleanSupplier cancelled) throws SessionException, SessionCancelledException {
        List<TranslationUnit> units = analysed.workspace().units().stream().filter(TranslationUnit::measured)
                .filter(u -> !u.files().isEmpty()).toList();
        List<ModuleUtilisation> out = new ArrayList<>();
        long millis = 0;
        for (int i = 0; i < units.size(); i++) {
            TranslationUnit u = units.get(i);
            progress.unitStarted(u.name(), i, units.size());
            boolean cached = done.containsKey(u.name());
            long t0 = System.nanoTime();
            out.add(unit(u.name(), cancelled));
            long took = cached ? 0 : (System.nanoTime() - t0) / 1_000_000;
            millis += took;
            progress.unitFinished(u.name(), i + 1, units.size(), took, cached);
        }
        return new Study(out, millis);
    }

    /**
     * One unit's utilisation, parsed once and kept.
     *
     * @throws SessionCancelledException when {@code cancelled} says so during the parse
     * @throws SessionException          when the unit is unknown or a jank module's file cannot be read
     */
    public ModuleUtilisation unit(String name, BooleanSupplier cancelled)
            throws SessionException, SessionCancelledException {
        ModuleUtilisation known = done.get(name);
        if (known != null) {
            return known;
        }
        TranslationUnit unit = analysed.unit(name).orElseThrow(() -> new SessionException(new Problem(null, 0,
                "no unit is named " + name, Problem.Source.INPUT)));
        UnitSpec spec = analysed.inputs().units().stream().filter(u -> u.name().equals(name)).findFirst()
                .orElseThrow(() -> new SessionException(new Problem(null, 0, "unit " + name
                        + " is not among the inputs", Problem.Source.INPUT)));
        List<Path> headers = new ArrayList<>();
        for (int i = 1; i < unit.files().size(); i++) {
            String path = unit.files().get(i).path();
            if (analysed.files().contains(path)) {
                headers.add(Path.of(path));
            }
        }
        List<HeaderOutline> outlines;
        try {
            outlines = headers.isEmpty() ? List.of()
                    : new HeaderOutliner(AnalysisOptions.defaults()).outlines(spec, headers, cancelled);
        } catch (AnalysisCancelledException e) {
            throw new SessionCancelledException(e.getMessage(), e);
        }
        ModuleUtilisation result = analysis.of(uses(unit), outlines);
        done.put(name, result);
        return result;
    }

    /** What a unit names: a jank module's references, or the cross-file uses of a C++ unit's main file. */
    private HeaderUtilisation.ModuleUses uses(TranslationUnit unit) throws SessionException {
        if (unit.kind() == UnitKind.JANK_MODULE) {
            for (JankModule m : analysed.inputs().modules()) {
                if (m.namespace().equals(unit.name())) {
                    Map<String, String> scopes = new HashMap<>();
                    for (HeaderRequire r : m.headerRequires()) {
                        if (r.alias() != null) {
                            scopes.put(r.alias(), r.scope() == null ? "" : r.scope());
                        }
                    }
                    return new HeaderUtilisation.ModuleUses(unit.name(), ModuleReferences.jank(read(m.file()),
                            scopes), List.of());
                }
            }
        }
        String main = unit.files().get(0).path();
        List<SymbolDependency> uses = analysed.workspace().dependencies().stream()
                .filter(d -> d.from().equals(main)).toList();
        return new HeaderUtilisation.ModuleUses(unit.name(), Set.of(), uses);
    }

    private static String read(Path file) throws SessionException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SessionException(new Problem(file.toString(), 0, "cannot read the jank module: "
                    + e.getMessage(), Problem.Source.INPUT), e);
        }
    }
}
