// SPDX-License-Identifier: Apache-2.0
/** The model's include edges as JGraphT graphs (per unit, merged), and files looked up by path. */
package dev.headroom.analysis.include;
