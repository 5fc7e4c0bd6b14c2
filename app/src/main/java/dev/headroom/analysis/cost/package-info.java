// SPDX-License-Identifier: Apache-2.0
/** The cost model: per-file features, the linear model fitted to clang, its fit and how well it predicts. */
package dev.headroom.analysis.cost;
