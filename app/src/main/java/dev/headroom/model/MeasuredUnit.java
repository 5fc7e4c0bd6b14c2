// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

/**
 * What clang measured for one unit ({@code -fsyntax-only -Xclang -print-stats}).
 *
 * @param unit       the unit's name
 * @param astBytes   ASTContext bytes used, as {@code -print-stats} prints it
 * @param peakBytes  peak resident memory above an empty unit with the same flags
 * @param millis     wall time of the clang run
 */
public record MeasuredUnit(String unit, long astBytes, long peakBytes, long millis) {
}
