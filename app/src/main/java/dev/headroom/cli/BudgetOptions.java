// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.model.JankModule;
import dev.headroom.model.SourceFile;
import dev.headroom.model.Workspace;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.AnalysisRequest;
import dev.headroom.session.HeaderUtilisations;
import dev.headroom.session.HeaderUtilisations.Study;
import dev.headroom.session.Progress;
import dev.headroom.session.SessionCancelledException;
import dev.headroom.session.SessionException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/** The JIT budget's limit and what-ifs, as options. */
final class BudgetOptions {
    @Option(names = "--budget", paramLabel = "SIZE", description = "memory limit, e.g. 1850MB (default: the project's, else 1850MB)")
    String budget;

    @Option(names = "--pch", paramLabel = "HEADER", split = ",",
            description = "what-if: these headers (and what they include) come from a precompiled header")
    List<String> pch = new ArrayList<>();

    @Option(names = "--aot", paramLabel = "NAMESPACE", split = ",", description = "what-if: these modules are compiled ahead of time")
    List<String> aot = new ArrayList<>();

    @Option(names = "--lazy", description = "what-if: load only the entry module and what it requires at start-up")
    boolean lazy;

    @Option(names = "--incremental", description = "what-if (estimated): an incremental, per-function JIT; each module"
            + " pays only for the closure of the header declarations it uses (parses every unit once more)")
    boolean incremental;

    /**
     * Why the what-ifs name something the workspace does not have, or empty when they do not: a header no unit
     * enters ({@code --pch}, matched as the JIT budget matches it, by path or by its end) or a namespace that is no
     * jank module ({@code --aot}). A misspelt what-if would otherwise change nothing and look like a finding.
     */
    Optional<String> unknownIn(Workspace workspace) {
        for (String header : pch) {
            boolean found = workspace.files().stream().map(SourceFile::path)
                    .anyMatch(p -> p.equals(header) || p.endsWith("/" + header));
            if (!found) {
                return Optional.of("--pch " + header + ": no unit enters a header of that name or path");
            }
        }
        for (String namespace : aot) {
            if (workspace.modules().stream().noneMatch(m -> m.namespace().equals(namespace))) {
                return Optional.of("--aot " + namespace + ": no jank module has that namespace; modules: "
                        + workspace.modules().stream().map(JankModule::namespace).sorted().toList());
            }
        }
        return Optional.empty();
    }

    /**
     * Analyses {@code workspaceOptions}' request with {@code --budget} applied and checks the what-ifs against what
     * was analysed; empty, with the reason printed, when any step fails.
     */
    Optional<AnalysedWorkspace> analyse(WorkspaceOptions workspaceOptions, PrintWriter err) {
        Optional<AnalysedWorkspace> analysed = apply(workspaceOptions.request(), err)
                .flatMap(request -> workspaceOptions.analyse(request, err));
        Optional<String> unknown = analysed.flatMap(a -> unknownIn(a.workspace()));
        if (unknown.isPresent()) {
            err.println("headroom: " + unknown.get());
            return Optional.empty();
        }
        return analysed;
    }

    /** The what-ifs without {@code --incremental}, which needs {@link #scenario(Study)}. */
    JitScenario scenario() {
        return new JitScenario(Set.copyOf(pch), Set.copyOf(aot), lazy);
    }

    /** The what-ifs, with {@code --incremental} charging what {@code study} measured when it is given. */
    JitScenario scenario(Study study) {
        return incremental && study != null ? study.incremental(scenario()) : scenario();
    }

    /**
     * The header utilisation study, or why there is none.
     *
     * @param study  the study, or {@code null} when not asked for or failed
     * @param failed whether it was asked for and failed (the reason is printed)
     */
    record StudyOutcome(Study study, boolean failed) {
    }

    /**
     * The header utilisation study when {@code --incremental} or {@code wanted} asks for it; progress and the time
     * the outline parses took go to {@code err}.
     */
    StudyOutcome study(AnalysedWorkspace analysed, boolean wanted, Progress progress, PrintWriter err) {
        if (!incremental && !wanted) {
            return new StudyOutcome(null, false);
        }
        if (!HeaderUtilisations.possible(analysed)) {
            err.println("headroom: header utilisation parses the units again; it needs sources, not a saved analysis");
            return new StudyOutcome(null, true);
        }
        try {
            Study study = new HeaderUtilisations(analysed).all(progress, () -> false);
            err.printf(java.util.Locale.ROOT, "headroom: header utilisation: outlined %d units in %.1f s%n",
                    study.modules().size(), study.outlineMillis() / 1000.0);
            return new StudyOutcome(study, false);
        } catch (SessionException e) {
            err.println("headroom: " + e.problem());
        } catch (SessionCancelledException e) {
            err.println("headroom: " + e.getMessage());
        }
        return new StudyOutcome(null, true);
    }

    /**
     * {@code request} with {@code --budget} as the user's override of the project's limit, or empty with the reason
     * printed to {@code err}. Asked before the analysis, so a mistyped size is told at once.
     */
    Optional<AnalysisRequest> apply(AnalysisRequest request, PrintWriter err) {
        if (budget == null) {
            return Optional.of(request);
        }
        try {
            return Optional.of(request.withBudget(Bytes.parse(budget), "--budget"));
        } catch (IllegalArgumentException e) {
            err.println("headroom: --budget: " + e.getMessage());
            return Optional.empty();
        }
    }
}
