// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.refactor;

import dev.headroom.refactor.FileChange;
import dev.headroom.refactor.Patch;
import dev.headroom.refactor.Proposal;
import dev.headroom.refactor.RefactorPlan;
import dev.headroom.refactor.SplitPlanner;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.CompareInput;
import dev.headroom.session.CompareRequest;
import dev.headroom.session.PatchExport;
import dev.headroom.session.PredictionText;
import dev.headroom.session.RefactorSuggestion;
import dev.headroom.session.RefactorWorkbench;
import dev.headroom.session.SavingPrediction;
import dev.headroom.session.SessionCancelledException;
import dev.headroom.session.SessionException;
import dev.headroom.session.VerifyReport;
import dev.headroom.ui.ExplorerState;
import dev.headroom.ui.Formats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The refactor panel: the workbench's suggestions for the workspace on screen, the plan being built from them (in
 * order, with undo and redo), its estimated saving per step, per unit and for the JIT recomputed after every change,
 * clang's measured saving once verified, the patch, its export, and the plan as revision B of a compare. Every
 * prediction, plan, verification and write runs on {@code executor} and can be cancelled; a result for a plan or a
 * workspace no longer on screen is dropped. A reanalysis of the same tree (F5) keeps the plan's steps whose files
 * read as they did. Holds no Nodes.
 *
 * <p>Commands are called on the FX thread (or, in tests, on one thread).
 */
public final class RefactorViewModel {
    private static final int TOP = 10;

    private final ExplorerState state;
    private final PanelJobs jobs;
    private final PlanHistory history = new PlanHistory();

