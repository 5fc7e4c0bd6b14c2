// SPDX-License-Identifier: Apache-2.0
/**
 * What clang really spends, measured by clang itself, to set beside Headroom's estimates.
 *
 * <p>{@link dev.headroom.measure.ClangStats} runs {@code clang++ -fsyntax-only -Xclang -print-stats} under GNU time
 * and returns clang's statistics and peak memory as immutable records; it calibrates the cost model.
 * {@link dev.headroom.measure.TimeTraceImport} reads the JSON that {@code clang -ftime-trace} writes: per header, the
 * inclusive and self parse time and how often it was entered, plus the unit's frontend and total time;
 * {@link dev.headroom.measure.TimeTraceRunner} runs clang on one unit to produce such a trace. Failures name the
 * file and, where known, the line.
 */
package dev.headroom.measure;
