// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.refactor;

import dev.headroom.refactor.Proposal;
import dev.headroom.session.SavingPrediction;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a plan saves while its combination is still being reparsed: each step's own prediction (known from the
 * suggestions, or from when the step was added), added unit by unit. Steps on different headers change different
 * files, so their savings nearly add; two steps on one header overlap (moving a body out of a piece of a split), and
 * no sum is offered for them.
 */
final class AddedSteps {
    private AddedSteps() {
    }

    /** The units' rows, or empty when a step's prediction is missing or two steps change the same header. */
    static Optional<List<ModuleRow>> rows(List<Proposal> plan, List<SavingPrediction> alone) {
        if (plan.size() != alone.size() || alone.contains(null)
                || new HashSet<>(plan.stream().map(Proposal::header).toList()).size() != plan.size()) {
            return Optional.empty();
        }
        Map<String, long[]> byUnit = new LinkedHashMap<>();
        for (SavingPrediction p : alone) {
            for (SavingPrediction.UnitSaving u : p.units()) {
                long[] sums = byUnit.computeIfAbsent(u.unit(), k -> new long[] {u.astBefore(), 0, u.peakBefore(), 0});
                sums[1] += u.astBefore() - u.astAfter();
                sums[3] += u.peakBefore() - u.peakAfter();
            }
        }
        return Optional.of(byUnit.entrySet().stream().map(e -> {
            long[] s = e.getValue();
            return new ModuleRow(e.getKey(), s[0], Math.max(0, s[0] - s[1]), s[2], Math.max(0, s[2] - s[3]), null);
        }).toList());
    }

    static long total(List<ModuleRow> rows) {
        return rows.stream().mapToLong(ModuleRow::astSaved).sum();
    }
}
