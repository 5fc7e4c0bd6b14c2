// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.model.AstNodeKind;
import dev.headroom.model.DeclarationKind;
import dev.headroom.model.Origin;
import dev.headroom.model.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled cost model: it loads, its recorded figures agree with its own table, and it adds up. */
class LinearCostModelTest {

    private static SourceFile file(String path, int names, int expressions, int classes, int templates, long bytes) {
        return new SourceFile(path, Origin.PROJECT, bytes, 10, 10, 1,
                Map.of(DeclarationKind.STRUCT, classes, DeclarationKind.TEMPLATE_CLASS, templates),
                Map.of(AstNodeKind.NAME, names, AstNodeKind.EXPRESSION, expressions), dev.headroom.model.TemplateUse.NONE);
    }

    @Test
    void bundledModelLoadsWithClang14ProvenanceAndBothSets() {
        LinearCostModel model = CostModels.bundled();
        Calibration c = model.calibration();
        assertTrue(c.clangVersion().startsWith("14."), c.clangVersion());
        assertEquals("default", c.corpus());
        assertEquals(model.report().fitUnits().size(), c.units());
        assertTrue(model.report().heldOutUnits().size() >= 10);
        assertTrue(model.report().fitUnits().stream().noneMatch(model.report().heldOutUnits()::contains),
                "a unit is both fitted and held out");
        assertTrue(model.astIntercept() > 0, "the empty unit's builtins cost something");
    }

    @Test
    void recordedQualityFiguresAreThoseOfTheRecordedTable() throws Exception {
        JsonNode json;
        try (InputStream in = CostModels.class.getResourceAsStream(CostModels.RESOURCE)) {
            json = new ObjectMapper().readTree(in);
        }
        CalibrationReport report = CostModels.bundled().report();
        JsonNode held = json.path("calibration").path("astHeldOut");
        assertEquals(held.path("spearman").asDouble(), report.astHeldOut().spearman(), 1e-4);
        assertEquals(held.path("medianAbsErrorPct").asDouble(), report.astHeldOut().medianAbsErrorPct(), 0.01);
        JsonNode in = json.path("calibration").path("astInSample");
        assertEquals(in.path("medianAbsErrorPct").asDouble(), report.astInSample().medianAbsErrorPct(), 0.01);
        JsonNode peak = json.path("calibration").path("peakHeldOut");
        assertEquals(peak.path("spearman").asDouble(), report.peakHeldOut().spearman(), 1e-4);
        assertEquals(json.path("units").size(), report.rows().size());
    }

    @Test
    void unitEstimateIsInterceptPlusEachFilesSelfBytes() {
        LinearCostModel model = CostModels.bundled();
        SourceFile a = file("/a.h", 1000, 500, 10, 4, 20_000);
        SourceFile b = file("/b.h", 30, 0, 0, 0, 300);
        double byHand = 0;
        for (var e : model.astCoefficients().entrySet()) {
            byHand += e.getValue() * e.getKey().of(a);
        }
        assertEquals(Math.round(byHand), model.selfBytes(a));
        assertEquals(model.astIntercept() + model.selfBytes(a) + model.selfBytes(b), model.unitAstBytes(List.of(a, b)));
        assertEquals(model.peakIntercept() + model.selfPeakBytes(a) + model.selfPeakBytes(b),
                model.unitPeakBytes(List.of(a, b)));
    }

    @Test
    void writingAndReadingBackKeepsCoefficientsAndTable() throws Exception {
        LinearCostModel model = CostModels.bundled();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CostModels.write(model, out);
        LinearCostModel back = CostModels.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(model.astCoefficients(), back.astCoefficients());
        assertEquals(model.peakCoefficients(), back.peakCoefficients());
        assertEquals(model.report().rows(), back.report().rows());
        assertEquals(model.calibration(), back.calibration());
    }

    @Test
    void negativeCoefficientIsRejected() {
        LinearCostModel model = CostModels.bundled();
        Map<CostFeature, Double> bad = new EnumMap<>(model.astCoefficients());
        bad.put(CostFeature.NAME_NODES, -1.0);
        assertThrows(IllegalArgumentException.class, () -> new LinearCostModel(bad, model.astIntercept(),
                model.peakCoefficients(), model.peakIntercept(), model.calibration(), model.report()));
    }

    @Test
    void featuresOfAFileAreReadFromItsCounts() {
        SourceFile a = file("/a.h", 7, 5, 3, 2, 99);
        assertEquals(7, CostFeature.NAME_NODES.of(a));
        assertEquals(5, CostFeature.EXPRESSION_NODES.of(a));
        assertEquals(3, CostFeature.CLASSES.of(a));
        assertEquals(2, CostFeature.TEMPLATES.of(a));
        assertEquals(99, CostFeature.SOURCE_BYTES.of(a));
        assertFalse(CostFeature.OTHER_NODES.of(a) > 0);
    }
}
