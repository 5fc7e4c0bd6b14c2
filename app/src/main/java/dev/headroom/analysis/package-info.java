// SPDX-License-Identifier: Apache-2.0
/**
 * Include-graph analyses over JGraphT graphs.
 *
 * <p>Every analysis reads a directed {@link org.jgrapht.Graph} whose vertices are files and whose edges mean
 * "includes", and returns an immutable result that no longer refers to the graph. Vertex and edge types are left
 * generic so the analyses do not depend on the file model. Costs are supplied as
 * {@link java.util.function.ToLongFunction}s (bytes, never negative).
 *
 * <p>Entry points: {@link dev.headroom.analysis.DominatorTree}, {@link dev.headroom.analysis.RetainedCost},
 * {@link dev.headroom.analysis.IncludeCycles}, {@link dev.headroom.analysis.IncludeChains},
 * {@link dev.headroom.analysis.MultiRootReach} and {@link dev.headroom.analysis.Hubs}.
 */
package dev.headroom.analysis;
