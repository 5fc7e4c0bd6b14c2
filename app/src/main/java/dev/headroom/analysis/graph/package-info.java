// SPDX-License-Identifier: Apache-2.0
/**
 * Generic include-graph algorithms over JGraphT graphs.
 *
 * <p>Every analysis reads a directed {@link org.jgrapht.Graph} whose vertices are files and whose edges mean
 * "includes", and returns an immutable result that no longer refers to the graph. Vertex and edge types are left
 * generic so the analyses never depend on the file model (a test keeps it so). Costs are supplied as
 * {@link java.util.function.ToLongFunction}s (bytes, never negative).
 *
 * <p>Entry points: {@link dev.headroom.analysis.graph.DominatorTree}, {@link dev.headroom.analysis.graph.RetainedCost},
 * {@link dev.headroom.analysis.graph.IncludeCycles}, {@link dev.headroom.analysis.graph.IncludeChains},
 * {@link dev.headroom.analysis.graph.MultiRootReach} and {@link dev.headroom.analysis.graph.Hubs}.
 */
package dev.headroom.analysis.graph;
