// SPDX-License-Identifier: Apache-2.0
/**
 * What a workspace costs, composed from the families below it: the model-aware compositions the front ends show.
 *
 * <ul>
 *   <li>{@code graph}: generic include-graph algorithms (dominators, retained cost, cycles, chains, hubs), no model;</li>
 *   <li>{@code include}: the model's include edges as JGraphT graphs, and files looked up by path;</li>
 *   <li>{@code cost}: the cost model, its features, its fit and its calibration;</li>
 *   <li>{@code jit}: the JIT memory budget and its what-ifs;</li>
 *   <li>this package: {@link dev.headroom.analysis.WorkspaceCosts}, the per-unit cost trees
 *       ({@link dev.headroom.analysis.UnitCosts}) sized by a {@link dev.headroom.analysis.SizeMetric}, and the
 *       ranked {@link dev.headroom.analysis.HeaderReport}.</li>
 * </ul>
 */
package dev.headroom.analysis;
