// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.headroom.diff.BudgetDelta;
import dev.headroom.diff.HeaderDelta;
import dev.headroom.diff.ModuleLoadDelta;
import dev.headroom.diff.SizeDelta;
import dev.headroom.diff.UnitDelta;
import dev.headroom.diff.UnitHeaderDelta;
import dev.headroom.diff.WorkspaceDelta;
import dev.headroom.model.Origin;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A {@link WorkspaceDelta} as bloaty-style tables (text, Markdown, CSV) or JSON: before, after, delta, delta %. */
final class DiffRenderer {
    private final WorkspaceDelta delta;
    private final int top;

    DiffRenderer(WorkspaceDelta delta, int top) {
        this.delta = delta;
        this.top = top;
    }

    String render(ReportFormat format) {
        return switch (format) {
            case json -> json();
            case table -> sections(new TextTable.Aligned());
            case md -> sections(new TextTable.Markdown());
            case csv -> sections(new TextTable.Csv());
        };
    }

    private String sections(TextTable style) {
        StringBuilder sb = new StringBuilder();
        sb.append(style.line("Comparing " + delta.beforeLabel() + " -> " + delta.afterLabel()));
        sb.append(style.heading("Units (estimated AST and peak bytes)"));
        List<List<String>> rows = new ArrayList<>();
        for (UnitDelta u : delta.units()) {
            rows.add(List.of(Bytes.human(u.astBytes().before()), Bytes.human(u.astBytes().after()),
                    signed(u.astBytes().delta()), percent(u.astBytes()), Bytes.human(u.peakBytes().before()),
                    Bytes.human(u.peakBytes().after()), signed(u.peakBytes().delta()), u.presence().marker(), u.name()));
        }
        rows.add(List.of(Bytes.human(delta.totalAstBytes().before()), Bytes.human(delta.totalAstBytes().after()),
                signed(delta.totalAstBytes().delta()), percent(delta.totalAstBytes()),
                Bytes.human(delta.totalPeakBytes().before()), Bytes.human(delta.totalPeakBytes().after()),
                signed(delta.totalPeakBytes().delta()), "", "TOTAL"));
        sb.append(style.table(List.of("AST before", "AST after", "delta", "delta %", "peak before", "peak after",
                "delta", "status", "unit"), rows));

        List<HeaderDelta> changed = delta.changedHeaders();
        sb.append(style.heading("Headers over all units (own bytes x units entering), top " + Math.min(top,
                changed.size()) + " of " + changed.size() + " changed"));
        rows = new ArrayList<>();
        for (HeaderDelta h : changed.stream().limit(top).toList()) {
            rows.add(List.of(Bytes.human(h.acrossUnits().before()), Bytes.human(h.acrossUnits().after()),
                    signed(h.acrossUnits().delta()), percent(h.acrossUnits()), h.unitsBefore() + "->" + h.unitsAfter(),
                    h.presence().marker(), h.key()));
        }
        sb.append(style.table(List.of("before", "after", "delta", "delta %", "units", "status", "header"), rows));

        for (UnitDelta u : delta.units()) {
            List<UnitHeaderDelta> moved = u.headers().stream().filter(h -> h.self().delta() != 0).limit(top).toList();
            if (moved.isEmpty()) {
                continue;
            }
            sb.append(style.heading("Headers of " + u.name() + " (own bytes in the unit)"));
            rows = new ArrayList<>();
            for (UnitHeaderDelta h : moved) {
                rows.add(List.of(Bytes.human(h.self().before()), Bytes.human(h.self().after()), signed(h.self().delta()),
                        percent(h.self()), h.presence().marker(), h.key()));
            }
            sb.append(style.table(List.of("before", "after", "delta", "delta %", "status", "header"), rows));
        }

        // System headers' declaration counts are those of the first unit entering them, which a new unit can
        // change; what the user edited is the project's files.
        changed.stream().filter(h -> h.origin() != Origin.SYSTEM).filter(h -> !h.declarations().isEmpty()
                || !h.includesAdded().isEmpty() || !h.includesRemoved().isEmpty()).limit(top).forEach(h -> {
                    sb.append(style.heading("What changed in " + h.key()));
                    List<List<String>> lines = new ArrayList<>();
                    h.declarations().forEach(d -> lines.add(List.of(String.valueOf(d.before()), String.valueOf(d.after()),
                            String.format(Locale.ROOT, "%+d", d.delta()), d.kind().name().toLowerCase(Locale.ROOT))));
                    h.includesAdded().forEach(i -> lines.add(List.of("", "", "+", "#include " + i.spelled())));
                    h.includesRemoved().forEach(i -> lines.add(List.of("", "", "-", "#include " + i.spelled())));
                    sb.append(style.table(List.of("before", "after", "delta", "declarations and includes"), lines));
                });

        delta.budget().ifPresent(b -> sb.append(budget(style, b)));
        return sb.toString();
    }

