// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis;

import dev.headroom.analysis.cost.CorrectionSample;
import dev.headroom.analysis.cost.CostFeature;
import dev.headroom.analysis.cost.CostModel;
import dev.headroom.analysis.cost.FeatureMix;
import dev.headroom.analysis.cost.LinearCostModel;
import dev.headroom.analysis.cost.ModelDomain;
import dev.headroom.analysis.cost.WorkspaceCorrection;
import dev.headroom.analysis.include.FileIndex;
import dev.headroom.model.MeasuredUnit;
import dev.headroom.model.SourceFile;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every unit's AST figure as the user sees it, and where it comes from: clang's own figure for the unit's current
 * content when one is known ({@link Source#MEASURED}), else the bundled estimate times this workspace's
 * {@link WorkspaceCorrection} when that applies ({@link Source#CORRECTED}), else the bundled estimate
 * ({@link Source#ESTIMATED}). Also which units lie beyond the feature mix the bundled model was fitted on
 * ({@link ModelDomain}). O(files of all units × features).
 */
public final class UnitFigures {
    /** Where a figure comes from. */
    public enum Source {
        /** The bundled model's estimate. */
        ESTIMATED,
        /** The bundled estimate corrected for this workspace. */
        CORRECTED,
        /** clang's figure for the unit's current content. */
        MEASURED;

        /** The label shown beside the figure. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One unit's figures.
     *
     * @param estimatedAstBytes the bundled model's estimate
     * @param correctedAstBytes the estimate with this workspace's correction (the estimate when none applies)
     * @param measured          clang's figures for the unit as it is, or {@code null}
     * @param source            which of them is shown
     * @param mix               the unit's feature mix
     * @param beyondDomain      how the mix goes beyond what the bundled model was fitted on; empty when inside
     */
    public record Figure(String unit, long estimatedAstBytes, long correctedAstBytes, MeasuredUnit measured,
            Source source, FeatureMix mix, List<String> beyondDomain) {

        public Figure {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(source, "source");
            beyondDomain = List.copyOf(beyondDomain);
        }

        /** The figure shown: measured, corrected or estimated, as {@link #source} says. */
        public long shownAstBytes() {
            return switch (source) {
                case MEASURED -> measured.astBytes();
                case CORRECTED -> correctedAstBytes;
                case ESTIMATED -> estimatedAstBytes;
            };
        }

        /** Whether the unit is more instantiation-heavy than anything the bundled model was fitted on. */
        public boolean outsideDomain() {
            return !beyondDomain.isEmpty();
        }
    }

    private final Map<String, Figure> figures;
    private final WorkspaceCorrection correction;

    private UnitFigures(Map<String, Figure> figures, WorkspaceCorrection correction) {
        this.figures = figures;
        this.correction = correction;
    }

    /** No figures: a workspace without units, or one composed without measurements. */
    public static UnitFigures none() {
        return new UnitFigures(Map.of(), WorkspaceCorrection.fit(List.of()));
    }

    /**
     * The figures of every costed unit of {@code workspace}.
     *
     * @param measured clang's figures by unit name, only for units whose content they were measured on
     */
    public static UnitFigures of(Workspace workspace, FileIndex files, WorkspaceCosts costs, CostModel model,
            ModelDomain domain, Map<String, MeasuredUnit> measured) {
        Map<String, FeatureMix> mixes = new LinkedHashMap<>();
        List<CorrectionSample> samples = new ArrayList<>();
        for (TranslationUnit unit : workspace.units()) {
            Optional<WorkspaceCosts.UnitCost> cost = costs.unit(unit.name());
            if (cost.isEmpty()) {
                continue;
            }
            List<SourceFile> inUnit = new ArrayList<>();
            unit.files().forEach(f -> files.file(f.path()).ifPresent(inUnit::add));
            FeatureMix mix = model instanceof LinearCostModel linear
                    ? FeatureMix.of(linear, CostFeature.sum(inUnit)) : FeatureMix.unweighed(CostFeature.sum(inUnit));
            mixes.put(unit.name(), mix);
            MeasuredUnit m = measured.get(unit.name());
            if (m != null && m.astBytes() > 0 && cost.get().astBytes() > 0) {
                samples.add(new CorrectionSample(unit.name(), cost.get().astBytes(), m.astBytes(),
                        mix.expressionsPerDeclaration()));
            }
        }
        WorkspaceCorrection correction = WorkspaceCorrection.fit(samples);
        Map<String, Figure> out = new LinkedHashMap<>();
        mixes.forEach((name, mix) -> {
            long estimate = costs.unit(name).orElseThrow().astBytes();
            MeasuredUnit m = measured.get(name);
            Source source = m != null ? Source.MEASURED : correction.applies() ? Source.CORRECTED : Source.ESTIMATED;
            List<String> beyond = model instanceof LinearCostModel ? domain.beyond(mix) : List.of();
            out.put(name, new Figure(name, estimate, correction.corrected(estimate, mix.expressionsPerDeclaration()), m,
                    source, mix, beyond));
        });
        return new UnitFigures(java.util.Collections.unmodifiableMap(out), correction);
    }

    /** The figures of every costed unit, in the workspace's order. */
    public List<Figure> figures() {
        return List.copyOf(figures.values());
    }

    /** The figure of the unit named {@code name}. */
    public Optional<Figure> unit(String name) {
        return Optional.ofNullable(figures.get(name));
    }

    /** This workspace's correction, fitted to its measured units (it may not apply). */
    public WorkspaceCorrection correction() {
        return correction;
    }

    /** Units beyond the bundled model's domain that clang has not measured: the ones whose figures to doubt. */
    public List<Figure> unmeasuredOutsideDomain() {
        return figures.values().stream().filter(f -> f.outsideDomain() && f.source() != Source.MEASURED).toList();
    }

    /**
     * The warning to show before anyone trusts the figures, or empty: "3 units are more template-heavy than anything
     * the model was fitted on; measure them with clang: headroom analyze --measure-with-clang".
     */
    public Optional<String> domainWarning() {
        List<Figure> outside = unmeasuredOutsideDomain();
        if (outside.isEmpty()) {
            return Optional.empty();
        }
        String which = outside.size() == 1 ? "1 unit is" : outside.size() + " units are";
        return Optional.of(which + " more template-heavy than anything the model was fitted on; measure "
                + (outside.size() == 1 ? "it" : "them") + " with clang: headroom analyze --measure-with-clang");
    }
}
