// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

/**
 * One jank module's share of the JIT budget before and after, in the seed's breakdown.
 *
 * @param namespace the module
 * @param presence  loaded in A, in B or in both
 * @param header    its header requires' peak-memory estimate
 * @param generated its generated code
 * @param codegen   codegen buffers
 * @param alone     what the JIT holds compiling it alone
 * @param atLoad    what the JIT holds when it loads, with what earlier modules kept
 */
public record ModuleLoadDelta(String namespace, Presence presence, SizeDelta header, SizeDelta generated,
        SizeDelta codegen, SizeDelta alone, SizeDelta atLoad) {
}
