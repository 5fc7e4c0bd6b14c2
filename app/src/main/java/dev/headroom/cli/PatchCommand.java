// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.refactor.ForwardProposal;
import dev.headroom.refactor.ForwardRefusal;
import dev.headroom.refactor.MovePlanner;
import dev.headroom.refactor.MoveProposal;
import dev.headroom.refactor.Patch;
import dev.headroom.refactor.PlanFile;
import dev.headroom.refactor.RefactorException;
import dev.headroom.refactor.RefactorPlan;
import dev.headroom.refactor.SplitPlanner;
import dev.headroom.refactor.SplitProposal;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.PatchExport;
import dev.headroom.session.PredictionText;
import dev.headroom.session.RefactorWorkbench;
import dev.headroom.session.SavingPrediction;
import dev.headroom.session.SessionCancelledException;
import dev.headroom.session.SessionException;
import dev.headroom.session.VerifyReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code headroom patch}: writes {@code git apply}-able patches for a plan or for suggestions, one per refactor and
 * one combined, into a folder outside the analysed tree; {@code --verify} proves them on a copy.
 */
@Command(name = "patch",
        mixinStandardHelpOptions = true,
        description = "Write git apply-able patches (one per refactor and one combined: moved inline bodies, includes"
                + " replaced with forward declarations, headers split into pieces) for a plan file or for suggestions, each headed by what it does"
                + " and its predicted saving.",
        footer = {"", "Exit codes: 0 written (and verified), 1 --verify found a patch that does not apply, compile or"
                + " save, 2 bad usage or input (nothing written)."})
