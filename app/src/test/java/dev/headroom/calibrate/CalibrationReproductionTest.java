// SPDX-License-Identifier: Apache-2.0
package dev.headroom.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.headroom.analysis.cost.CalibrationRow;
import dev.headroom.analysis.cost.CostModels;
import dev.headroom.analysis.cost.LinearCostModel;
import dev.headroom.analysis.cost.Spearman;
import dev.headroom.ingest.AnalysisOptions;
import dev.headroom.measure.ClangException;
import dev.headroom.measure.ClangStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Re-runs five held-out units of the default corpus (libc, libstdc++, Dear ImGui, the sample's engine header and a
 * stress header) through Headroom and clang and checks the bundled model still says what its table records.
 * Skips where clang or the headers are missing; fails instead under CI (CI=true).
 */
class CalibrationReproductionTest {
    private static final List<String> UNITS = List.of("<string.h>", "<set>", "<imgui_internal.h>",
            "\"vulkan/sdf_engine.hpp\"", "\"stress/inline_bodies_large.h\"");

    private static Calibrator.Measurements measured;
    private static LinearCostModel model;

    @BeforeAll
    static void measureOnce() throws Exception {
        require("/usr/bin/clang++", "/usr/bin/time", "/usr/include/vulkan/vulkan.h", "/usr/include/imgui/imgui.h",
                "/usr/include/imgui/backends/imgui_impl_vulkan.h");
        Path repo = Path.of("..").toAbsolutePath().normalize();
        ClangStats clang;
        try {
            clang = ClangStats.locate();
        } catch (ClangException e) {
            require(e.getMessage());
            return;
        }
        model = CostModels.bundled();
        assumeTrue(clang.version().equals(model.calibration().clangVersion()) || ci(),
                "the model was fitted to clang " + model.calibration().clangVersion() + ", this is " + clang.version());
        CalibrationCorpus corpus = CalibrationCorpus.named("default").only(UNITS);
        measured = new Calibrator(clang, repo, AnalysisOptions.defaultCacheDir()).measure(corpus, line -> { },
                () -> false);
    }

    private static boolean ci() {
        return ClangRequirement.ci();
    }

    private static void require(String... paths) {
        ClangRequirement.require("clang time libvulkan-dev libimgui-dev", paths);
    }

    private static Map<String, CalibrationRow> recorded() {
        return model.report().rows().stream().collect(Collectors.toMap(CalibrationRow::unit, Function.identity()));
    }

    @Test
    void chosenUnitsAreHeldOutInTheBundledModel() {
        UNITS.forEach(u -> assertTrue(recorded().get(u).heldOut(), u + " is not a held-out unit"));
    }

    @Test
    void clangStillMeasuresTheRecordedAstBytes() {
        for (Calibrator.MeasuredUnit u : measured.units()) {
            long now = u.clang().stats().astContextBytesUsed();
            long then = recorded().get(u.unit().name()).clangAstBytes();
            assertEquals(then, now, then * 0.005, u.unit().name() + ": clang's ASTContext bytes moved");
        }
    }

    @Test
    void headroomStillGivesTheRecordedEstimates() {
        for (Calibrator.MeasuredUnit u : measured.units()) {
            long now = model.unitAstBytes(u.files());
            long then = recorded().get(u.unit().name()).estimatedAstBytes();
            assertEquals(then, now, then * 0.01, u.unit().name() + ": the estimate moved");
            long peakThen = recorded().get(u.unit().name()).estimatedPeakBytes();
            assertEquals(peakThen, model.unitPeakBytes(u.files()), peakThen * 0.01, u.unit().name() + ": peak");
        }
    }

    @Test
    void estimatesRankAndMatchClangAsRecorded() {
        double[] est = measured.units().stream().mapToDouble(u -> model.unitAstBytes(u.files())).toArray();
        double[] clang = measured.units().stream().mapToDouble(u -> u.clang().stats().astContextBytesUsed()).toArray();
        assertTrue(Spearman.correlation(est, clang) >= 0.9, "estimates no longer rank these units as clang does");
        for (int i = 0; i < est.length; i++) {
            CalibrationRow row = recorded().get(measured.units().get(i).unit().name());
            double err = 100 * Math.abs(est[i] - clang[i]) / clang[i];
            assertTrue(err <= Math.abs(row.astErrorPct()) + 2, row.unit() + ": error " + err + "% vs recorded "
                    + row.astErrorPct() + "%");
        }
    }
}