    private final ObservableList<SuggestionRow> suggestions = FXCollections.observableArrayList();
    private final ObservableList<SuggestionRow> suggestionsView = FXCollections.unmodifiableObservableList(suggestions);
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final ObservableList<StepRow> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ObservableList<ModuleRow> modules = FXCollections.observableArrayList();
    private final ObservableList<ModuleRow> modulesView = FXCollections.unmodifiableObservableList(modules);
    private final ReadOnlyStringWrapper suggestionsText = new ReadOnlyStringWrapper(this, "suggestionsText", "");
    private final ReadOnlyStringWrapper predictedText = new ReadOnlyStringWrapper(this, "predictedText", "");
    private final ReadOnlyStringWrapper jitText = new ReadOnlyStringWrapper(this, "jitText", "");
    private final ReadOnlyStringWrapper measuredText = new ReadOnlyStringWrapper(this, "measuredText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper verifying = new ReadOnlyBooleanWrapper(this, "verifying");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper predicted = new ReadOnlyBooleanWrapper(this, "predicted");
    private final ReadOnlyBooleanWrapper verified = new ReadOnlyBooleanWrapper(this, "verified");
    private final ReadOnlyObjectWrapper<Set<String>> touched = new ReadOnlyObjectWrapper<>(this, "touched", Set.of());

    /** The workbench of the workspace on screen, or {@code null} when it cannot refactor (a saved analysis). */
    private RefactorWorkbench workbench;
    /** The root of the workspace on screen, so a reanalysis of it (F5) keeps the plan where the files allow. */
    private String shownRoot;
    /** Why there is no workbench, for the panel. */
    private String noWorkbench = "Open a workspace to get refactor suggestions.";
    private Map<String, List<Offer>> offers = Map.of();
    private boolean offersReady;
    private boolean suggested;
    /** Estimates, alone per refactor and per plan, by the plan's key; they stay true while the workspace does. */
    private final Map<String, SavingPrediction> predictions = new ConcurrentHashMap<>();
    private final Map<String, List<FileChange>> changes = new ConcurrentHashMap<>();
    private final Map<String, Long> measuredSaving = new ConcurrentHashMap<>();
    private final Map<String, VerifyReport> reports = new ConcurrentHashMap<>();

    /** One background job per kind; a newer one of a kind cancels the older. */
    private PanelJobs.Job suggestJob;
    private PanelJobs.Job planJob;
    private PanelJobs.Job offersJob;
    private final SplitCommands splits;

    /**
     * @param executor where the workbench runs; never the FX thread
     * @param fxThread where results come back: the thread commands are called on
     */
    public RefactorViewModel(ExplorerState state, Executor executor, Executor fxThread) {
        this.state = Objects.requireNonNull(state, "state");
        this.jobs = new PanelJobs(executor, fxThread);
        this.splits = new SplitCommands(jobs, history, () -> workbench, () -> noWorkbench, message::set, this::add,
                this::planChanged);
        state.analysedProperty().addListener((o, a, ws) -> workspaceShown(ws));
        workspaceShown(state.analysed());
    }

    // ---- what the panel shows ------------------------------------------------------------------------------------

    /** The workbench's suggestions for the workspace on screen, best first; empty until {@link #suggest()}. */
    public ObservableList<SuggestionRow> suggestions() {
        return suggestionsView;
    }

    /** The plan's steps, in order. */
    public ObservableList<StepRow> steps() {
        return stepsView;
    }

    /** Every unit the whole plan changes, estimated before and after (and measured once verified). */
    public ObservableList<ModuleRow> modules() {
        return modulesView;
    }

    /** Where the suggestions are: being found, how many, or why there are none. */
    public ReadOnlyStringProperty suggestionsTextProperty() {
        return suggestionsText.getReadOnlyProperty();
    }

    /** The plan's estimated saving over every unit, or what is being estimated; empty without a plan. */
    public ReadOnlyStringProperty predictedTextProperty() {
        return predictedText.getReadOnlyProperty();
    }

    /** The JIT's worst peak before and after the plan; empty without jank modules or a plan. */
    public ReadOnlyStringProperty jitTextProperty() {
        return jitText.getReadOnlyProperty();
    }

    /** What clang measured the plan to save, beside the estimate; empty before "Verify with clang". */
    public ReadOnlyStringProperty measuredTextProperty() {
        return measuredText.getReadOnlyProperty();
    }

    /** What the panel's background work is doing; empty when idle. */
    public ReadOnlyStringProperty progressTextProperty() {
        return jobs.doingProperty();
    }

    /** What the last command came to (written patches, a refusal), for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return jobs.runningProperty();
    }

    /** Whether clang is verifying the plan now: Verify waits for it rather than starting again. */
    public ReadOnlyBooleanProperty verifyingProperty() {
        return verifying.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Whether the plan on screen has its estimate: verifying, previewing, exporting and comparing need it. */
    public ReadOnlyBooleanProperty predictedProperty() {
        return predicted.getReadOnlyProperty();
    }

    /** Whether {@link #measuredTextProperty()} holds clang's figures for the plan on screen (not "not yet"). */
    public ReadOnlyBooleanProperty verifiedProperty() {
        return verified.getReadOnlyProperty();
    }

    /** Absolute paths of the files the plan changes (the headers, the new sources), for the treemap's markers. */
    public ReadOnlyObjectProperty<Set<String>> touchedProperty() {
        return touched.getReadOnlyProperty();
    }

    /**
     * The refactors a tile's menu offers for the header at {@code path}, possible or refused with the reason; empty
     * for a header none applies to, or while they are being planned ({@link #offersReady()} says which).
     */
    public List<Offer> offersFor(String path) {
        return offers.getOrDefault(path, List.of());
    }

    /** Whether the refactors of every header are planned, so {@link #offersFor} is complete. */
    public boolean offersReady() {
        return offersReady;
    }

    /** Why the panel cannot refactor the workspace on screen, or empty when it can. */
    public String unavailableReason() {
        return workbench == null ? noWorkbench : "";
    }

    // ---- commands -------------------------------------------------------------------------------------------------

    /** Finds the suggestions of the workspace on screen in the background, unless found already. */
    public void suggestOnce() {
        if (!suggested) {
            suggest();
        }
    }

    /** Finds the workbench's suggestions again, in the background (each is predicted on a patched copy). */
    public void suggest() {
        RefactorWorkbench bench = workbench;
        if (bench == null) {
            suggestionsText.set(noWorkbench);
            return;
        }
        suggested = true;
        suggestionsText.set("Finding suggestions (each is predicted on a patched copy)…");
        suggestJob = jobs.start(suggestJob, "Finding refactor suggestions…", cancelled -> {
            List<RefactorSuggestion> found;
            // The forward planner keeps caches that are not safe to share; planning every header uses it too.
            synchronized (bench) {
                found = bench.suggestAll(TOP, cancelled);
            }
            found.forEach(s -> predictions.put(key(List.of(s.proposal())), s.prediction()));
            List<SuggestionRow> rows = found.stream().map(s -> new SuggestionRow(s.proposal().kind(),
                    bench.relative(s.proposal().header()), s.proposal().plan().title(), s.score(),
                    s.prediction().units().size(), s.proposal().blockers(), s.proposal())).toList();
            return () -> {
                if (bench == workbench) {
                    suggestions.setAll(rows);
                    suggestionsText.set(rows.isEmpty() ? "No refactor is predicted to save anything here."
                            : rows.size() + (rows.size() == 1 ? " suggestion" : " suggestions")
                            + ", best first by estimated AST saved");
                }
            };
        }, why -> suggestionsText.set("No suggestions: " + why + " (Find again)"));
    }

    /** Adds a suggestion's refactor at the end of the plan. */
    public void add(SuggestionRow row) {
        add(row.proposal());
    }

    /** Adds {@code proposal} at the end of the plan; a refused one or one already planned is not added, and said so. */
    public void add(Proposal proposal) {
        if (workbench == null) {
            message.set(noWorkbench);
            return;
        }
        if (!proposal.possible()) {
            message.set("Not added: " + proposal.plan().title() + ": " + first(proposal.blockers()));
            return;
        }
        if (!history.add(proposal)) {
            message.set("Already in the plan: " + proposal.plan().title());
            return;
        }
        message.set("Added to the plan: " + proposal.kind() + " " + workbench.relative(proposal.header()));
        planChanged();
    }

    /**
     * Plans a split of {@code header} into pieces as the planner arranges them (its outline is parsed first, in the
     * background), then adds it to the plan, or says why the header cannot be split.
     */
    public void addSplit(String header) {
        splits.plan(header);
    }

    /**
     * The pieces of the split at {@code index} of the plan, each its file name and the declarations it holds, for
     * the user to arrange; empty when that step is not a split.
     */
    public List<SplitPlanner.ChosenPiece> splitPieces(int index) {
        return splits.pieces(index);
    }

    /** Who uses each piece of the split at {@code index}, in the pieces' order; empty when it is not a split. */
    public List<List<String>> splitPieceUsers(int index) {
        return splits.pieceUsers(index);
    }

    /**
     * Plans the split at {@code index} again with its declarations arranged as {@code pieces} say (the user moved
     * some between pieces), and puts it in that step's place, undoably; a refused arrangement leaves the step and
     * says why.
     */
    public void rearrangeSplit(int index, List<SplitPlanner.ChosenPiece> pieces) {
        splits.rearrange(index, pieces);
    }

    /** Takes the step at {@code index} (0-based) out of the plan. */
    public void remove(int index) {
        history.remove(index);
        planChanged();
    }

    public void undo() {
        history.undo();
        planChanged();
    }

    public void redo() {
        history.redo();
        planChanged();
    }

    /** Stops what the panel is doing in the background. */
    public void cancel() {
        for (PanelJobs.Job job : new PanelJobs.Job[] {suggestJob, planJob, offersJob}) {
            if (job != null) {
                job.cancel();
            }
        }
        splits.cancel();
    }

    /**
     * Applies the plan's patch to a copy of the tree with git, compiles what it touches with clang and measures the
     * affected units before and after: the whole plan first, then each step alone; each measurement shows beside its
     * estimate when it arrives.
     */
    public void verify() {
        List<Proposal> plan = history.steps();
        RefactorWorkbench bench = workbench;
        String key = key(plan);
        SavingPrediction together = predictions.get(key);
        if (bench == null || plan.isEmpty() || together == null) {
            message.set("Nothing to verify yet: add a refactor and wait for its estimate");
            return;
        }
        if (verifying.get()) {
            message.set("Already verifying this plan with clang; its figures show when clang is done");
            return;
        }
        measuredText.set("Verifying with clang: applying the patch on a copy, compiling and measuring…");
        verifying.set(true);
        planJob = jobs.start(planJob, "Verifying the plan with git and clang…", cancelled -> {
            VerifyReport report = bench.verify(combined(plan), together, cancelled);
            reports.put(key, report);
            measuredSaving.put(key, report.measured().stream().mapToLong(VerifyReport.Measured::saved).sum());
            jobs.show(() -> refreshIfShowing(bench, plan));
            for (Proposal p : plan) {
                String alone = key(List.of(p));
                if (plan.size() > 1 && !measuredSaving.containsKey(alone) && report.ok()) {
                    SavingPrediction prediction = predictions.get(alone);
                    VerifyReport one = bench.verify(p.plan(), prediction == null ? together : prediction, cancelled);
                    measuredSaving.put(alone, one.measured().stream().mapToLong(VerifyReport.Measured::saved).sum());
                    jobs.show(() -> refreshIfShowing(bench, plan));
                }
            }
            return () -> refreshIfShowing(bench, plan);
        }, why -> measuredText.set("Not verified: " + why), () -> verifying.set(false));
    }

    /** The plan's patch, as {@link #export} writes it combined, handed to {@code show} on the FX thread. */
    public void previewPatch(Consumer<String> show) {
        List<Proposal> plan = history.steps();
        RefactorWorkbench bench = workbench;
        if (bench == null || plan.isEmpty() || !predictions.containsKey(key(plan))) {
            message.set("No patch yet: add a refactor and wait for its estimate");
            return;
        }
        planJob = jobs.start(planJob, "Writing the patch…", cancelled -> {
            String text = combinedPatch(bench, plan).text();
            return () -> show.accept(text);
        }, message::set);
    }

    /**
     * Writes one patch per step and {@code combined.patch} into {@code folder}, each atomically; a folder inside the
     * analysed tree is refused. The outcome goes to {@link #messageProperty()}.
     */
    public void export(Path folder) {
        List<Proposal> plan = history.steps();
        RefactorWorkbench bench = workbench;
        AnalysedWorkspace analysed = state.analysed();
        if (bench == null || plan.isEmpty() || !predictions.containsKey(key(plan))) {
            message.set("Nothing to export yet: add a refactor and wait for its estimate");
            return;
        }
        message.set("Writing patches to " + folder + "…");
        planJob = jobs.start(planJob, "Exporting the patches…", cancelled -> {
            Path root = Path.of(analysed.workspace().root());
            PatchExport.check(folder, root);
            List<Patch> patches = new ArrayList<>();
            for (Proposal p : plan) {
                patches.add(bench.patch(p.plan(), predicted(bench, List.of(p), cancelled), bench.notes(p)));
            }
            Patch all = combinedPatch(bench, plan);
            patches.add(new Patch("combined", "combined.patch", all.text()));
            List<Path> written = PatchExport.write(folder, root, patches);
            return () -> message.set("Wrote " + written.size() + " patches to " + folder + " (apply with git apply "
                    + folder.resolve("combined.patch") + ")");
        }, why -> message.set("Not exported: " + why));
    }

    /**
     * The compare of the analysed folder (A) with the folder after the plan (B), handed to {@code open} on the FX
     * thread: the plan's effect shown exactly as a real change would be.
     */
    public void compare(Consumer<CompareRequest> open) {
        List<Proposal> plan = history.steps();
        RefactorWorkbench bench = workbench;
        AnalysedWorkspace analysed = state.analysed();
        if (bench == null || plan.isEmpty() || !predictions.containsKey(key(plan))) {
            message.set("Nothing to compare yet: add a refactor and wait for its estimate");
            return;
        }
        planJob = jobs.start(planJob, "Preparing the compare…", cancelled -> {
            RefactorPlan combined = combined(plan);
            List<FileChange> files = changes.get(key(plan));
            CompareInput.EditedFolder after = bench.asRevision(combined, files == null ? bench.changes(combined)
                    : files);
            CompareRequest request = CompareRequest.of(new CompareInput.Folder(Path.of(analysed.workspace().root())),
                    after);
            return () -> open.accept(request);
        }, message::set);
    }

    // ---- background work ------------------------------------------------------------------------------------------

    private void workspaceShown(AnalysedWorkspace analysed) {
        for (PanelJobs.Job job : new PanelJobs.Job[] {suggestJob, planJob, offersJob}) {
            if (job != null) {
                job.supersede();
            }
        }
        splits.supersede();
        String root = analysed == null ? null : analysed.workspace().root();
        List<Proposal> carried = root != null && root.equals(shownRoot) ? history.steps() : List.of();
        boolean hadPlan = !history.steps().isEmpty();
        shownRoot = root;
        history.reset();
        predictions.clear();
        changes.clear();
        measuredSaving.clear();
        reports.clear();
        suggestions.clear();
        suggested = false;
        offers = Map.of();
        offersReady = false;
        workbench = null;
        if (analysed == null) {
            noWorkbench = "Open a workspace to get refactor suggestions.";
        } else {
            try {
                workbench = new RefactorWorkbench(analysed);
                noWorkbench = "";
            } catch (IllegalArgumentException readBack) {
                noWorkbench = "This analysis was read back, not parsed: refactors need a workspace analysed here.";
            }
        }
        suggestionsText.set(workbench == null ? noWorkbench : "Suggestions are found when this panel is shown.");
        if (hadPlan && (carried.isEmpty() || workbench == null)) {
            message.set("Plan cleared: another workspace is on screen");
        }
        planChanged();
        RefactorWorkbench bench = workbench;
        if (bench != null && !carried.isEmpty()) {
            carryOver(bench, carried);
        }
        if (bench != null) {
            offersJob = jobs.start(offersJob, "Planning refactors of every header…", cancelled -> {
                Map<String, List<Offer>> planned = offers(bench, cancelled);
                return () -> {
                    if (bench == workbench) {
                        offers = planned;
                        offersReady = true;
                    }
                };
            }, message::set);
        }
    }

    /**
     * Keeps the steps of the plan whose files read as the new analysis read them (a reanalysis with nothing edited
     * keeps them all); a step whose header or source was edited since is dropped, and said so, since its offsets no
     * longer hold.
     */
    private void carryOver(RefactorWorkbench bench, List<Proposal> carried) {
        message.set("Checking the plan's " + carried.size() + " refactors against the files as they are now…");
        planJob = jobs.start(planJob, "Checking the plan against the new analysis…", cancelled -> {
            List<Proposal> kept = new ArrayList<>();
            List<String> dropped = new ArrayList<>();
            for (Proposal p : carried) {
                try {
                    bench.changes(p.plan());
                    kept.add(p);
                } catch (SessionException e) {
                    dropped.add(p.kind() + " " + bench.relative(p.header()) + " (" + e.problem().message() + ")");
                }
            }
            return () -> {
                if (bench != workbench) {
                    return;
                }
                history.restart(kept);
                message.set(dropped.isEmpty()
                        ? "Plan kept: its " + kept.size() + " refactors still apply to the files as they are now"
                        : "Plan kept in part: " + kept.size() + " of " + carried.size() + " refactors still apply;"
                                + " dropped, edited since: " + String.join("; ", dropped));
                planChanged();
            };
        }, why -> message.set("Plan cleared: " + why));
    }

    /** Every header's refactors, possible or refused, planned once per workspace. */
    private static Map<String, List<Offer>> offers(RefactorWorkbench bench, BooleanSupplier cancelled)
            throws SessionException, SessionCancelledException {
        Map<String, List<Offer>> out = new LinkedHashMap<>();
        Map<String, List<Proposal>> planned;
        synchronized (bench) {
            planned = bench.proposalsByHeader(cancelled);
        }
        planned.forEach((h, proposals) -> out.put(h, proposals.stream()
                .map(p -> new Offer(p.plan().title(), p, p.possible() ? "" : first(p.blockers()))).toList()));
        return Map.copyOf(out);
    }

    /** Shows the plan as it now is and starts estimating it (each step alone, then all together). */
    private void planChanged() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        List<Proposal> plan = history.steps();
        RefactorWorkbench bench = workbench;
        refresh(bench, plan);
        if (bench == null || plan.isEmpty() || (predictions.containsKey(key(plan)) && changes.containsKey(key(plan)))) {
            return;
        }
        if (modules.isEmpty()) { // no sum of the steps shown by refresh: say a reparse is under way
            predictedText.set("Estimating the plan's saving (reparsing the units it changes on a patched copy)…");
        }
        planJob = jobs.start(planJob, "Estimating the plan's saving…", cancelled -> {
            for (Proposal p : plan) {
                predicted(bench, List.of(p), cancelled);
                jobs.show(() -> refreshIfShowing(bench, plan));
            }
            predicted(bench, plan, cancelled);
            String key = key(plan);
            if (!changes.containsKey(key)) {
                changes.put(key, bench.changes(combined(plan)));
            }
            return () -> refreshIfShowing(bench, plan);
        }, why -> predictedText.set("Not estimated: " + why));
    }

    private SavingPrediction predicted(RefactorWorkbench bench, List<Proposal> plan, BooleanSupplier cancelled)
            throws SessionException, SessionCancelledException {
        String key = key(plan);
        SavingPrediction known = predictions.get(key);
        if (known != null) {
            return known;
        }
        SavingPrediction p = bench.predictPlan(combined(plan), cancelled);
        predictions.put(key, p);
        return p;
    }

    private Patch combinedPatch(RefactorWorkbench bench, List<Proposal> plan) throws SessionException {
        List<String> notes = new ArrayList<>();
        plan.forEach(p -> notes.addAll(bench.notes(p)));
        RefactorPlan combined = combined(plan);
        return bench.patch(combined, predictions.get(key(plan)), notes);
    }

    private void refreshIfShowing(RefactorWorkbench bench, List<Proposal> plan) {
        if (bench == workbench && plan == history.steps()) {
            refresh(bench, plan);
        }
    }

    /** Shows what is known of {@code plan}: its steps, their estimates and measurements, the units, the JIT. */
    private void refresh(RefactorWorkbench bench, List<Proposal> plan) {
        List<StepRow> rows = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            Proposal p = plan.get(i);
            SavingPrediction alone = predictions.get(key(List.of(p)));
            rows.add(new StepRow(i + 1, p.kind(), bench == null ? p.header() : bench.relative(p.header()),
                    p.plan().title(), alone == null ? null : alone.totalBytes(),
                    measuredSaving.get(key(List.of(p))),
                    p.blockers()));
        }
        steps.setAll(rows);
        String key = key(plan);
        SavingPrediction together = plan.isEmpty() ? null : predictions.get(key);
        List<FileChange> files = plan.isEmpty() ? null : changes.get(key);
        predicted.set(together != null && files != null);
        VerifyReport report = reports.get(key);
        Map<String, Long> measured = new LinkedHashMap<>();
        if (report != null) {
            report.measured().forEach(m -> measured.put(m.unit(), m.saved()));
        }
        if (together == null) {
            jitText.set("");
            Optional<List<ModuleRow>> added = AddedSteps.rows(plan,
                    plan.stream().map(p -> predictions.get(key(List.of(p)))).toList());
            if (plan.size() > 1 && added.isPresent()) {
                modules.setAll(added.get());
                predictedText.set("Estimated: about " + Formats.bytes(AddedSteps.total(added.get()))
                        + " (the steps' own savings added; reparsing them together…)");
            } else {
                modules.clear();
                predictedText.set(plan.isEmpty() ? "Add a suggestion, or right-click a header in the treemap."
                        : "Estimating the plan's saving…");
            }
        } else {
            modules.setAll(together.units().stream().map(u -> new ModuleRow(u.unit(), u.astBefore(), u.astAfter(),
                    u.peakBefore(), u.peakAfter(), measured.get(u.unit()))).toList());
            predictedText.set("Estimated: " + Formats.bytes(together.totalBytes()) + " of AST memory saved over "
                    + together.units().size() + (together.units().size() == 1 ? " unit" : " units"));
            jitText.set(together.jit() == null ? "" : "JIT peak (estimated): " + Formats.bytes(together.jit().before())
                    + " → " + Formats.bytes(together.jit().after()) + " of " + Formats.bytes(together.jit().limit()));
        }
        verified.set(report != null && report.ok());
        if (report == null) {
            measuredText.set(plan.isEmpty() ? "" : "Measured: not yet (Verify with clang)");
        } else if (!report.ok()) {
            measuredText.set("Measured: the patch " + (report.applies() ? "does not compile: " + report.compiles()
                    .stream().filter(c -> !c.ok()).map(c -> c.what() + ": " + c.detail()).findFirst().orElse("")
                    : "does not apply: " + report.gitOutput().strip()));
        } else {
            measuredText.set("Measured by clang: " + Formats.bytes(measuredSaving.getOrDefault(key, 0L))
                    + " of ASTContext saved over " + report.measured().size() + " units; git apply and "
                    + report.compiles().size() + " compiles ok");
        }
        touched.set(files == null ? Set.of() : Set.copyOf(files.stream().map(FileChange::path).toList()));
    }

    private static RefactorPlan combined(List<Proposal> plan) {
        return RefactorWorkbench.combinedPlans(plan.stream().map(Proposal::plan).toList());
    }

    /**
     * A plan's key: its refactors' ids in order, each with a digest of its edits, since a split arranged anew keeps
     * its id and must not be shown the estimate of the old arrangement.
     */
    private static String key(List<Proposal> plan) {
        return String.join("\n", plan.stream().map(p -> p.plan().id() + "@" + Integer.toHexString(p.plan().hashCode()))
                .toList());
    }

    private static String first(List<String> reasons) {
        if (reasons.isEmpty()) {
            return "nothing to change";
        }
        return reasons.get(0) + (reasons.size() > 1 ? " (and " + (reasons.size() - 1) + " more)" : "");
    }

    /** The plan's prediction in the patch heading's words, for tests and tooltips. */
    String predictionLines() {
        SavingPrediction p = predictions.get(key(history.steps()));
        return p == null || workbench == null ? "" : String.join("\n", PredictionText.lines(p, workbench::relative));
    }
}
