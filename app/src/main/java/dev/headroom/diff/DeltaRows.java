// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

import dev.headroom.analysis.WorkspaceCosts;
import dev.headroom.model.DeclarationKind;
import dev.headroom.model.FileInUnit;
import dev.headroom.model.SourceFile;
import dev.headroom.model.TranslationUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The rows of a {@link WorkspaceDelta}: units and headers of two revisions lined up by name and key. */
final class DeltaRows {
    private DeltaRows() {
    }

    static List<UnitDelta> units(RevisionFacts a, RevisionFacts b) {
        Set<String> names = new LinkedHashSet<>(a.units.keySet());
        names.addAll(b.units.keySet());
        List<UnitDelta> out = new ArrayList<>();
        for (String name : names) {
            TranslationUnit x = a.units.get(name);
            TranslationUnit y = b.units.get(name);
            Optional<WorkspaceCosts.UnitCost> cx = a.costs().unit(name);
            Optional<WorkspaceCosts.UnitCost> cy = b.costs().unit(name);
            out.add(new UnitDelta(name, Presence.of(x != null, y != null),
                    new SizeDelta(cx.map(WorkspaceCosts.UnitCost::astBytes).orElse(0L),
                            cy.map(WorkspaceCosts.UnitCost::astBytes).orElse(0L)),
                    new SizeDelta(cx.map(WorkspaceCosts.UnitCost::peakBytes).orElse(0L),
                            cy.map(WorkspaceCosts.UnitCost::peakBytes).orElse(0L)),
                    mainFile(y != null ? b : a, y != null ? y : x), unitHeaders(a, x, cx, b, y, cy)));
        }
        return out;
    }

    private static String mainFile(RevisionFacts facts, TranslationUnit unit) {
        return unit.files().isEmpty() ? facts.key(unit.path()) : facts.key(unit.files().get(0).path());
    }

    private static List<UnitHeaderDelta> unitHeaders(RevisionFacts a, TranslationUnit x,
            Optional<WorkspaceCosts.UnitCost> cx, RevisionFacts b, TranslationUnit y,
            Optional<WorkspaceCosts.UnitCost> cy) {
        Map<String, String> before = pathsByKey(a, x);
        Map<String, String> after = pathsByKey(b, y);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<UnitHeaderDelta> out = new ArrayList<>();
        for (String key : keys) {
            String p = before.get(key);
            String q = after.get(key);
            out.add(new UnitHeaderDelta(key, Presence.of(p != null, q != null),
                    new SizeDelta(p == null ? 0 : a.costs().self(p), q == null ? 0 : b.costs().self(q)),
                    new SizeDelta(p == null ? 0 : cx.map(c -> c.retained(p)).orElse(0L),
                            q == null ? 0 : cy.map(c -> c.retained(q)).orElse(0L))));
        }
        return out;
    }

    private static Map<String, String> pathsByKey(RevisionFacts facts, TranslationUnit unit) {
        Map<String, String> out = new LinkedHashMap<>();
        if (unit != null) {
            for (FileInUnit f : unit.files()) {
                out.put(facts.key(f.path()), f.path());
            }
        }
        return out;
    }

    static List<HeaderDelta> headers(RevisionFacts a, RevisionFacts b) {
        Set<String> keys = new LinkedHashSet<>(a.files.keySet());
        keys.addAll(b.files.keySet());
        List<HeaderDelta> out = new ArrayList<>();
        for (String key : keys) {
            SourceFile x = a.files.get(key);
            SourceFile y = b.files.get(key);
            out.add(header(key, a, x, b, y));
        }
        return out;
    }

    private static HeaderDelta header(String key, RevisionFacts a, SourceFile x, RevisionFacts b, SourceFile y) {
        long selfA = x == null ? 0 : a.costs().self(x.path());
        long selfB = y == null ? 0 : b.costs().self(y.path());
        int unitsA = x == null ? 0 : x.unitsReaching();
        int unitsB = y == null ? 0 : y.unitsReaching();
        Set<String> bodiesA = a.inlineBodies.getOrDefault(key, Set.of());
        Set<String> bodiesB = b.inlineBodies.getOrDefault(key, Set.of());
        Set<IncludeChange> includesA = a.includes.getOrDefault(key, Set.of());
        Set<IncludeChange> includesB = b.includes.getOrDefault(key, Set.of());
        return new HeaderDelta(key, x == null ? null : x.path(), y == null ? null : y.path(),
                (y != null ? y : x).origin(), Presence.of(x != null, y != null),
                new SizeDelta(selfA, selfB),
                new SizeDelta(x == null ? 0 : a.costs().inclusive(x.path()), y == null ? 0 : b.costs().inclusive(y.path())),
                new SizeDelta(a.retainedSum.getOrDefault(key, 0L), b.retainedSum.getOrDefault(key, 0L)),
                new SizeDelta(selfA * unitsA, selfB * unitsB), unitsA, unitsB,
                declarations(x, y), minus(bodiesB, bodiesA), minus(bodiesA, bodiesB),
                minus(includesB, includesA), minus(includesA, includesB));
    }

    private static List<DeclarationChange> declarations(SourceFile x, SourceFile y) {
        List<DeclarationChange> out = new ArrayList<>();
        for (DeclarationKind kind : DeclarationKind.values()) {
            int before = x == null ? 0 : x.declarations(kind);
            int after = y == null ? 0 : y.declarations(kind);
            if (before != after) {
                out.add(new DeclarationChange(kind, before, after));
            }
        }
        return out;
    }

    private static <T> List<T> minus(Set<T> from, Set<T> taken) {
        return from.stream().filter(t -> !taken.contains(t)).toList();
    }
}
