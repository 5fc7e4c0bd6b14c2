// SPDX-License-Identifier: Apache-2.0
/**
 * Calibrating the cost model: runs a fixed corpus of single-header units through Headroom (ingest) and clang
 * (measure), fits {@link dev.headroom.analysis.cost.LinearCostModel} and reports how well it predicts held-out units.
 * A developer's tool (see {@code docs/cost-model.md}), not part of an analysis.
 */
package dev.headroom.calibrate;
