// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

import dev.headroom.analysis.WorkspaceCosts;
import dev.headroom.model.FileInUnit;
import dev.headroom.model.FunctionDefinition;
import dev.headroom.model.IncludeEdge;
import dev.headroom.model.SourceFile;
import dev.headroom.model.TranslationUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One revision's facts by key, gathered once so that both sides of a delta are read the same way. */
final class RevisionFacts {
    final AnalysedRevision revision;
    final Map<String, SourceFile> files = new LinkedHashMap<>();
    final Map<String, TranslationUnit> units = new LinkedHashMap<>();
    final Map<String, Long> retainedSum = new HashMap<>();
    final Map<String, Set<String>> inlineBodies = new HashMap<>();
    final Map<String, Set<IncludeChange>> includes = new HashMap<>();

    private RevisionFacts(AnalysedRevision revision) {
        this.revision = revision;
    }

    static RevisionFacts of(AnalysedRevision revision) {
        RevisionFacts facts = new RevisionFacts(revision);
        String root = revision.workspace().root();
        for (SourceFile f : revision.workspace().files()) {
            facts.files.put(RelativePaths.keyOf(root, f.path()), f);
        }
        for (TranslationUnit u : revision.workspace().units()) {
            facts.units.put(u.name(), u);
            revision.costs().unit(u.name()).ifPresent(cost -> {
                for (FileInUnit f : u.files()) {
                    facts.retainedSum.merge(RelativePaths.keyOf(root, f.path()), cost.retained(f.path()), Long::sum);
                }
            });
            for (IncludeEdge e : u.includes()) {
                String includer = RelativePaths.keyOf(root, e.includer());
                facts.includes.computeIfAbsent(includer, k -> new LinkedHashSet<>())
                        .add(new IncludeChange(includer, e.spelled(), RelativePaths.keyOf(root, e.target())));
            }
        }
        for (FunctionDefinition fn : revision.workspace().functions()) {
            if (fn.inline()) {
                facts.inlineBodies.computeIfAbsent(RelativePaths.keyOf(root, fn.file()), k -> new TreeSet<>())
                        .add(fn.qualifiedName());
            }
        }
        return facts;
    }

    String key(String path) {
        return RelativePaths.keyOf(revision.workspace().root(), path);
    }

    WorkspaceCosts costs() {
        return revision.costs();
    }
}