public final class PatchCommand implements Callable<Integer> {
    /** Exit code: {@code --verify} found a problem. */
    public static final int NOT_VERIFIED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    WorkspaceOptions workspaceOptions;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--plan", paramLabel = "FILE",
                description = "a plan file (JSON: {\"moves\": [...], \"forwardDeclare\": [...], \"split\": [...]})")
        Path plan;

        @Option(names = "--suggestion", paramLabel = "ID", arity = "1..*",
                description = "suggestion ids as suggest prints them (move-bodies:HEADER,"
                        + " forward-declare:HEADER:INCLUDED, split:HEADER)")
        List<String> suggestions;
    }

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder to write the patches into")
    Path out;

    @Option(names = "--verify", description = "apply on a copy with git, compile with clang, measure the saving")
    boolean verify;

    @Option(names = "--make-external", description = "let static functions of suggestions become external")
    boolean makeExternal;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlanFile planFile = null;
        try {
            if (source.plan != null) {
                planFile = PlanFile.read(source.plan);
            }
        } catch (RefactorException e) {
            err.println("headroom: " + e.getMessage());
            return HeadroomCommand.BAD_INPUT;
        }
        Optional<AnalysedWorkspace> analysed = workspaceOptions.analyse(workspaceOptions.request(), err);
        if (analysed.isEmpty()) {
            return HeadroomCommand.BAD_INPUT;
        }
        RefactorWorkbench workbench = new RefactorWorkbench(analysed.get());
        Path root = Path.of(analysed.get().workspace().root());
        try {
            PatchExport.check(out, root);
            List<MoveProposal> proposals = new ArrayList<>();
            List<ForwardProposal> forwards = new ArrayList<>();
            List<SplitProposal> splits = new ArrayList<>();
            if (planFile != null) {
                fromPlan(planFile, workbench, proposals, forwards, splits);
            } else {
                fromSuggestions(workbench, proposals, forwards, splits);
            }
            List<Patch> patches = new ArrayList<>();
            List<RefactorPlan> plans = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (MoveProposal p : proposals) {
                if (p.moved() == 0) {
                    throw new RefactorException(p.plan().id() + ": no body of " + workbench.relative(p.header())
                            + " can move: " + String.join("; ", p.refused().stream()
                            .map(r -> r.function().qualifiedName() + ": " + r.reasons()).toList()));
                }
                patches.add(workbench.patch(p.plan(), List.of(p), workbench.predict(List.of(p), () -> false)));
                plans.add(p.plan());
                notes.addAll(workbench.notes(p));
            }
            for (ForwardProposal f : forwards) {
                if (!f.possible()) {
                    throw new RefactorException(f.plan().id() + ": #include " + f.spelled() + " stays in "
                            + workbench.relative(f.header()) + ": " + String.join("; ", f.refused().stream()
                            .map(ForwardRefusal::reason).toList()));
                }
                patches.add(workbench.patch(f.plan(), workbench.predictPlan(f.plan(), () -> false),
                        workbench.notes(f)));
                plans.add(f.plan());
                notes.addAll(workbench.notes(f));
            }
            for (SplitProposal p : splits) {
                if (!p.possible()) {
                    throw new RefactorException(workbench.refusal(p));
                }
                patches.add(workbench.patch(p.plan(), workbench.predictPlan(p.plan(), () -> false),
                        workbench.notes(p)));
                plans.add(p.plan());
                notes.addAll(workbench.notes(p));
            }
            RefactorPlan combined = RefactorWorkbench.combinedPlans(plans);
            SavingPrediction together = forwards.isEmpty() && splits.isEmpty()
                    ? workbench.predict(proposals, () -> false)
                    : workbench.predictPlan(combined, () -> false);
            Patch all = workbench.patch(combined, together, notes);
            patches.add(new Patch("combined", "combined.patch", all.text()));
            for (Path written : PatchExport.write(out, root, patches)) {
                stdout.println("wrote " + written);
            }
            PredictionText.lines(together, workbench::relative).forEach(stdout::println);
            if (!verify) {
                stdout.flush();
                return HeadroomCommand.OK;
            }
            VerifyReport report = workbench.verify(combined, together, () -> false);
            print(stdout, report);
            stdout.flush();
            return report.ok() ? HeadroomCommand.OK : NOT_VERIFIED;
        } catch (RefactorException e) {
            err.println("headroom: " + e.getMessage());
        } catch (SessionException e) {
            err.println("headroom: " + e.problem());
        } catch (SessionCancelledException e) {
            err.println("headroom: " + e.getMessage());
        }
        return HeadroomCommand.BAD_INPUT;
    }

    private static void fromPlan(PlanFile plan, RefactorWorkbench workbench, List<MoveProposal> moves,
            List<ForwardProposal> forwards, List<SplitProposal> splits) throws RefactorException {
        RefactorWorkbench.PlanProposals planned = workbench.proposals(plan);
        moves.addAll(planned.moves());
        forwards.addAll(planned.forwards());
        splits.addAll(planned.splits());
    }

    private void fromSuggestions(RefactorWorkbench workbench, List<MoveProposal> moves,
            List<ForwardProposal> forwards, List<SplitProposal> splits) throws RefactorException,
            SessionCancelledException {
        String movePrefix = "move-bodies:";
        String forwardPrefix = "forward-declare:";
        String splitPrefix = "split:";
        for (String id : source.suggestions) {
            if (id.startsWith(splitPrefix)) {
                String spelled = id.substring(splitPrefix.length());
                String header = workbench.header(spelled).orElseThrow(() -> new RefactorException(
                        "suggestion " + id + " names " + spelled + ", which the analysis did not see"));
                splits.add(workbench.split(header, SplitPlanner.Choice.byDefault(), () -> false));
                continue;
            }
            if (id.startsWith(forwardPrefix) && id.indexOf(':', forwardPrefix.length()) > 0) {
                int colon = id.indexOf(':', forwardPrefix.length());
                forwards.add(workbench.forward(id.substring(forwardPrefix.length(), colon), id.substring(colon + 1),
                        "suggestion " + id));
                continue;
            }
            if (!id.startsWith(movePrefix)) {
                throw new RefactorException("unknown suggestion " + id + "; suggest prints ids like move-bodies:HEADER,"
                        + " forward-declare:HEADER:INCLUDED and split:HEADER");
            }
            String spelled = id.substring(movePrefix.length());
            String header = workbench.header(spelled).orElseThrow(() -> new RefactorException(
                    "suggestion " + id + " names " + spelled + ", which the analysis did not see"));
            moves.add(workbench.planner().plan(header, new MovePlanner.Selection.All(), null, makeExternal));
        }
    }

    private static void print(PrintWriter out, VerifyReport report) {
        out.println();
        out.println("git apply --check: " + (report.applies() ? "ok" : "REFUSED"));
        if (!report.applies()) {
            out.print(report.gitOutput());
        }
        for (VerifyReport.Compile c : report.compiles()) {
            out.println("clang++ -fsyntax-only " + c.what() + ": " + (c.ok() ? "ok" : "FAILED " + c.detail()));
        }
        for (VerifyReport.Measured m : report.measured()) {
            out.printf("%s: predicted %s, measured by clang %s (%s -> %s)%n", m.unit(), Bytes.human(m.predicted()),
                    Bytes.human(m.saved()), Bytes.human(m.before()), Bytes.human(m.after()));
        }
    }
}
