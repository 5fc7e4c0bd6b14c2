// SPDX-License-Identifier: Apache-2.0
/** The jank JIT's memory along the module load order, its constants and the PCH, ahead-of-time and lazy what-ifs. */
package dev.headroom.analysis.jit;
