// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.refactor;

import dev.headroom.refactor.Proposal;
import dev.headroom.refactor.RefactorException;
import dev.headroom.refactor.SplitPlanner;
import dev.headroom.refactor.SplitProposal;
import dev.headroom.session.RefactorWorkbench;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The refactor panel's split commands: planning a header's split in the background, the pieces of a planned split
 * for the Arrange dialog, and planning it again as the user arranged it, in that step's place. One background job:
 * a newer split or arrangement cancels the older.
 */
final class SplitCommands {
    private final PanelJobs jobs;
    private final PlanHistory history;
    private final Supplier<RefactorWorkbench> workbench;
    private final Supplier<String> noWorkbench;
    private final Consumer<String> say;
    private final Consumer<Proposal> add;
    private final Runnable planChanged;
    private PanelJobs.Job job;

    /**
     * @param workbench   the workbench on screen, {@code null} when there is none
     * @param noWorkbench why there is none
     * @param say         shows the panel's message
     * @param add         adds a planned split to the plan
     * @param planChanged shows and estimates the plan after a step was replaced
     */
    SplitCommands(PanelJobs jobs, PlanHistory history, Supplier<RefactorWorkbench> workbench,
            Supplier<String> noWorkbench, Consumer<String> say, Consumer<Proposal> add, Runnable planChanged) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.history = Objects.requireNonNull(history, "history");
        this.workbench = workbench;
        this.noWorkbench = noWorkbench;
        this.say = say;
        this.add = add;
        this.planChanged = planChanged;
    }

    /** See {@link RefactorViewModel#addSplit(String)}. */
    void plan(String header) {
        RefactorWorkbench bench = workbench.get();
        if (bench == null) {
            say.accept(noWorkbench.get());
            return;
        }
        say.accept("Outlining " + bench.relative(header) + " to split it…");
        job = jobs.start(job, "Planning a split of " + bench.relative(header) + "…", cancelled -> {
            SplitProposal split;
            try {
                synchronized (bench) {
                    split = bench.split(header, SplitPlanner.Choice.byDefault(), cancelled);
                }
            } catch (RefactorException e) {
                return () -> say.accept("Not split: " + e.getMessage());
            }
            return () -> {
                if (bench != workbench.get()) {
                    return;
                }
                if (split.possible()) {
                    add.accept(split);
                } else {
                    say.accept("Not added: " + bench.refusal(split));
                }
            };
        }, why -> say.accept("Not split: " + why));
    }

    /** See {@link RefactorViewModel#splitPieces(int)}. */
    List<SplitPlanner.ChosenPiece> pieces(int index) {
        SplitProposal split = splitAt(index);
        return split == null ? List.of() : split.pieces().stream().map(p -> new SplitPlanner.ChosenPiece(
                Path.of(p.file()).getFileName().toString(), p.declarations())).toList();
    }

    /** See {@link RefactorViewModel#splitPieceUsers(int)}. */
    List<List<String>> pieceUsers(int index) {
        SplitProposal split = splitAt(index);
        return split == null ? List.of() : split.pieces().stream().map(SplitProposal.Piece::usedBy).toList();
    }

    /** See {@link RefactorViewModel#rearrangeSplit(int, List)}. */
    void rearrange(int index, List<SplitPlanner.ChosenPiece> pieces) {
        List<Proposal> plan = history.steps();
        RefactorWorkbench bench = workbench.get();
        SplitProposal old = splitAt(index);
        if (bench == null || old == null) {
            say.accept("Nothing to arrange: choose a split in the plan");
            return;
        }
        List<SplitPlanner.ChosenPiece> kept = pieces.stream().filter(p -> !p.declarations().isEmpty()).toList();
        SplitPlanner.Choice choice = new SplitPlanner.Choice(kept.size(), kept, !old.repoints().isEmpty());
        job = jobs.start(job, "Planning the split as arranged…", cancelled -> {
            SplitProposal split;
            try {
                synchronized (bench) {
                    split = bench.split(old.header(), choice, cancelled);
                }
            } catch (RefactorException e) {
                return () -> say.accept("Not arranged: " + e.getMessage());
            }
            return () -> {
                if (bench != workbench.get() || history.steps() != plan) {
                    return; // the plan changed meanwhile: this arrangement was for another one
                }
                if (!split.possible()) {
                    say.accept("Not arranged: " + bench.refusal(split));
                    return;
                }
                history.replace(index, split);
                say.accept("Split of " + bench.relative(old.header()) + " arranged in " + kept.size() + " pieces");
                planChanged.run();
            };
        }, why -> say.accept("Not arranged: " + why));
    }

    /** Stops the job in the background. */
    void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    /** Drops the job's result: another workspace is on screen. */
    void supersede() {
        if (job != null) {
            job.supersede();
        }
    }

    /** The split at {@code index} of the plan, or {@code null} when that step is not one. */
    private SplitProposal splitAt(int index) {
        List<Proposal> plan = history.steps();
        return index >= 0 && index < plan.size() && plan.get(index) instanceof SplitProposal split ? split : null;
    }
}
