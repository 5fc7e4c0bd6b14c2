// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis;

import dev.headroom.model.AnalysisStats;
import dev.headroom.model.FileInUnit;
import dev.headroom.model.IncludeEdge;
import dev.headroom.model.IncludeStatus;
import dev.headroom.model.JankModule;
import dev.headroom.model.Origin;
import dev.headroom.model.SourceFile;
import dev.headroom.model.ToolchainInfo;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.UnitKind;
import dev.headroom.model.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small workspaces written out by hand: files with sizes, units as include lists, jank modules. */
public final class Workspaces {
    private final Map<String, Long> sizes = new LinkedHashMap<>();
    private final List<TranslationUnit> units = new ArrayList<>();
    private final List<JankModule> modules = new ArrayList<>();

    public Workspaces file(String path, long bytes) {
        sizes.put(path, bytes);
        return this;
    }

    /** A unit rooted at {@code root}; each edge is "includer>target". */
    public Workspaces unit(String name, String root, String... edges) {
        List<IncludeEdge> includes = new ArrayList<>();
        List<String> order = new ArrayList<>(List.of(root));
        int line = 1;
        for (String e : edges) {
            String[] parts = e.split(">");
            boolean first = !order.contains(parts[1]);
            if (first) {
                order.add(parts[1]);
            }
            includes.add(new IncludeEdge(parts[0], line++, "\"" + parts[1] + "\"", parts[1],
                    first ? IncludeStatus.ENTERED : IncludeStatus.SKIPPED_ONCE, ""));
        }
        List<FileInUnit> files = order.stream().map(p -> new FileInUnit(p, 0, 0, 0)).toList();
        units.add(new TranslationUnit(name, UnitKind.JANK_MODULE, root, "c++17", files, includes, List.of(), 0, false));
        return this;
    }

    public Workspaces module(String namespace, int functions, String... requires) {
        modules.add(new JankModule(namespace, namespace + ".jank", List.of(), List.of(requires), functions));
        return this;
    }

    public Workspace build() {
        List<SourceFile> files = new ArrayList<>();
        sizes.forEach((p, b) -> files.add(new SourceFile(p, Origin.PROJECT, b, 1, 1, 1, Map.of(), Map.of(),
                dev.headroom.model.TemplateUse.NONE)));
        return new Workspace("test", "/", units, files, List.of(), List.of(), modules, List.of(),
                new ToolchainInfo("", "", List.of(), 0), new AnalysisStats(0, 1, units.size(), 0, 0));
    }
}
