// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.analysis.jit.JitBudget;
import dev.headroom.session.AnalysedWorkspace;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code headroom check}: does every module fit the JIT budget? For CI gating. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = "Check that the JIT's estimated peak memory stays under the budget as the modules load.",
        footer = {"", "Exit codes: 0 every module fits, 1 over budget (the module and its heaviest headers are named)"
                + " or a module could not be measured, 2 bad usage or input."})
public final class CheckCommand implements Callable<Integer> {
    /** Exit code: the peak goes over the budget. */
    public static final int OVER_BUDGET = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    WorkspaceOptions workspaceOptions;

    @CommandLine.Mixin
    BudgetOptions budgetOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<AnalysedWorkspace> analysed = budgetOptions.analyse(workspaceOptions, err);
        if (analysed.isEmpty()) {
            return HeadroomCommand.BAD_INPUT;
        }
        if (!analysed.get().hasJit()) {
            err.println("headroom: check needs jank modules (.jank) to budget; none among " + workspaceOptions.inputs);
            return HeadroomCommand.BAD_INPUT;
        }
        BudgetOptions.StudyOutcome study = budgetOptions.study(analysed.get(), false, workspaceOptions.progress(err),
                err);
        if (study.failed()) {
            return HeadroomCommand.BAD_INPUT;
        }
        JitBudget.Result budget = analysed.get().budget(budgetOptions.scenario(study.study())).orElseThrow();
        out.print(ReportRenderer.budget(new TextTable.Aligned(), budget));
        if (study.study() != null) {
            out.println(ReportRenderer.incrementalNote(budget,
                    analysed.get().budget(budgetOptions.scenario()).orElseThrow().peakBytes()));
        }
        if (budget.fits() && !budget.unmeasured().isEmpty()) {
            // A module that could not be measured counts as nothing in the sum, so "fits" would be a guess.
            out.printf("%nCANNOT TELL: %s not measured (see the problems above); the peak is at least %s of %s%n",
                    String.join(", ", budget.unmeasured()), Bytes.human(budget.peakBytes()), Bytes.human(budget.limitBytes()));
            out.flush();
            return OVER_BUDGET;
        }
        if (budget.fits()) {
            out.printf("%nOK: peak %s fits %s%n", Bytes.human(budget.peakBytes()), Bytes.human(budget.limitBytes()));
            out.flush();
            return HeadroomCommand.OK;
        }
        out.printf("%nOVER BUDGET: %s peaks at %s, over %s by %s. Heaviest headers it retains:%n", budget.peakModule(),
                Bytes.human(budget.peakBytes()), Bytes.human(budget.limitBytes()),
                Bytes.human(budget.peakBytes() - budget.limitBytes()));
        analysed.get().costs().unit(budget.peakModule()).ifPresent(unit ->
                unit.retainedByFile().entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                        .skip(1) // the unit's own main file retains everything
                        .limit(5)
                        .forEach(e -> out.printf("  %10s  %s%n", Bytes.human(e.getValue()), e.getKey())));
        out.flush();
        return OVER_BUDGET;
    }
}