    private static String budget(TextTable style, BudgetDelta b) {
        StringBuilder sb = new StringBuilder(style.heading("JIT budget: peak " + Bytes.human(b.peak().before()) + " -> "
                + Bytes.human(b.peak().after()) + " (" + signed(b.peak().delta()) + "), limit "
                + Bytes.human(b.limit().after())));
        List<List<String>> rows = new ArrayList<>();
        for (ModuleLoadDelta m : b.modules()) {
            rows.add(List.of(Bytes.human(m.header().before()), Bytes.human(m.header().after()), signed(m.header().delta()),
                    signed(m.generated().delta()), Bytes.human(m.alone().before()), Bytes.human(m.alone().after()),
                    signed(m.atLoad().delta()), m.presence().marker(), m.namespace()));
        }
        sb.append(style.table(List.of("headers before", "headers after", "delta", "generated delta", "alone before",
                "alone after", "at load delta", "status", "module"), rows));
        return sb.toString();
    }

    private String json() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("before", delta.beforeLabel());
        doc.put("after", delta.afterLabel());
        doc.put("totalAstBytes", figure(delta.totalAstBytes()));
        doc.put("totalPeakBytes", figure(delta.totalPeakBytes()));
        List<Object> units = new ArrayList<>();
        for (UnitDelta u : delta.units()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", u.name());
            m.put("presence", u.presence().name());
            m.put("astBytes", figure(u.astBytes()));
            m.put("peakBytes", figure(u.peakBytes()));
            m.put("headers", u.headers().stream().filter(h -> h.self().delta() != 0).limit(top).map(h -> Map.of(
                    "key", h.key(), "presence", h.presence().name(), "selfBytes", figure(h.self()),
                    "retainedBytes", figure(h.retained()))).toList());
            units.add(m);
        }
        doc.put("units", units);
        List<Object> headers = new ArrayList<>();
        for (HeaderDelta h : delta.changedHeaders().stream().limit(top).toList()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", h.key());
            m.put("presence", h.presence().name());
            m.put("origin", h.origin().name());
            m.put("selfBytes", figure(h.self()));
            m.put("inclusiveBytes", figure(h.inclusive()));
            m.put("retainedBytes", figure(h.retained()));
            m.put("acrossUnitsBytes", figure(h.acrossUnits()));
            m.put("units", Map.of("before", h.unitsBefore(), "after", h.unitsAfter()));
            m.put("declarations", h.declarations());
            m.put("inlineBodiesAdded", h.inlineBodiesAdded());
            m.put("inlineBodiesRemoved", h.inlineBodiesRemoved());
            m.put("includesAdded", h.includesAdded());
            m.put("includesRemoved", h.includesRemoved());
            headers.add(m);
        }
        doc.put("headers", headers);
        delta.budget().ifPresent(b -> doc.put("budget", Map.of("peakBytes", figure(b.peak()),
                "persistentBytes", figure(b.persistent()), "limitBytes", figure(b.limit()), "modules", b.modules())));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> figure(SizeDelta d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("before", d.before());
        m.put("after", d.after());
        m.put("delta", d.delta());
        return m;
    }

    static String signed(long bytes) {
        if (bytes == 0) {
            return "0";
        }
        return (bytes > 0 ? "+" : "-") + Bytes.human(Math.abs(bytes));
    }

    private static String percent(SizeDelta d) {
        if (d.before() == 0) {
            return d.after() == 0 ? "" : "new";
        }
        return String.format(Locale.ROOT, "%+.1f%%", d.percent());
    }
}
