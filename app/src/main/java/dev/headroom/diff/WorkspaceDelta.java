// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed between two analysed revisions of one workspace: per unit the estimated AST and peak bytes, per
 * header its own, inclusive and retained bytes with the declarations and include directives added and removed, and
 * the JIT budget before and after. Units match by name, headers by {@link RelativePaths key}, so two checkouts in
 * different folders compare file by file.
 *
 * <p>Immutable. Computing it is one pass over each revision's files, units and include directives, O(F + U·F + E),
 * after the costs each revision computed once.
 */
public final class WorkspaceDelta {
    /** Largest |delta| first, ties by key, so tables come out the same on every run. */
    public static final Comparator<HeaderDelta> BY_CHANGE = Comparator
            .comparingLong((HeaderDelta h) -> -Math.abs(h.acrossUnits().delta()))
            .thenComparingLong(h -> -Math.abs(h.self().delta()))
            .thenComparing(HeaderDelta::key);

    private final String beforeLabel;
    private final String afterLabel;
    private final List<UnitDelta> units;
    private final List<HeaderDelta> headers;
    private final Map<String, HeaderDelta> headersByKey;
    private final Optional<BudgetDelta> budget;

    private WorkspaceDelta(String beforeLabel, String afterLabel, List<UnitDelta> units, List<HeaderDelta> headers,
            Optional<BudgetDelta> budget) {
        this.beforeLabel = beforeLabel;
        this.afterLabel = afterLabel;
        this.units = List.copyOf(units);
        this.headers = headers.stream().sorted(BY_CHANGE).toList();
        Map<String, HeaderDelta> byKey = new LinkedHashMap<>();
        this.headers.forEach(h -> byKey.put(h.key(), h));
        this.headersByKey = java.util.Collections.unmodifiableMap(byKey);
        this.budget = budget;
    }

    /** The delta from {@code before} (revision A) to {@code after} (revision B). */
    public static WorkspaceDelta between(AnalysedRevision before, AnalysedRevision after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        RevisionFacts a = RevisionFacts.of(before);
        RevisionFacts b = RevisionFacts.of(after);
        return new WorkspaceDelta(before.label(), after.label(), DeltaRows.units(a, b), DeltaRows.headers(a, b),
                BudgetDelta.of(before.budget(), after.budget()));
    }

    /** How revision A is named (a folder, a revision, a file). */
    public String beforeLabel() {
        return beforeLabel;
    }

    /** How revision B is named. */
    public String afterLabel() {
        return afterLabel;
    }

    /** Every unit of either revision: A's order, then the units only B has. */
    public List<UnitDelta> units() {
        return units;
    }

    /** The unit named {@code name}, if either revision has it. */
    public Optional<UnitDelta> unit(String name) {
        return units.stream().filter(u -> u.name().equals(name)).findFirst();
    }

    /** Every file any unit enters in either revision, largest change over all units first ({@link #BY_CHANGE}). */
    public List<HeaderDelta> headers() {
        return headers;
    }

    /** The headers that differ in any way, largest change first. */
    public List<HeaderDelta> changedHeaders() {
        return headers.stream().filter(HeaderDelta::changed).toList();
    }

    /** The header with key {@code key} ({@link RelativePaths}). */
    public Optional<HeaderDelta> header(String key) {
        return Optional.ofNullable(headersByKey.get(key));
    }

    /** The JIT budget before and after; empty when neither revision has jank modules. */
    public Optional<BudgetDelta> budget() {
        return budget;
    }

    /** The estimated AST bytes summed over all units. */
    public SizeDelta totalAstBytes() {
        return units.stream().map(UnitDelta::astBytes).reduce(SizeDelta.ZERO, SizeDelta::plus);
    }

    /** The estimated peak bytes summed over all units. */
    public SizeDelta totalPeakBytes() {
        return units.stream().map(UnitDelta::peakBytes).reduce(SizeDelta.ZERO, SizeDelta::plus);
    }

    /**
     * The units whose estimated AST or peak bytes grow by more than {@code bytes}, largest growth first: what a CI
     * gate stops.
     */
    public List<UnitDelta> unitsGrowingMoreThan(long bytes) {
        return units.stream()
                .filter(u -> u.astBytes().delta() > bytes || u.peakBytes().delta() > bytes)
                .sorted(Comparator.comparingLong((UnitDelta u) -> -Math.max(u.astBytes().delta(), u.peakBytes().delta()))
                        .thenComparing(UnitDelta::name))
                .toList();
    }
}
