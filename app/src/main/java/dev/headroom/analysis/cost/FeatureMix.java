// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What kind of code a unit is, as two ratios of its summed {@link CostFeature}s: how much of the bundled estimate
 * stands for template instantiation, and how many template-ids it writes per declaration. Both grow with the
 * instantiation-heavy code the bundled model under-estimates most (decision 0014), so they say whether a unit lies
 * inside what the model was fitted on ({@link ModelDomain}) and let a workspace correction lean on the first.
 *
 * @param instantiationShare        share (0..1) of the estimate above the intercept that comes from the features
 *                                  standing for instantiations: template declarations and every template-use count
 * @param templateIdsPerDeclaration template-ids written per declaration node
 */
public record FeatureMix(double instantiationShare, double templateIdsPerDeclaration) {

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
        double declarations = features[CostFeature.DECLARATION_NODES.ordinal()];
        return new FeatureMix(all > 0 ? instantiation / all : 0,
                declarations > 0 ? features[CostFeature.TEMPLATE_IDS.ordinal()] / declarations : 0);
    }
}
