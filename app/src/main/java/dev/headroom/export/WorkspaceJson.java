// SPDX-License-Identifier: Apache-2.0
package dev.headroom.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.headroom.analysis.UnitFigures;
import dev.headroom.analysis.WorkspaceCosts;
import dev.headroom.analysis.cost.WorkspaceCorrection;
import dev.headroom.analysis.jit.JitSettings;
import dev.headroom.files.AtomicFiles;
import dev.headroom.model.Measurements;
import dev.headroom.model.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** The workspace model as JSON, in the shape docs/json-schema.md describes. */
public final class WorkspaceJson {
    /** Bumped when a field is removed or changes meaning; adding a field does not bump it. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private WorkspaceJson() {
    }

    /**
     * Writes the model with the cost model's estimates beside the facts (every unit {@code estimatedAstBytes} and
     * {@code estimatedPeakBytes}, every file {@code estimatedSelfBytes} and {@code estimatedInclusiveBytes}, every
     * file of a unit {@code retainedBytes}), measured values where clang ran, and the JIT model's constants with
     * their sources, so that a compare of two saved analyses shows each module's budget as the project set it.
     */
    public static void write(Workspace workspace, WorkspaceCosts costs, Measurements measured, JitSettings jit,
            OutputStream out) throws IOException {
        write(workspace, costs, measured, jit, UnitFigures.none(), out);
    }

    /**
     * As above, with every unit's figure labelled ({@code figureSource}: estimated, corrected or measured; a
     * {@code correctedAstBytes} where this workspace's correction applies; {@code beyondModelDomain} where the unit's
     * feature mix lies beyond the bundled model's fit) and the document's {@code correction}.
     */
    public static void write(Workspace workspace, WorkspaceCosts costs, Measurements measured, JitSettings jit,
            UnitFigures figures, OutputStream out) throws IOException {
        ObjectNode document = MAPPER.valueToTree(new Document(SCHEMA_VERSION, "headroom", jit, workspace));
        ObjectNode ws = (ObjectNode) document.get("workspace");
        annotate(ws, costs);
        annotate(ws, measured);
        annotate(document, ws, figures);
        // Buffered, and not closed: the caller owns the stream (FilterOutputStream would write byte by byte).
        java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
        MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(buffered, document);
        buffered.flush();
    }

    /** As above, atomically: an interrupted run leaves the previous file in place. */
    public static void write(Workspace workspace, WorkspaceCosts costs, Measurements measured, JitSettings jit,
            Path file) throws IOException {
        AtomicFiles.write(file, out -> write(workspace, costs, measured, jit, out));
    }

    /** As above, with the figures labelled, atomically. */
    public static void write(Workspace workspace, WorkspaceCosts costs, Measurements measured, JitSettings jit,
            UnitFigures figures, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(workspace, costs, measured, jit, figures, out));
    }

    private static void annotate(ObjectNode document, ObjectNode workspace, UnitFigures figures) {
        for (JsonNode unit : workspace.get("units")) {
            figures.unit(unit.get("name").asText()).ifPresent(f -> {
                ObjectNode u = (ObjectNode) unit;
                u.put("figureSource", f.source().label());
                ObjectNode mix = u.putObject("featureMix");
                mix.put("instantiationShare", Math.round(f.mix().instantiationShare() * 10_000) / 10_000.0);
                mix.put("templateIdsPerDeclaration", Math.round(f.mix().templateIdsPerDeclaration() * 1000) / 1000.0);
                mix.put("expressionsPerDeclaration", Math.round(f.mix().expressionsPerDeclaration() * 1000) / 1000.0);
                if (figures.correction().applies()) {
                    u.put("correctedAstBytes", f.correctedAstBytes());
                }
                if (f.outsideDomain()) {
                    var beyond = u.putArray("beyondModelDomain");
                    f.beyondDomain().forEach(beyond::add);
                }
            });
        }
        WorkspaceCorrection c = figures.correction();
        ObjectNode correction = document.putObject("correction");
        correction.put("measuredUnits", c.samples().size());
        correction.put("minimumUnits", WorkspaceCorrection.MINIMUM_UNITS);
        correction.put("applies", c.applies());
        correction.put("form", c.form().name());
        // factor = exp(a + b × expressionsPerDeclaration), as fitted (also when it does not apply)
        correction.put("logFactorIntercept", c.samples().isEmpty() ? null : c.a());
        correction.put("logFactorSlope", c.samples().isEmpty() ? null : c.b());
        correction.put("errorBeforePct", Double.isNaN(c.beforePct()) ? null : round1(c.beforePct()));
        correction.put("errorAfterLeaveOneOutPct", Double.isNaN(c.afterPct()) ? null : round1(c.afterPct()));
        correction.put("summary", c.summary());
        correction.put("domainWarning", figures.domainWarning().orElse(null));
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static void annotate(ObjectNode workspace, Measurements measured) {
        for (JsonNode file : workspace.get("files")) {
            var time = measured.headers().get(file.get("path").asText());
            if (time != null) {
                ((ObjectNode) file).put("measuredSelfMicros", time.selfMicros());
                ((ObjectNode) file).put("measuredInclusiveMicros", time.inclusiveMicros());
            }
        }
        for (JsonNode unit : workspace.get("units")) {
            var m = measured.units().get(unit.get("name").asText());
            if (m != null) {
                ((ObjectNode) unit).put("measuredAstBytes", m.astBytes());
                if (m.peakBytes() >= 0) {
                    ((ObjectNode) unit).put("measuredPeakBytes", m.peakBytes());
                }
                ((ObjectNode) unit).put("measuredMillis", m.millis());
            }
        }
    }

    private static void annotate(ObjectNode workspace, WorkspaceCosts costs) {
        for (JsonNode file : workspace.get("files")) {
            String path = file.get("path").asText();
            ((ObjectNode) file).put("estimatedSelfBytes", costs.self(path));
            ((ObjectNode) file).put("estimatedInclusiveBytes", costs.inclusive(path));
        }
        for (JsonNode unit : workspace.get("units")) {
            costs.unit(unit.get("name").asText()).ifPresent(c -> {
                ((ObjectNode) unit).put("estimatedAstBytes", c.astBytes());
                ((ObjectNode) unit).put("estimatedPeakBytes", c.peakBytes());
                for (JsonNode f : unit.get("files")) {
                    ((ObjectNode) f).put("retainedBytes", c.retained(f.get("path").asText()));
                }
            });
        }
    }

    public static Workspace read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), Document.class).workspace();
    }

    /** The whole document, with its schema version, so a reader can refuse a version it does not know. */
    public static Document readDocument(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), Document.class);
    }

    /**
     * The top-level object: a version so scripts can tell what they read.
     *
     * @param jit the JIT constants the analysis used; {@code null} in files written before they were saved
     */
    public record Document(int schemaVersion, String generator, JitSettings jit, Workspace workspace) {
    }
}
