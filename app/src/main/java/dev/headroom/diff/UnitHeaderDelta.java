// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

/**
 * One header within one unit, before and after: a row of a unit's bloaty-style table.
 *
 * @param key      the header's key ({@link RelativePaths})
 * @param presence whether the unit enters it in A, in B or in both
 * @param self     its own estimated AST bytes in the unit (0 where the unit does not enter it)
 * @param retained what would leave the unit with it: the bytes only it brings in
 */
public record UnitHeaderDelta(String key, Presence presence, SizeDelta self, SizeDelta retained) {
}
