// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.headroom.files.NonClosingOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes {@link LinearCostModel}s as the versioned JSON resource {@code cost-model.json}
 * (format version {@value #FORMAT}); {@link #bundled()} is the one fitted by {@code headroom calibrate} and
 * shipped in the jar.
 */
public final class CostModels {
    /** The resource's format version; readers reject others. */
    public static final int FORMAT = 1;
    /** Where the bundled model lives on the class path. */
    public static final String RESOURCE = "/dev/headroom/analysis/cost-model.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CostModels() {
    }

    /** The model fitted to clang and shipped with Headroom. */
    public static LinearCostModel bundled() {
        try (InputStream in = CostModels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a model written by {@link #write}. */
    public static LinearCostModel read(InputStream in) throws IOException {
        JsonNode root = MAPPER.readTree(in);
        int format = root.path("format").asInt(-1);
        if (format != FORMAT) {
            throw new IOException("cost model format " + format + " is not " + FORMAT);
        }
        JsonNode cal = root.path("calibration");
        List<String> flags = new ArrayList<>();
        cal.path("flags").forEach(f -> flags.add(f.asText()));
        List<CalibrationRow> rows = new ArrayList<>();
        for (JsonNode r : root.path("units")) {
            rows.add(new CalibrationRow(r.path("unit").asText(), r.path("heldOut").asBoolean(),
                    r.path("clangAstBytes").asLong(), r.path("estimatedAstBytes").asLong(),
                    r.path("clangPeakAboveEmptyBytes").asLong(), r.path("estimatedPeakBytes").asLong()));
        }
        CostModelFit.Provenance provenance = new CostModelFit.Provenance(cal.path("clangVersion").asText(),
                cal.path("corpus").asText(), flags, cal.path("date").asText(), cal.path("machine").asText(),
                cal.path("emptyUnitAstBytes").asLong(), cal.path("emptyUnitPeakRssBytes").asLong());
        CalibrationReport report = CostModelFit.reportOf(provenance, rows);
        Calibration calibration = new Calibration(provenance.clangVersion(), provenance.corpus(),
                report.fitUnits().size(), report.astHeldOut().spearman(), report.astHeldOut().medianAbsErrorPct(),
                provenance.date());
        JsonNode ast = root.path("astContextBytes");
        JsonNode peak = root.path("peakRssAboveEmptyBytes");
        return new LinearCostModel(coefficients(ast.path("coefficients")), ast.path("intercept").asLong(),
                coefficients(peak.path("coefficients")), peak.path("intercept").asLong(), calibration, report);
    }

    /** Writes the model, its calibration and its whole per-unit table. */
    public static void write(LinearCostModel model, OutputStream out) throws IOException {
        CalibrationReport r = model.report();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("target", "clang -Xclang -print-stats: 'Bytes used' of the ASTContext allocator"
                + " (*** AST Context Stats:); peak RSS (GNU time %M) above an empty unit");
        ObjectNode cal = root.putObject("calibration");
        cal.put("clangVersion", r.clangVersion());
        cal.put("corpus", r.corpus());
        cal.put("date", r.date());
        cal.put("machine", r.machine());
        ArrayNode flags = cal.putArray("flags");
        r.flags().forEach(flags::add);
        cal.put("emptyUnitAstBytes", r.emptyUnitAstBytes());
        cal.put("emptyUnitPeakRssBytes", r.emptyUnitPeakRssBytes());
        quality(cal.putObject("astHeldOut"), r.astHeldOut());
        quality(cal.putObject("astInSample"), r.astInSample());
        quality(cal.putObject("peakHeldOut"), r.peakHeldOut());
        quality(cal.putObject("peakInSample"), r.peakInSample());
        ArrayNode fitList = cal.putArray("fitUnits");
        r.fitUnits().forEach(fitList::add);
        ArrayNode heldList = cal.putArray("heldOutUnits");
        r.heldOutUnits().forEach(heldList::add);
        coefficientsTo(root.putObject("astContextBytes"), model.astIntercept(), model.astCoefficients());
        coefficientsTo(root.putObject("peakRssAboveEmptyBytes"), model.peakIntercept(), model.peakCoefficients());
        ArrayNode units = root.putArray("units");
        for (CalibrationRow row : r.rows()) {
            ObjectNode u = units.addObject();
            u.put("unit", row.unit());
            u.put("heldOut", row.heldOut());
            u.put("clangAstBytes", row.clangAstBytes());
            u.put("estimatedAstBytes", row.estimatedAstBytes());
            u.put("astErrorPct", Math.round(row.astErrorPct() * 10) / 10.0);
            u.put("clangPeakAboveEmptyBytes", row.clangPeakAboveEmptyBytes());
            u.put("estimatedPeakBytes", row.estimatedPeakBytes());
            u.put("peakErrorPct", Double.isNaN(row.peakErrorPct()) ? null : Math.round(row.peakErrorPct() * 10) / 10.0);
        }
        MAPPER.writeValue(new NonClosingOutputStream(out), root);
    }

    private static void quality(ObjectNode node, FitQuality q) {
        node.put("units", q.units());
        node.put("spearman", Math.round(q.spearman() * 10_000) / 10_000.0);
        node.put("medianAbsErrorPct", Math.round(q.medianAbsErrorPct() * 100) / 100.0);
    }

    private static void coefficientsTo(ObjectNode node, long intercept, Map<CostFeature, Double> coefficients) {
        node.put("intercept", intercept);
        ObjectNode c = node.putObject("coefficients");
        coefficients.forEach((k, v) -> c.put(k.name(), v));
    }

    private static Map<CostFeature, Double> coefficients(JsonNode node) throws IOException {
        Map<CostFeature, Double> map = new EnumMap<>(CostFeature.class);
        for (var e : node.properties()) {
            try {
                map.put(CostFeature.valueOf(e.getKey()), e.getValue().asDouble());
            } catch (IllegalArgumentException unknown) {
                throw new IOException("unknown cost feature " + e.getKey(), unknown);
            }
        }
        return map;
    }

}
