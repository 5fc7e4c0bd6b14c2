// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What kind of code a unit is, as ratios of its summed {@link CostFeature}s. How much of the bundled estimate stands
 * for template instantiation, and how many template-ids it writes per declaration, grow with the
 * instantiation-heavy code the bundled model under-estimates most (decision 0014): they say whether a unit lies
 * inside what the model was fitted on ({@link ModelDomain}). Expressions per declaration is what a workspace
 * correction leans on (decision 0019): code dense in expressions under templates is what clang instantiates and the
 * bundled model under-weighs.
 *
 * @param instantiationShare        share (0..1) of the estimate above the intercept that comes from the features
 *                                  standing for instantiations: template declarations and every template-use count
 * @param templateIdsPerDeclaration template-ids written per declaration node
 * @param expressionsPerDeclaration expression nodes per declaration node
 */
public record FeatureMix(double instantiationShare, double templateIdsPerDeclaration,
        double expressionsPerDeclaration) {

    /** The features that stand in for what clang instantiates rather than what the source spells. */
    static final Set<CostFeature> INSTANTIATION = EnumSet.of(CostFeature.TEMPLATES,
            CostFeature.TEMPLATE_PARAMETER_NODES, CostFeature.TEMPLATE_IDS, CostFeature.DISTINCT_TEMPLATE_IDS,
            CostFeature.CONCRETE_TEMPLATE_IDS, CostFeature.NESTED_TEMPLATE_IDS, CostFeature.CONCRETE_BODY_CALLS,
            CostFeature.TEMPLATE_BODY_CALLS, CostFeature.DISTINCT_CONCRETE_TEMPLATE_IDS,
            CostFeature.CONCRETE_MEMBER_CALLS, CostFeature.CONCRETE_BODY_TEMPLATE_IDS);

    /** The mix of a unit whose summed features are {@code features} (indexed by {@link CostFeature#ordinal()}). */
    public static FeatureMix of(LinearCostModel model, double[] features) {
        double all = 0;
        double instantiation = 0;
        for (Map.Entry<CostFeature, Double> e : model.astCoefficients().entrySet()) {
            double part = e.getValue() * features[e.getKey().ordinal()];
            all += part;
            if (INSTANTIATION.contains(e.getKey())) {
                instantiation += part;
            }
        }
        return new FeatureMix(all > 0 ? instantiation / all : 0, perDeclaration(features, CostFeature.TEMPLATE_IDS),
                perDeclaration(features, CostFeature.EXPRESSION_NODES));
    }

    /** The mix without a linear model to weigh the features by: no instantiation share. */
    public static FeatureMix unweighed(double[] features) {
        return new FeatureMix(0, perDeclaration(features, CostFeature.TEMPLATE_IDS),
                perDeclaration(features, CostFeature.EXPRESSION_NODES));
    }

    private static double perDeclaration(double[] features, CostFeature f) {
        double declarations = features[CostFeature.DECLARATION_NODES.ordinal()];
        return declarations > 0 ? features[f.ordinal()] / declarations : 0;
    }
}
