// SPDX-License-Identifier: Apache-2.0
/**
 * Measuring what clang really spends on a translation unit: runs {@code clang++ -fsyntax-only -Xclang
 * -print-stats} under GNU time and returns clang's own statistics as immutable records. Used to calibrate the
 * cost model; nothing here knows about CDT or Headroom's model.
 */
package dev.headroom.measure;
