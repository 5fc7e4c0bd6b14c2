// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.refactor;

import java.util.List;

/**
 * One step of the plan as the panel shows it.
 *
 * @param number        1-based position in the plan
 * @param kind          the refactor's kind
 * @param header        the header, relative to the workspace root
 * @param title         what it does, in a line
 * @param predicted     estimated AST bytes it saves alone over every unit, or {@code null} while predicted
 * @param measured      what clang measured it to save alone over the affected units, or {@code null} before a
 *                      verification
 * @param blockers      what it leaves and why
 */
public record StepRow(int number, String kind, String header, String title, Long predicted, Long measured,
        List<String> blockers) {
    public StepRow {
        blockers = List.copyOf(blockers);
    }
}
