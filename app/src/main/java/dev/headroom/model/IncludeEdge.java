// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

/**
 * One include directive of one unit.
 *
 * @param includer file holding the directive
 * @param line     1-based line of the directive
 * @param spelled  the name as written, with delimiters ({@code <vulkan/vulkan.h>})
 * @param target   the resolved file, or {@code null} when unresolved
 * @param status   what became of it
 * @param reason   why it is unresolved (folders searched), empty otherwise
 */
public record IncludeEdge(String includer, int line, String spelled, String target, IncludeStatus status, String reason) {
}
