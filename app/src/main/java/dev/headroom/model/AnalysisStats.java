// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

/**
 * How an analysis went.
 *
 * @param wallMillis   wall-clock time of the whole analysis
 * @param threads      parser threads used
 * @param unitsParsed  units parsed now
 * @param unitsShared  units whose parse was shared with an identical unit in the same run
 * @param unitsCached  units taken from the persistent cache
 */
public record AnalysisStats(long wallMillis, int threads, int unitsParsed, int unitsShared, int unitsCached) {
}
