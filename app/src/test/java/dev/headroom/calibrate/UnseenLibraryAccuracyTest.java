// SPDX-License-Identifier: Apache-2.0
package dev.headroom.calibrate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.headroom.analysis.cost.CostModels;
import dev.headroom.analysis.cost.LinearCostModel;
import dev.headroom.ingest.AnalysisOptions;
import dev.headroom.measure.ClangException;
import dev.headroom.measure.ClangStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled model on units of libraries it was never fitted to (every unit of their library is held out), against
 * clang measured now: a JSON library, a SIMD template library, and the game-engine sample whose asset header compiles
 * a single-header library's implementation that reads JSON. That last one is the known miss (clang instantiates
 * what no count of the written code sees, docs/cost-model.md); it is held to a lower bound and to its rank. Skips
 * where clang or the headers are missing; fails instead under CI (CI=true).
 */
class UnseenLibraryAccuracyTest {
    private static final String ENGINE_ASSETS = "\"engine/assets.h\"";
    private static final String SCENE_LOADER = "\"engine/scene_loader.h\"";
    private static final List<String> WITHIN_TOLERANCE = List.of("<jsoncpp/json/json.h>", "<xsimd/xsimd.hpp>",
            SCENE_LOADER);
    private static final List<String> UNITS = List.of("<jsoncpp/json/json.h>", "<xsimd/xsimd.hpp>", ENGINE_ASSETS,
            SCENE_LOADER);
    private static final double TOLERANCE_PCT = 35;

    private static Calibrator.Measurements measured;
    private static LinearCostModel model;

    @BeforeAll
    static void measureOnce() throws Exception {
        require("/usr/bin/clang++", "/usr/bin/time", "/usr/include/nlohmann/json.hpp",
                "/usr/include/jsoncpp/json/json.h", "/usr/include/xsimd/xsimd.hpp");
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
        Path repo = Path.of("..").toAbsolutePath().normalize();
        measured = new Calibrator(clang, repo, AnalysisOptions.defaultCacheDir())
                .measure(CalibrationCorpus.named("default").only(UNITS), line -> { }, () -> false);
    }

    private static boolean ci() {
        return ClangRequirement.ci();
    }

    private static void require(String... paths) {
        ClangRequirement.require("clang time nlohmann-json3-dev libjsoncpp-dev libxsimd-dev", paths);
    }

    @Test
    void theBundledModelWasFittedToNoUnitOfTheseLibraries() {
        CalibrationCorpus corpus = CalibrationCorpus.named("default");
        Set<String> libraries = corpus.only(UNITS).units().stream().map(CalibrationCorpus.Unit::library)
                .collect(Collectors.toSet());
        corpus.units().stream().filter(u -> libraries.contains(u.library()))
                .forEach(u -> assertTrue(u.heldOut(), u.name() + " of " + u.library() + " is a fitting unit"));
    }

    private static Calibrator.MeasuredUnit unit(String name) {
        return measured.units().stream().filter(u -> u.unit().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void estimatesOfUnseenLibrariesAreWithin35PercentOfClang() {
        for (String name : WITHIN_TOLERANCE) {
            Calibrator.MeasuredUnit u = unit(name);
            long clang = u.clang().stats().astContextBytesUsed();
            long estimate = model.unitAstBytes(u.files());
            double err = 100.0 * (estimate - clang) / clang;
            assertTrue(Math.abs(err) <= TOLERANCE_PCT, String.format("%s: estimate %,d vs clang %,d (%.1f%%)",
                    u.unit().name(), estimate, clang, err));
        }
    }

    @Test
    void theEngineHeaderCompilingAJsonReaderRanksAboveTheLoaderAndIsAtLeastALowerBound() {
        Calibrator.MeasuredUnit assets = unit(ENGINE_ASSETS);
        long clang = assets.clang().stats().astContextBytesUsed();
        long estimate = model.unitAstBytes(assets.files());
        assertTrue(estimate > model.unitAstBytes(unit(SCENE_LOADER).files()),
                "the header that compiles the implementation must cost more than the loader's declarations");
        // measured 2026-12-01: 42% of clang (it was 35% before the template-use features); see docs/cost-model.md
        assertTrue(estimate >= 0.38 * clang, String.format("estimate %,d is below 38%% of clang's %,d", estimate,
                clang));
    }
}
