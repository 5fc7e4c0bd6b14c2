// SPDX-License-Identifier: Apache-2.0
/**
 * Measured compile times, read from clang's own reports, to set beside Headroom's AST estimates.
 *
 * <p>{@link dev.headroom.measure.TimeTraceImport} reads the JSON that {@code clang -ftime-trace} writes and returns
 * an immutable {@link dev.headroom.measure.TimeTrace}: per header, the inclusive and self parse time and how often
 * it was entered, plus the unit's frontend and total time. {@link dev.headroom.measure.TimeTraceRunner} runs clang
 * on one unit to produce such a trace. Every failure is a {@link dev.headroom.measure.TimeTraceException} whose
 * message names the file and, where known, the line and column.
 */
package dev.headroom.measure;
