// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

/**
 * An include directive one revision has and the other has not, in any unit.
 *
 * @param includer the including file's key ({@link RelativePaths})
 * @param spelled  the name as written, with delimiters
 * @param target   the resolved file's key, or {@code null} when it did not resolve
 */
public record IncludeChange(String includer, String spelled, String target) {
}
