// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.headroom.analysis.include.FileIndex;
import dev.headroom.analysis.usage.HeaderUtilisation.HeaderUse;
import dev.headroom.analysis.usage.HeaderUtilisation.ModuleUtilisation;
import dev.headroom.model.Origin;
import dev.headroom.model.SourceFile;
import dev.headroom.session.HeaderUtilisations.Study;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The report's "Header utilisation" section: per module the declarations it parses against those it uses and
 * their closure, per header its project headers first, then the heaviest others, {@code top} rows a module.
 */
final class UtilisationTable {
    private final Study study;
    private final FileIndex files;
    private final String root;

    UtilisationTable(Study study, FileIndex files, String workspaceRoot) {
        this.study = study;
        this.files = files;
        this.root = workspaceRoot.endsWith("/") ? workspaceRoot : workspaceRoot + "/";
    }

    /** The section as text in {@code style}. */
    String render(TextTable style, int top) {
        StringBuilder sb = new StringBuilder();
        sb.append(style.heading("Header utilisation (declarations at file and namespace scope; bytes estimated)"));
        List<List<String>> rows = new ArrayList<>();
        for (ModuleUtilisation m : study.modules()) {
            rows.add(List.of(m.module(), String.valueOf(m.headers().size()), count(m.parsed()), count(m.used()),
                    pct(m.parsed() == 0 ? 0 : 100.0 * m.used() / m.parsed()), count(m.needed()),
                    Bytes.human(m.astBytes()), Bytes.human(m.neededAstBytes())));
        }
        sb.append(style.table(List.of("module", "headers", "parsed", "used", "used %", "needed", "header AST",
                "needed AST"), rows));
        rows.clear();
        List<String> sentences = new ArrayList<>();
        for (ModuleUtilisation m : study.modules()) {
            for (HeaderUse h : ordered(m).stream().limit(top).toList()) {
                rows.add(List.of(m.module(), shorten(h.header()), count(h.parsed()), count(h.used()),
                        pct(h.usedPercent()), count(h.needed()), pct(h.neededPercent()), Bytes.human(h.astBytes()),
                        Bytes.human(h.neededAstBytes())));
                if (project(h)) {
                    sentences.add(String.format(Locale.ROOT, "%s: %s declarations parsed, %s used by %s (%s), %s"
                            + " needed with what they use", shorten(h.header()), count(h.parsed()), count(h.used()),
                            m.module(), pct(h.usedPercent()), count(h.needed())));
                }
            }
        }
        sb.append(style.table(List.of("module", "header", "parsed", "used", "used %", "needed", "needed %",
                "AST", "needed AST"), rows));
        sentences.forEach(s -> sb.append(style.line(s)));
        sb.append(style.line(String.format(Locale.ROOT, "outline parses took %.1f s; \"needed\" is the used"
                + " declarations' closure, which an incremental JIT would build (macros, argument-dependent look-up"
                + " and templates instantiated elsewhere are not followed)", study.outlineMillis() / 1000.0)));
        return sb.toString();
    }

    /** The section as JSON: every module, every header. */
    ObjectNode json(ObjectMapper mapper) {
        ObjectNode out = mapper.createObjectNode();
        out.put("outlineMillis", study.outlineMillis());
        ArrayNode modules = out.putArray("modules");
        for (ModuleUtilisation m : study.modules()) {
            ObjectNode mod = modules.addObject();
            mod.put("module", m.module());
            mod.put("parsed", m.parsed());
            mod.put("used", m.used());
            mod.put("needed", m.needed());
            mod.put("headerAstBytes", m.astBytes());
            mod.put("neededAstBytes", m.neededAstBytes());
            mod.set("unplaced", mapper.valueToTree(m.unplaced()));
            ArrayNode headers = mod.putArray("headers");
            for (HeaderUse h : m.headers()) {
                headers.add(mapper.valueToTree(h));
            }
        }
        return out;
    }

    private List<HeaderUse> ordered(ModuleUtilisation m) {
        return m.headers().stream().filter(h -> h.parsed() > 0)
                .sorted(Comparator.comparing((HeaderUse h) -> !project(h))
                        .thenComparing(Comparator.comparingLong(HeaderUse::astBytes).reversed()))
                .toList();
    }

    private boolean project(HeaderUse h) {
        return files.file(h.header()).map(SourceFile::origin).orElse(null) == Origin.PROJECT;
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String pct(double p) {
        return String.format(Locale.ROOT, "%.1f%%", p);
    }

    private String shorten(String path) {
        return path.startsWith(root) ? path.substring(root.length()) : path;
    }
}
