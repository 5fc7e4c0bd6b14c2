// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.analysis.WhyIncluded;
import dev.headroom.model.Workspace;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.SavingsVerifier;
import dev.headroom.session.SessionCancelledException;
import dev.headroom.session.SessionException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code headroom report}: heaviest headers, include edges, hubs, cycles and modules against the budget. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = "Rank headers by estimated clang memory (self, inclusive, retained), include edges by what cutting"
                + " them removes, hubs and cycles, and show every jank module against the JIT budget.",
        footer = {"", "Exit codes: 0 ok, 1 analysis completed with problems, 2 bad usage or input."})
public final class ReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    WorkspaceOptions workspaceOptions;

    @CommandLine.Mixin
    BudgetOptions budgetOptions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    ReportFormat format;

    int top;

    @Option(names = "--top", paramLabel = "N", defaultValue = "15", description = "rows per section (default: ${DEFAULT-VALUE})")
    void top(int n) {
        if (n < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be 0 or more, was " + n);
        }
        top = n;
    }

    @Option(names = "--verify", paramLabel = "N",
            description = "measure with clang what emptying each unit's N heaviest headers saves, beside the estimate")
    int verify;

    @Option(names = "--why", paramLabel = "HEADER",
            description = "also show the shortest include chains from every unit to HEADER (a path or its end, e.g. vulkan_core.h)")
    String why;

    @Option(names = "--utilisation", description = "add the Header utilisation section: per module and header,"
            + " declarations parsed against used and their closure (parses every unit once more)")
    boolean utilisation;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<AnalysedWorkspace> analysed = budgetOptions.analyse(workspaceOptions, err);
        if (analysed.isEmpty()) {
            return HeadroomCommand.BAD_INPUT;
        }
        Workspace workspace = analysed.get().workspace();
        BudgetOptions.StudyOutcome study = budgetOptions.study(analysed.get(), utilisation,
                workspaceOptions.progress(err), err);
        if (study.failed()) {
            return HeadroomCommand.BAD_INPUT;
        }
        ReportRenderer renderer = new ReportRenderer(analysed.get().report(budgetOptions.scenario(study.study()), top),
                workspace.root());
        if (utilisation) {
            renderer.withUtilisation(new UtilisationTable(study.study(), analysed.get().files(), workspace.root()), top);
        }
        if (budgetOptions.incremental) {
            analysed.get().budget(budgetOptions.scenario()).ifPresent(b -> renderer.withoutIncremental(b.peakBytes()));
        }
        out.print(renderer.render(format));
        if (verify > 0) {
            try {
                out.print(VerifyTable.render(new SavingsVerifier(workspaceOptions.threadCount(), workspaceOptions.cacheDir)
                        .verify(analysed.get(), verify, workspaceOptions.progress(err), () -> false), workspace.root()));
            } catch (SessionException e) {
                err.println("headroom: " + e.problem());
                return HeadroomCommand.BAD_INPUT;
            } catch (SessionCancelledException e) {
                err.println("headroom: " + e.getMessage());
                return HeadroomCommand.BAD_INPUT;
            }
        }
        if (why != null) {
            out.print(WhyTable.render(WhyIncluded.of(workspace, why, 5), why, workspace.root()));
        }
        out.flush();
        return workspace.allProblems().isEmpty() ? HeadroomCommand.OK : HeadroomCommand.PROBLEMS;
    }
}
