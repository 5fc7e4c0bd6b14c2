// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.headroom.files.NonClosingOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The feature mix the bundled model was fitted on: the largest {@link FeatureMix} ratios among the fitting units of
 * real libraries (the synthetic stress headers are extreme by construction and the model is wrong on them, so they
 * do not widen it). A unit more instantiation-heavy than all of them is outside what the fit has seen, and its
 * estimate is a guess to measure rather than trust. Kept beside the model as the resource {@value #RESOURCE}.
 *
 * @param units                        fitting units the ranges were taken from
 * @param maxInstantiationShare        largest instantiation share among them
 * @param maxTemplateIdsPerDeclaration largest template-ids per declaration among them
 */
public record ModelDomain(int units, double maxInstantiationShare, double maxTemplateIdsPerDeclaration) {
    /** Where the bundled model's domain lives on the class path. */
    public static final String RESOURCE = "/dev/headroom/analysis/model-domain.json";
    private static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The domain of the mixes of {@code fittingUnits} (at least one). */
    public static ModelDomain of(List<FeatureMix> fittingUnits) {
        if (fittingUnits.isEmpty()) {
            throw new IllegalArgumentException("a domain needs at least one fitting unit");
        }
        return new ModelDomain(fittingUnits.size(),
                fittingUnits.stream().mapToDouble(FeatureMix::instantiationShare).max().orElseThrow(),
                fittingUnits.stream().mapToDouble(FeatureMix::templateIdsPerDeclaration).max().orElseThrow());
    }

    /** The domain of the bundled model. */
    public static ModelDomain bundled() {
        return Bundled.DOMAIN;
    }

    /** Read once, when first asked for. */
    private static final class Bundled {
        static final ModelDomain DOMAIN = read();
    }

    private static ModelDomain read() {
        try (InputStream in = ModelDomain.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            JsonNode root = MAPPER.readTree(in);
            if (root.path("format").asInt(-1) != FORMAT) {
                throw new IOException(RESOURCE + ": format " + root.path("format") + " is not " + FORMAT);
            }
            return new ModelDomain(root.path("units").asInt(), root.path("maxInstantiationShare").asDouble(),
                    root.path("maxTemplateIdsPerDeclaration").asDouble());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Writes the domain as the resource {@link #bundled} reads. */
    public void write(OutputStream out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("basis", "largest feature mix among the cost model's fitting units of real libraries"
                + " (synthetic stress headers left out)");
        root.put("units", units);
        root.put("maxInstantiationShare", maxInstantiationShare);
        root.put("maxTemplateIdsPerDeclaration", maxTemplateIdsPerDeclaration);
        MAPPER.writeValue(new NonClosingOutputStream(out), root);
    }

    /** How {@code mix} goes beyond this domain, one phrase per ratio; empty when it lies inside. */
    public List<String> beyond(FeatureMix mix) {
        List<String> out = new ArrayList<>();
        if (mix.instantiationShare() > maxInstantiationShare) {
            out.add(String.format(Locale.ROOT, "%.1f%% of its estimate is for template instantiation (fitted up to %.1f%%)",
                    100 * mix.instantiationShare(), 100 * maxInstantiationShare));
        }
        if (mix.templateIdsPerDeclaration() > maxTemplateIdsPerDeclaration) {
            out.add(String.format(Locale.ROOT, "%.2f template-ids per declaration (fitted up to %.2f)",
                    mix.templateIdsPerDeclaration(), maxTemplateIdsPerDeclaration));
        }
        return out;
    }
}
