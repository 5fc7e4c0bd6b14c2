// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.analysis.WorkspaceCosts;
import dev.headroom.analysis.cost.CostModels;
import dev.headroom.measure.ClangStats;
import dev.headroom.measure.HandMeasured;
import dev.headroom.measure.MeasureProgress;
import dev.headroom.measure.WhatIfMeasurement;
import dev.headroom.measure.WhatIfMeasurer;
import dev.headroom.model.IncludeEdge;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import dev.headroom.workspace.CompileOptions;
import dev.headroom.workspace.UnitSpec;
import dev.headroom.workspace.WorkspaceInputs;
import dev.headroom.workspace.WorkspaceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measured savings on the bundled sample: emptying the heaviest headers of the heaviest module saves in clang
 * exactly what compiling a copy of the sample with that header emptied saves.
 */
class ClangSavingsTest {
    private static final Path SAMPLE = Path.of("..", "samples", "vybe-sdf").toAbsolutePath().normalize();
    private static final String MODULE = "vybe.sdf.ui";

    @TempDir
    static Path tmp;

    static WorkspaceInputs inputs;
    static Workspace workspace;

    @BeforeAll
    static void analyse() throws Exception {
        HandMeasured.requireClangAndHeaders();
        inputs = WorkspaceLoader.load(List.of(SAMPLE), CompileOptions.empty());
        workspace = new WorkspaceAnalyzer(new AnalysisOptions(2, false, tmp.resolve("units"), true))
                .analyze(inputs, AnalysisListener.SILENT, () -> false);
    }

    @Test
    void emptyingTheUiModulesHeaviestProjectHeadersSavesWhatAHandEditedCopyOfTheSampleSaves() throws Exception {
        UnitSpec spec = inputs.units().stream().filter(u -> u.name().equals(MODULE)).findFirst().orElseThrow();
        TranslationUnit unit = workspace.units().stream().filter(u -> u.name().equals(MODULE)).findFirst().orElseThrow();
        List<Path> files = unit.files().stream().map(f -> Path.of(f.path())).toList();
        WorkspaceCosts.UnitCost estimate = WorkspaceCosts.of(workspace, CostModels.bundled()).unit(MODULE).orElseThrow();
        List<Path> heaviest = estimate.retainedByFile().entrySet().stream()
                .filter(e -> e.getKey().startsWith(SAMPLE.resolve("include").toString())
                        && (e.getKey().endsWith(".h") || e.getKey().endsWith(".hpp")))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(2).map(e -> Path.of(e.getKey())).toList();
        assertEquals(List.of(SAMPLE.resolve("include/vulkan/sdf_engine.hpp"), SAMPLE.resolve("include/vybe/vybe_sdf_math.h")),
                heaviest);
        String before = digest(heaviest.get(0));
        ClangSavings savings = new ClangSavings(new WhatIfMeasurer(ClangStats.locate(), tmp.resolve("whatif"), 2),
                tmp.resolve("whatif"));

        WhatIfMeasurement measured = savings.emptyingHeaders(spec, files, heaviest, MeasureProgress.SILENT, () -> false);

        String jankUnit = ParseSettings.synthesizedMain(spec.includes());
        long baselineByHand = byHand(spec, jankUnit, null);
        assertEquals(baselineByHand, measured.baseline().astBytes());
        for (int i = 0; i < heaviest.size(); i++) {
            long afterByHand = byHand(spec, jankUnit, SAMPLE.relativize(heaviest.get(i)));
            WhatIfMeasurement.Row row = measured.whatIfs().get(i);
            assertEquals(baselineByHand - afterByHand, row.savedAstBytes(), row.whatIf().label());
            assertTrue(row.savedAstBytes() > 0, row.whatIf().label());
            System.out.printf("%s: estimated retained %d, measured saving %d AST bytes, %d peak RSS bytes%n",
                    SAMPLE.relativize(heaviest.get(i)), estimate.retained(heaviest.get(i).toString()),
                    row.savedAstBytes(), row.savedPeakRssBytes());
        }
        assertEquals(before, digest(heaviest.get(0)), "the analysed tree is never written");
    }

    @Test
    void droppingAnIncludeOfTheJankTextOrOfAHeaderSavesWhatDeletingThatLineInACopySaves() throws Exception {
        UnitSpec spec = inputs.units().stream().filter(u -> u.name().equals(MODULE)).findFirst().orElseThrow();
        TranslationUnit unit = workspace.units().stream().filter(u -> u.name().equals(MODULE)).findFirst().orElseThrow();
        List<Path> files = unit.files().stream().map(f -> Path.of(f.path())).toList();
        IncludeEdge fromJank = unit.includes().stream().filter(e -> e.line() == 1
                && e.includer().equals(unit.files().get(0).path())).findFirst().orElseThrow();
        IncludeEdge cmath = unit.includes().stream().filter(e -> e.includer().endsWith("vybe/vybe_sdf_math.h")
                && e.spelled().equals("<cmath>")).findFirst().orElseThrow();
        ClangSavings savings = new ClangSavings(new WhatIfMeasurer(ClangStats.locate(), tmp.resolve("edges"), 2),
                tmp.resolve("edges"));

        WhatIfMeasurement measured = savings.droppingIncludes(spec, files, List.of(fromJank, cmath),
                MeasureProgress.SILENT, () -> false);

        String jankUnit = ParseSettings.synthesizedMain(spec.includes());
        long baseline = byHand(spec, jankUnit, null);
        String withoutFirst = jankUnit.substring(jankUnit.indexOf('\n') + 1);
        assertEquals(baseline - byHand(spec, "\n" + withoutFirst, null), measured.whatIfs().get(0).savedAstBytes());
        Path math = SAMPLE.relativize(Path.of(cmath.includer()));
        long withoutCmath = byHand(spec, jankUnit, null, math, cmath.line());
        assertEquals(baseline - withoutCmath, measured.whatIfs().get(1).savedAstBytes());
        assertTrue(measured.whatIfs().get(1).savedAstBytes() > 1_000_000, "<cmath> is megabytes of AST");
    }

    /** clang on a copy of the sample with {@code emptied} (relative to the sample) made empty, flags moved along. */
    private static long byHand(UnitSpec spec, String jankUnit, Path emptied) throws Exception {
        return byHand(spec, jankUnit, emptied, null, 0);
    }

    /** As above, and line {@code line} of {@code lineIn} (relative to the sample) deleted in the copy. */
    private static long byHand(UnitSpec spec, String jankUnit, Path emptied, Path lineIn, int line) throws Exception {
        Path copy = Files.createTempDirectory(tmp, "sample-copy");
        HandMeasured.copyTree(SAMPLE, copy);
        if (emptied != null) {
            Files.writeString(copy.resolve(emptied.toString()), "");
        }
        if (lineIn != null) {
            List<String> lines = new java.util.ArrayList<>(Files.readAllLines(copy.resolve(lineIn.toString())));
            lines.set(line - 1, "");
            Files.write(copy.resolve(lineIn.toString()), lines);
        }
        Path unit = Files.writeString(copy.resolve("unit.cpp"), jankUnit);
        List<String> flags = ClangMeasurer.flagsFor(spec).stream()
                .map(f -> f.replace(SAMPLE.toString(), copy.toString())).toList();
        return HandMeasured.astBytes(unit, flags);
    }

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
