// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.headroom.analysis.HeaderReport;
import dev.headroom.analysis.jit.JitBudget;
import dev.headroom.analysis.jit.JitSettings;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a {@link HeaderReport} as an aligned table, CSV, Markdown or JSON. */
final class ReportRenderer {
    private final HeaderReport report;
    private final String root;
    private UtilisationTable utilisation;
    private int top;
    private Long withoutIncremental;

    ReportRenderer(HeaderReport report, String workspaceRoot) {
        this.report = report;
        this.root = workspaceRoot.endsWith("/") ? workspaceRoot : workspaceRoot + "/";
    }

    /** Adds the "Header utilisation" section, {@code top} headers a module. */
    ReportRenderer withUtilisation(UtilisationTable table, int topHeaders) {
        this.utilisation = table;
        this.top = topHeaders;
        return this;
    }

    /** Notes the peak the budget would have without the incremental JIT what-if. */
    ReportRenderer withoutIncremental(long peakBytes) {
        this.withoutIncremental = peakBytes;
        return this;
    }

    String render(ReportFormat format) {
        return switch (format) {
            case json -> json();
            case table -> sections(new TextTable.Aligned());
            case md -> sections(new TextTable.Markdown());
            case csv -> sections(new TextTable.Csv());
        };
    }

    private String json() {
        try {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            if (utilisation == null) {
                return mapper.writeValueAsString(report) + "\n";
            }
            com.fasterxml.jackson.databind.node.ObjectNode tree = mapper.valueToTree(report);
            tree.set("headerUtilisation", utilisation.json(mapper));
            return mapper.writeValueAsString(tree) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String sections(TextTable style) {
        StringBuilder sb = new StringBuilder();
        var c = report.calibration();
        sb.append(style.heading(String.format(Locale.ROOT,
                "Estimates fitted to %s (held-out Spearman %.3f, median error %.1f%%)",
                c.clangVersion(), c.spearman(), c.medianAbsErrorPct())));
        var trust = report.trust();
        sb.append("This workspace: ").append(trust.summary()).append(System.lineSeparator());
        if (!trust.domainWarning().isEmpty()) {
            sb.append("Warning: ").append(trust.domainWarning()).append(System.lineSeparator());
        }
        if (trust.measuredUnits() > 0 || trust.corrected() || !trust.domainWarning().isEmpty()) {
            List<List<String>> units = new ArrayList<>();
            trust.units().forEach(u -> units.add(List.of(Bytes.human(u.astBytes()), u.source(),
                    Bytes.human(u.estimatedAstBytes()), String.join("; ", u.beyondDomain()), u.unit())));
            sb.append(style.heading("Unit AST figures (estimated by the bundled model, corrected for this workspace,"
                    + " or measured by clang)"));
            sb.append(style.table(List.of("AST", "figure", "estimate", "beyond the model's fit", "unit"), units));
        }

        sb.append(style.heading("Heaviest headers (estimated clang memory)"));
        List<List<String>> rows = new ArrayList<>();
        report.headers().forEach(h -> rows.add(List.of(Bytes.human(h.self()), Bytes.human(h.inclusive()),
                Bytes.human(h.retained()), h.retainedIn(), String.valueOf(h.units()), String.valueOf(h.inlineBodies()),
                String.valueOf(h.declarations()), h.origin(), shorten(h.path()))));
        sb.append(style.table(List.of("self", "inclusive", "retained", "in unit", "units", "inline", "decls", "origin", "file"), rows));

        sb.append(style.heading("Heaviest include edges (what cutting one removes)"));
        rows.clear();
        report.edges().forEach(e -> rows.add(List.of(Bytes.human(e.cut()), String.valueOf(e.units()),
                Bytes.human(e.largestCut()), shorten(e.includer()) + ":" + e.line(), shorten(e.target()))));
        sb.append(style.table(List.of("removed", "units", "largest", "include at", "target"), rows));

        sb.append(style.heading("Sharing across units"));
        sb.append(style.line(String.format(Locale.ROOT,
                "%d headers shared by several units, %d unique to one; %s estimated over all units for %s of distinct headers (blow-up %.1fx)",
                report.sharing().sharedHeaders(), report.sharing().uniqueHeaders(),
                Bytes.human(report.sharing().parsedBytes()), Bytes.human(report.sharing().distinctBytes()),
                report.sharing().ratio())));

        sb.append(style.heading("Hubs (fan-in x inclusive)"));
        rows.clear();
        report.hubs().forEach(h -> rows.add(List.of(String.valueOf(h.fanIn()), Bytes.human(h.inclusive()), shorten(h.path()))));
        sb.append(style.table(List.of("fan-in", "inclusive", "file"), rows));

        sb.append(style.heading("Include cycles"));
        rows.clear();
        report.cycles().forEach(cycle -> rows.add(List.of(String.valueOf(cycle.size()),
                String.join(" -> ", cycle.stream().map(this::shorten).toList()))));
        sb.append(rows.isEmpty() ? style.line("none") : style.table(List.of("files", "cycle"), rows));

        sb.append(budget(style, report.budget()));
        if (withoutIncremental != null) {
            sb.append(style.line(incrementalNote(report.budget(), withoutIncremental)));
        }
        if (utilisation != null) {
            sb.append(utilisation.render(style, top));
        }
        return sb.toString();
    }

    /** The incremental JIT what-if's peak beside the peak without it, labelled an estimate. */
    static String incrementalNote(JitBudget.Result b, long withoutBytes) {
        return "incremental JIT what-if (estimated from header utilisation): peak " + Bytes.human(b.peakBytes())
                + " against " + Bytes.human(withoutBytes) + " when each module parses its headers whole";
    }

    static String budget(TextTable style, JitBudget.Result b) {
        StringBuilder sb = new StringBuilder();
        sb.append(style.heading(String.format(Locale.ROOT, "JIT budget: peak %s of %s at %s: %s",
                Bytes.human(b.peakBytes()), Bytes.human(b.limitBytes()), b.peakModule().isEmpty() ? "start" : b.peakModule(),
                b.fits() ? "fits" : "OVER BUDGET")));
        List<List<String>> rows = new ArrayList<>();
        b.loads().forEach(m -> rows.add(List.of(m.namespace(), String.valueOf(m.functions()),
                m.headerMeasured() ? Bytes.human(m.headerBytes()) : "not measured",
                Bytes.human(m.generatedBytes()), Bytes.human(m.codegenBytes()), Bytes.human(m.aloneBytes()),
                Bytes.human(m.peakBytes()), m.fits() ? "ok" : "OVER")));
        sb.append(style.table(List.of("module (load order)", "fns", "headers", "generated", "codegen", "alone", "at load", ""), rows));
        if (!b.skipped().isEmpty()) {
            sb.append(style.line("left out of the JIT: " + String.join(", ", b.skipped())));
        }
        if (b.scenario().incremental()) {
            sb.append(style.line("what-if incremental JIT (estimated): each module's headers count only the closure"
                    + " of the declarations it uses, its share of each header's estimate"));
        }
        if (!b.unmeasured().isEmpty()) {
            sb.append(style.line("headers not measured (see the problems): " + String.join(", ", b.unmeasured())
                    + "; every sum they enter is a lower bound"));
        }
        JitSettings s = b.settings();
        rows.clear();
        rows.add(List.of("toolchain", Bytes.human(s.toolchainBytes().bytes()), s.toolchainBytes().source()));
        rows.add(List.of("runtime", Bytes.human(s.runtimeBytes().bytes()), s.runtimeBytes().source()));
        rows.add(List.of("codegen per module", Bytes.human(s.codegenBytes().bytes()), s.codegenBytes().source()));
        rows.add(List.of("C++ per jank function", Bytes.human(s.generatedSourcePerFunction().bytes()), s.generatedSourcePerFunction().source()));
        rows.add(List.of("AST bytes per C++ byte", fmt(s.astPerSourceByte().value()), s.astPerSourceByte().source()));
        rows.add(List.of("retained after load", fmt(s.retainedFraction().value()), s.retainedFraction().source()));
        rows.add(List.of("limit", Bytes.human(s.limitBytes().bytes()), s.limitBytes().source()));
        if (b.pchBytes() > 0) {
            rows.add(List.of("PCH (held throughout)", Bytes.human(b.pchBytes()), "pchFraction " + fmt(s.pchFraction().value())));
        }
        sb.append(style.table(List.of("constant", "value", "source"), rows));
        return sb.toString();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private String shorten(String path) {
        return path.startsWith(root) ? path.substring(root.length()) : path;
    }
}
