// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.refactor;

/**
 * One unit (a jank module) the whole plan changes, estimated before and after, with clang's measurement once the
 * plan was verified.
 *
 * @param measuredSaved ASTContext bytes clang measured saved, or {@code null} before a verification
 */
public record ModuleRow(String unit, long astBefore, long astAfter, long peakBefore, long peakAfter,
        Long measuredSaved) {
    public long astSaved() {
        return astBefore - astAfter;
    }
}
