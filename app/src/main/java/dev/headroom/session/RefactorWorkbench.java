// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.analysis.jit.JitBudget;
import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.ingest.AnalysisCancelledException;
import dev.headroom.ingest.AnalysisListener;
import dev.headroom.ingest.AnalysisOptions;
import dev.headroom.ingest.ClangMeasurer;
import dev.headroom.ingest.WorkspaceAnalyzer;
import dev.headroom.measure.ClangException;
import dev.headroom.measure.ClangStats;
import dev.headroom.model.FileInUnit;
import dev.headroom.model.IncludeEdge;
import dev.headroom.model.JankModule;
import dev.headroom.model.MeasuredUnit;
import dev.headroom.model.Origin;
import dev.headroom.model.Problem;
import dev.headroom.model.SourceFile;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import dev.headroom.refactor.FileChange;
import dev.headroom.refactor.ForwardDeclareStep;
import dev.headroom.refactor.ForwardPlanner;
import dev.headroom.refactor.ForwardProposal;
import dev.headroom.refactor.MovePlanner;
import dev.headroom.refactor.MoveProposal;
import dev.headroom.refactor.Patch;
import dev.headroom.refactor.PlanFile;
import dev.headroom.refactor.Proposal;
import dev.headroom.refactor.RefactorException;
import dev.headroom.refactor.RefactorPlan;
import dev.headroom.refactor.RefactorStep;
import dev.headroom.refactor.SourceTexts;
import dev.headroom.refactor.SplitHeaderStep;
import dev.headroom.refactor.SplitPlanner;
import dev.headroom.refactor.SplitProposal;
import dev.headroom.ingest.HeaderOutliner;
import dev.headroom.model.HeaderOutline;
import dev.headroom.workspace.InputException;
import dev.headroom.workspace.JankNamespaceReader;
import dev.headroom.model.UnitKind;
import dev.headroom.workspace.UnitSpec;
import dev.headroom.workspace.WorkspaceInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The refactor workbench over one analysed workspace: plans moves of inline bodies, predicts what they save by
 * reparsing a patched copy of the tree with the session's cost model, ranks suggestions, turns plans into patches and
 * verifies a patch on a copy with git and clang. Never writes into the analysed tree.
 */
public final class RefactorWorkbench {
    private final AnalysedWorkspace analysed;
    private final MovePlanner planner;
    private final ForwardPlanner forwardPlanner;
    private final SplitPlanner splitPlanner;
    private final Map<String, HeaderOutline> outlines = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @throws IllegalArgumentException when {@code analysed} was not produced by a session run (a model read back from
     *                                  JSON has no inputs to reparse)
     */
    public RefactorWorkbench(AnalysedWorkspace analysed) {
        this.analysed = Objects.requireNonNull(analysed, "analysed");
        if (analysed.inputs() == null) {
            throw new IllegalArgumentException("the refactor workbench needs a workspace analysed by this session");
        }
        this.planner = new MovePlanner(analysed.workspace());
        this.forwardPlanner = new ForwardPlanner(analysed.workspace());
        List<SplitPlanner.JankAlias> aliases = new ArrayList<>();
        for (dev.headroom.workspace.JankModule m : analysed.inputs().modules()) {
            for (dev.headroom.workspace.HeaderRequire r : m.headerRequires()) {
                aliases.add(new SplitPlanner.JankAlias(m.namespace(), m.file().toAbsolutePath().normalize().toString(),
                        r.header(), r.alias(), r.scope()));
            }
        }
        this.splitPlanner = new SplitPlanner(analysed.workspace(), aliases);
    }

    public SplitPlanner splitPlanner() {
        return splitPlanner;
    }

    /**
     * Splitting {@code header} (absolute) as {@code choice} asks, planned on the header's outline, which is parsed
     * once (from the first unit entering it) and kept.
     */
    public SplitProposal split(String header, SplitPlanner.Choice choice, BooleanSupplier cancelled)
            throws RefactorException, SessionCancelledException {
        return splitPlanner.plan(outline(header, cancelled), choice);
    }

    /** The outline of {@code header}'s declarations, parsed once from the first unit entering it. */
    public HeaderOutline outline(String header, BooleanSupplier cancelled) throws RefactorException,
            SessionCancelledException {
        HeaderOutline known = outlines.get(header);
        if (known != null) {
            return known;
        }
        String unit = splitPlanner.unitFor(header).orElseThrow(() -> new RefactorException(
                relative(header) + " is entered by no analysed unit; analyse again or check the name"));
        UnitSpec spec = analysed.inputs().units().stream().filter(u -> u.name().equals(unit)).findFirst()
                .orElseThrow(() -> new RefactorException("unit " + unit + " is not among the inputs"));
        try {
            HeaderOutline outline = new HeaderOutliner(AnalysisOptions.defaults()).outline(spec, Path.of(header),
                    cancelled);
            outlines.put(header, outline);
            return outline;
        } catch (AnalysisCancelledException e) {
            throw new SessionCancelledException(e.getMessage(), e);
        }
    }

    /**
     * The {@code top} heaviest project headers with two or more includers, planned as a split with the default
     * choice; the possible ones predicted (by reparsing the units entering the header on a patched copy) and ranked by AST bytes saved over
     * every unit.
     *
     * @param top at most this many headers are outlined and planned
     */
    public SplitSuggestions suggestSplits(int top, BooleanSupplier cancelled) throws SessionException,
            SessionCancelledException {
        List<SplitProposal> possible = new ArrayList<>();
        List<SplitProposal> refused = new ArrayList<>();
        // Each candidate costs a parse for its outline: the heaviest (own cost times units reaching it) go first.
        List<String> candidates = new ArrayList<>(splitPlanner.candidates());
        candidates.sort(Comparator.comparingLong((String h) -> -analysed.costs().self(h) * unitsReaching(h).size()));
        for (String header : candidates.stream().limit(Math.max(top, 0)).toList()) {
            try {
                SplitProposal p = split(header, SplitPlanner.Choice.byDefault(), cancelled);
                (p.possible() && !p.repoints().isEmpty() ? possible : refused).add(p);
            } catch (RefactorException e) {
                throw problem(e);
            }
        }
        List<SplitSuggestion> out = new ArrayList<>();
        for (SplitProposal p : possible) {
            SavingPrediction prediction = predictPlan(p.plan(), cancelled);
            out.add(new SplitSuggestion(p.plan().id(), p, prediction, prediction.totalBytes()));
        }
        out.sort(Comparator.comparingLong(SplitSuggestion::score).reversed());
        return new SplitSuggestions(out, refused);
    }

    /**
     * What {@link #suggestSplits} found.
     *
     * @param possible the headers that split, best first
     * @param refused  the headers that do not, each with its reasons (or, when possible but no includer can use
     *                 fewer pieces, with its includers kept on the umbrella)
     */
    public record SplitSuggestions(List<SplitSuggestion> possible, List<SplitProposal> refused) {
        public SplitSuggestions {
            possible = List.copyOf(possible);
            refused = List.copyOf(refused);
        }
    }

    /** What a split plan makes and whom it repoints, as patch heading lines. */
    public List<String> notes(SplitProposal p) {
        List<String> out = new ArrayList<>();
        for (SplitProposal.Piece piece : p.pieces()) {
            out.add("Piece " + relative(piece.file()) + ": " + piece.declarations().size() + " declaration"
                    + (piece.declarations().size() == 1 ? "" : "s") + " (" + piece.chars() + " characters), includes "
                    + (piece.includes().isEmpty() && piece.needs().isEmpty() ? "nothing"
                    : String.join(", ", java.util.stream.Stream.concat(piece.includes().stream(),
                    piece.needs().stream().map(this::relative)).toList())) + "; used by "
                    + (piece.usedBy().isEmpty() ? "no includer" : String.join(", ", piece.usedBy())));
        }
        out.add(relative(p.header()) + " becomes an umbrella including every piece (and its own includes), so"
                + " includers left on it compile and parse as before");
        for (SplitProposal.Repoint r : p.repoints()) {
            out.add("Repointed " + r.includer() + " -> " + String.join(", ", r.pieces().stream().map(this::relative)
                    .toList()));
        }
        p.kept().forEach(k -> out.add("Kept on the umbrella: " + k));
        return out;
    }

    public ForwardPlanner forwardPlanner() {
        return forwardPlanner;
    }

    /**
     * Every project header's include of a non-system file, planned as "replace with forward declarations"; the
     * possible ones ranked by predicted AST bytes saved over every unit, each predicted by reparsing the units it
     * touches on a patched copy. A cheap first ranking (the included file's inclusive estimate times the units that
     * enter the header) bounds how many are reparsed.
     *
     * @param top at most this many possible suggestions
     * @return the possible suggestions predicted to save, best first, then the refused proposals (without a
     *         prediction)
     */
    public ForwardSuggestions suggestForward(int top, BooleanSupplier cancelled) throws SessionException,
            SessionCancelledException {
        List<ForwardProposal> possible = new ArrayList<>();
        List<ForwardProposal> refused = new ArrayList<>();
        for (IncludeEdge e : forwardPlanner.candidates()) {
            try {
                ForwardProposal p = forwardPlanner.plan(e.includer(), e.target());
                (p.possible() ? possible : refused).add(p);
            } catch (RefactorException ex) {
                throw problem(ex);
            }
            if (cancelled.getAsBoolean()) {
                throw new SessionCancelledException("cancelled while planning forward declarations", null);
            }
        }
        possible.sort(Comparator.comparingLong((ForwardProposal p) -> -analysed.costs().inclusive(p.included())
                * unitsReaching(p.header()).size()));
        List<ForwardSuggestion> out = new ArrayList<>();
        for (ForwardProposal p : possible.stream().limit(Math.max(top, 0)).toList()) {
            SavingPrediction prediction = predictPlan(p.plan(), cancelled);
            if (prediction.totalBytes() > 0) {
                out.add(new ForwardSuggestion(p.plan().id(), p, prediction, prediction.totalBytes()));
            }
        }
        out.sort(Comparator.comparingLong(ForwardSuggestion::score).reversed());
        return new ForwardSuggestions(out, refused);
    }

    /**
     * What {@link #suggestForward} found.
     *
     * @param possible the includes that can go, best first
     * @param refused  the includes that stay, each with its reasons
     */
    public record ForwardSuggestions(List<ForwardSuggestion> possible, List<ForwardProposal> refused) {
        public ForwardSuggestions {
            possible = List.copyOf(possible);
            refused = List.copyOf(refused);
        }
    }

    public MovePlanner planner() {
        return planner;
    }

    /** The path of {@code path} relative to the workspace's root, as patches name it. */
    public String relative(String path) {
        return planner.relative(path);
    }

    /** Resolves a header given as the user typed it: absolute, relative to the root, or a unique path suffix. */
    public Optional<String> header(String spelled) {
        Path root = Path.of(analysed.workspace().root());
        for (Path candidate : List.of(Path.of(spelled).toAbsolutePath().normalize(), root.resolve(spelled).normalize())) {
            if (analysed.files().file(candidate.toString()).isPresent()) {
                return Optional.of(candidate.toString());
            }
        }
        List<String> matches = analysed.workspace().files().stream().map(SourceFile::path)
                .filter(p -> p.endsWith("/" + spelled)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /**
     * Ranks moves of inline bodies, one per project header with bodies that can move, by predicted saving per unit
     * times the units that include the header; refused bodies are listed with each.
     *
     * @param top at most this many suggestions
     */
    public List<Suggestion> suggest(int top, BooleanSupplier cancelled) throws SessionException,
            SessionCancelledException {
        List<MoveProposal> proposals = new ArrayList<>();
        for (SourceFile file : analysed.workspace().files()) {
            if (file.origin() != Origin.PROJECT || planner.candidates(file.path()).isEmpty()) {
                continue;
            }
            try {
                proposals.add(planner.plan(file.path(), new MovePlanner.Selection.All(), null, false));
            } catch (RefactorException e) {
                throw problem(e);
            }
        }
        // A cheap first ranking (body nodes moved times units reached) bounds how many headers are reparsed.
        proposals.sort(Comparator.comparingLong((MoveProposal p) -> -(long) p.movedBodyNodes()
                * unitsReaching(p.header()).size()));
        List<MoveProposal> movable = proposals.stream().filter(p -> p.moved() > 0).limit(Math.max(top, 0)).toList();
        Map<String, SourceFile> patched = movable.isEmpty() ? Map.of() : patchedFiles(combined(movable), cancelled);
        List<Suggestion> out = new ArrayList<>();
        for (MoveProposal p : movable) {
            SavingPrediction prediction = prediction(Map.of(p.header(), patched.get(p.header())));
            long score = prediction.perUnitBytes() * unitsReaching(p.header()).size();
            out.add(new Suggestion(p.plan().id(), p, prediction, score));
        }
        out.sort(Comparator.comparingLong(Suggestion::score).reversed());
        return out;
    }

    /** The predicted saving of one or more proposals applied together. */
    public SavingPrediction predict(List<MoveProposal> proposals, BooleanSupplier cancelled) throws SessionException,
            SessionCancelledException {
        return prediction(patchedFiles(combined(proposals), cancelled));
    }

    /**
     * The predicted saving of any plan (moves, forward declarations or both): every unit that enters a file the plan
     * changes is reparsed on a patched copy of the tree, and the analysis with those units and files in place is
     * costed and budgeted as usual. Slower than {@link #predict(List, BooleanSupplier)} for moves alone, which reparses
     * one unit per header, but exact when the plan changes which files a unit enters.
     */
    public SavingPrediction predictPlan(RefactorPlan plan, BooleanSupplier cancelled) throws SessionException,
            SessionCancelledException {
        boolean split = plan.steps().stream().anyMatch(SplitHeaderStep.class::isInstance);
        if (!split && plan.steps().stream().noneMatch(ForwardDeclareStep.class::isInstance)) {
            return prediction(patchedFiles(plan, cancelled));
        }
        List<FileChange> changes = changes(plan);
        Set<String> changed = changedHeaders(changes);
        SavingPrediction p = prediction(reanalysed(changes, changed, cancelled), changed, true);
        if (!split) {
            return p;
        }
        // The umbrella's own cost says nothing: its declarations moved to pieces every old includer still parses.
        String note = "split: only the units whose includers now include fewer pieces save; every includer left on"
                + " the umbrella parses the same declarations as before"
                + (p.modules().isEmpty() ? "" : "; jank: each repointed module's JIT parses only its pieces");
        return new SavingPrediction(List.of(), p.units(), p.jit(), p.modules(), note);
    }

    /** The analysis with every unit reaching a changed file reparsed from a patched copy, paths mapped back. */
    private Workspace reanalysed(List<FileChange> changes, Set<String> changed, BooleanSupplier cancelled)
            throws SessionException, SessionCancelledException {
        Workspace ws = analysed.workspace();
        try (PatchedCopy copy = PatchedCopy.of(Path.of(ws.root()))) {
            copy.write(changes);
            List<UnitSpec> units = unitsReaching(changed);
            WorkspaceInputs inputs = new WorkspaceInputs(ws.name(), copy.tree(), null,
                    mappedAll(copy, units, changes), List.of(), List.of());
            AnalysisOptions options = new AnalysisOptions(Runtime.getRuntime().availableProcessors(), false,
                    AnalysisOptions.defaultCacheDir(), false);
            Workspace reparsed = new WorkspaceAnalyzer(options).analyze(inputs, AnalysisListener.SILENT, cancelled);
            Map<String, TranslationUnit> byName = new LinkedHashMap<>();
            for (TranslationUnit u : reparsed.units()) {
                byName.put(u.name(), new TranslationUnit(u.name(), u.kind(), copy.unmap(u.path()), u.dialect(),
                        u.files().stream().map(f -> new FileInUnit(copy.unmap(f.path()), f.tokens(), f.activeLines(),
                                f.nodes())).toList(),
                        u.includes().stream().map(e -> new IncludeEdge(copy.unmap(e.includer()), e.line(), e.spelled(),
                                e.target() == null ? null : copy.unmap(e.target()), e.status(), e.reason())).toList(),
                        u.problems(), u.parseMillis(), u.cached(), u.notMeasured()));
            }
            Map<String, SourceFile> files = new LinkedHashMap<>();
            ws.files().forEach(f -> files.put(f.path(), f));
            for (SourceFile f : reparsed.files()) {
                String original = copy.unmap(f.path());
                SourceFile before = files.get(original);
                if (before == null || changed.contains(original)) {
                    files.put(original, new SourceFile(original, before == null ? f.origin() : before.origin(),
                            f.bytes(), f.lines(), f.linesOfCode(), before == null ? f.unitsReaching()
                            : before.unitsReaching(), f.declarations(), f.nodes(), f.templateUse()));
                }
            }
            List<TranslationUnit> after = ws.units().stream().map(u -> byName.getOrDefault(u.name(), u)).toList();
            return new Workspace(ws.name(), ws.root(), after, List.copyOf(files.values()), ws.functions(),
                    ws.dependencies(), ws.modules(), ws.problems(), ws.toolchain(), ws.stats());
        } catch (AnalysisCancelledException e) {
            throw new SessionCancelledException(e.getMessage(), e);
        } catch (IOException e) {
            throw new SessionException(new Problem(null, 0, "cannot copy the tree to predict the saving: "
                    + e.getMessage(), Problem.Source.INPUT), e);
        }
    }

    /** One plan doing every proposal's steps, in order. */
    public static RefactorPlan combined(List<MoveProposal> proposals) {
        if (proposals.size() == 1) {
            return proposals.get(0).plan();
        }
        List<RefactorStep> steps = new ArrayList<>();
        proposals.forEach(p -> steps.addAll(p.plan().steps()));
        return new RefactorPlan("combined", "All " + proposals.size() + " refactors together", steps);
    }

    /** The files a plan changes, read afresh and checked against the analysis. */
    public List<FileChange> changes(RefactorPlan plan) throws SessionException {
        try {
            return plan.changes(new SourceTexts(analysed.workspace()));
        } catch (RefactorException e) {
            throw problem(e);
        }
    }

    /** The patch of a plan, headed by what it does, what it refuses and what it is predicted to save. */
    public Patch patch(RefactorPlan plan, List<MoveProposal> proposals, SavingPrediction prediction)
            throws SessionException {
        List<String> notes = new ArrayList<>();
        proposals.forEach(p -> notes.addAll(notes(p)));
        return patch(plan, prediction, notes);
    }

    /** The bodies a move leaves in its header and why, as patch heading lines. */
    public List<String> notes(MoveProposal p) {
        return p.refused().stream().map(r -> "Left in " + relative(p.header()) + ": " + r.function().qualifiedName()
                + " (line " + r.function().firstLine() + "): " + r.reasons()).toList();
    }

    /**
     * A plan file's steps planned on this analysis: each move and forward declaration it names, in the file's order.
     *
     * @throws RefactorException when it names a header the analysis did not see
     */
    public PlanProposals proposals(PlanFile plan) throws RefactorException {
        List<MoveProposal> moves = new ArrayList<>();
        for (PlanFile.Move m : plan.moves()) {
            String h = header(m.header()).orElseThrow(() -> new RefactorException(
                    "the plan names " + m.header() + ", which the analysis did not see"));
            moves.add(planner().plan(h, m.selection(), m.into(), m.makeExternal()));
        }
        List<ForwardProposal> forwards = new ArrayList<>();
        for (PlanFile.ForwardDeclare f : plan.forwardDeclare()) {
            forwards.add(forward(f.header(), f.include(), "the plan"));
        }
        List<SplitProposal> splits = new ArrayList<>();
        for (PlanFile.Split s : plan.split()) {
            String h = header(s.header()).orElseThrow(() -> new RefactorException(
                    "the plan names " + s.header() + ", which the analysis did not see"));
            try {
                splits.add(split(h, s.choice(), () -> false));
            } catch (SessionCancelledException e) {
                throw new RefactorException("cancelled while outlining " + relative(h), e);
            }
        }
        return new PlanProposals(moves, forwards, splits);
    }

    /** What a plan file asks for, planned. */
    public record PlanProposals(List<MoveProposal> moves, List<ForwardProposal> forwards, List<SplitProposal> splits) {
        public PlanProposals {
            moves = List.copyOf(moves);
            forwards = List.copyOf(forwards);
            splits = splits == null ? List.of() : List.copyOf(splits);
        }

        /** A plan of moves and forward declarations only. */
        public PlanProposals(List<MoveProposal> moves, List<ForwardProposal> forwards) {
            this(moves, forwards, List.of());
        }
    }

    /** The one line saying why a split is refused, naming the header and the first reasons. */
    public String refusal(SplitProposal p) {
        return p.plan().id() + ": " + relative(p.header()) + " is not split: " + String.join("; ", p.refused().stream()
                .limit(5).map(dev.headroom.refactor.SplitRefusal::reason).toList())
                + (p.refused().size() > 5 ? "; and " + (p.refused().size() - 5) + " more" : "");
    }

    /**
     * Replacing {@code include} in {@code header} by forward declarations, planned.
     *
     * @param where who names them, for the error ("the plan", "suggestion forward-declare:...")
     */
    public ForwardProposal forward(String header, String include, String where) throws RefactorException {
        String h = header(header).orElseThrow(() -> new RefactorException(
                where + " names " + header + ", which the analysis did not see"));
        String x = header(include).orElseThrow(() -> new RefactorException(
                where + " names " + include + ", which the analysis did not see"));
        return forwardPlanner().plan(h, x);
    }

    /**
     * The workspace with a plan file's refactors applied, as revision B of a compare ("A with this patch"): every
     * step must be possible, else the refusal is named.
     */
    public CompareInput.EditedFolder asRevision(PlanFile plan) throws RefactorException, SessionException {
        PlanProposals planned = proposals(plan);
        List<RefactorPlan> plans = new ArrayList<>();
        for (MoveProposal p : planned.moves()) {
            if (p.moved() == 0) {
                throw new RefactorException(p.plan().id() + ": no body of " + relative(p.header()) + " can move: "
                        + String.join("; ", p.refused().stream()
                        .map(r -> r.function().qualifiedName() + ": " + r.reasons()).toList()));
            }
            plans.add(p.plan());
        }
        for (ForwardProposal f : planned.forwards()) {
            if (!f.possible()) {
                throw new RefactorException(f.plan().id() + ": #include " + f.spelled() + " stays in "
                        + relative(f.header()) + ": " + String.join("; ", f.refused().stream()
                        .map(dev.headroom.refactor.ForwardRefusal::reason).toList()));
            }
            plans.add(f.plan());
        }
        for (SplitProposal p : planned.splits()) {
            if (!p.possible()) {
                throw new RefactorException(refusal(p));
            }
            plans.add(p.plan());
        }
        if (plans.isEmpty()) {
            throw new RefactorException("the plan has no step (\"moves\", \"forwardDeclare\" or \"split\")");
        }
        RefactorPlan combined = combinedPlans(plans);
        return asRevision(combined, changes(combined));
    }

    /**
     * Every kind of suggestion, best first by predicted AST bytes saved over the units: the moves of
     * {@link #suggest} and the forward declarations of {@link #suggestForward}, at most {@code top} of each.
     */
    public List<RefactorSuggestion> suggestAll(int top, BooleanSupplier cancelled) throws SessionException,
            SessionCancelledException {
        List<RefactorSuggestion> all = new ArrayList<>(suggest(top, cancelled));
        all.addAll(suggestForward(top, cancelled).possible());
        all.sort(Comparator.comparingLong(RefactorSuggestion::score).reversed());
        return all;
    }

    /**
     * Every refactor planned for each header, possible or not: moving its inline bodies, replacing each of its
     * includes of a non-system file with forward declarations, and replacing a project header's include of it (listed
     * under both files). Plans only (the forward planner reads the headers' macros); nothing is predicted.
     *
     * @return by absolute path, as the analysis names files; headers nothing applies to are left out
     */
    public Map<String, List<Proposal>> proposalsByHeader(BooleanSupplier cancelled) throws SessionException,
            SessionCancelledException {
        Map<String, List<Proposal>> out = new LinkedHashMap<>();
        try {
            for (SourceFile file : analysed.workspace().files()) {
                if (file.origin() == Origin.PROJECT && !planner.candidates(file.path()).isEmpty()) {
                    out.computeIfAbsent(file.path(), k -> new ArrayList<>())
                            .add(planner.plan(file.path(), new MovePlanner.Selection.All(), null, false));
                }
            }
            for (IncludeEdge e : forwardPlanner.candidates()) {
                if (cancelled.getAsBoolean()) {
                    throw new SessionCancelledException("cancelled while planning refactors", null);
                }
                ForwardProposal p = forwardPlanner.plan(e.includer(), e.target());
                out.computeIfAbsent(e.includer(), k -> new ArrayList<>()).add(p);
                out.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(p);
            }
        } catch (RefactorException e) {
            throw problem(e);
        }
        return out;
    }

    /** What a proposal leaves out and why, and what else it changes, as patch heading lines. */
    public List<String> notes(Proposal p) {
        return switch (p) {
            case MoveProposal m -> notes(m);
            case ForwardProposal f -> notes(f);
            default -> p.blockers().stream().map(b -> "Left in " + relative(p.header()) + ": " + b).toList();
        };
    }

    /**
     * The workspace with {@code plan}'s files replaced, as revision B of a compare whose A is the analysed folder.
     *
     * @param changes the plan's changes, as {@link #changes} gave them
     */
    public CompareInput.EditedFolder asRevision(RefactorPlan plan, List<FileChange> changes) {
        Map<String, String> replaced = new java.util.TreeMap<>();
        for (FileChange change : changes) {
            replaced.put(relative(change.path()), change.after());
        }
        return new CompareInput.EditedFolder(Path.of(analysed.workspace().root()), replaced, "plan: " + plan.title());
    }

    /** One plan doing every plan's steps, in order; the plan itself when there is one. */
    public static RefactorPlan combinedPlans(List<RefactorPlan> plans) {
        if (plans.size() == 1) {
            return plans.get(0);
        }
        List<RefactorStep> steps = new ArrayList<>();
        plans.forEach(p -> steps.addAll(p.steps()));
        return new RefactorPlan("combined", "All " + plans.size() + " refactors together", steps);
    }

    /** The patch of a plan headed by what it does, {@code notes} (what stays and why) and its predicted saving. */
    public Patch patch(RefactorPlan plan, SavingPrediction prediction, List<String> notes) throws SessionException {
        List<String> heading = new ArrayList<>();
        heading.add(plan.title());
        heading.add("Generated by Headroom from the analysis of " + analysed.workspace().name()
                + "; apply with: git apply " + Patch.fileName(plan.id()));
        heading.addAll(PredictionText.lines(prediction, this::relative));
        heading.addAll(notes);
        return Patch.of(plan.id(), heading, changes(plan), this::relative);
    }

    /** What a forward-declaration plan declares and which files get the include instead, as patch heading lines. */
    public List<String> notes(ForwardProposal p) {
        List<String> out = new ArrayList<>();
        out.add("Declared in " + relative(p.header()) + " instead: " + (p.declared().isEmpty() ? "nothing (unused)"
                : String.join(", ", p.declared())));
        if (!p.given().isEmpty()) {
            out.add("#include of " + relative(p.included()) + " added to " + String.join(", ",
                    p.given().stream().map(this::relative).toList()) + ", which need what it declares");
        }
        return out;
    }

    /**
     * Copies the tree, checks and applies the patch with git, compiles every affected unit and new source file with
     * clang and the workspace's flags, and measures the affected units with clang before and after.
     */
    public VerifyReport verify(RefactorPlan plan, SavingPrediction prediction, BooleanSupplier cancelled)
            throws SessionException, SessionCancelledException {
        List<FileChange> changes = changes(plan);
        String patchText = Patch.of(plan.id(), List.of(plan.title()), changes, this::relative).text();
        ClangStats clang;
        try {
            clang = ClangStats.locate();
        } catch (ClangException e) {
            throw new SessionException(new Problem(null, 0, e.getMessage(), Problem.Source.TOOLCHAIN), e);
        }
        try (PatchedCopy copy = PatchedCopy.of(Path.of(analysed.workspace().root()))) {
            Path patchFile = Files.writeString(copy.scratch().resolve(Patch.fileName(plan.id())), patchText,
                    StandardCharsets.UTF_8);
            StringBuilder git = new StringBuilder();
            boolean applies = run(copy.tree(), git, "git", "apply", "--check", "--verbose", patchFile.toString())
                    && run(copy.tree(), git, "git", "apply", patchFile.toString());
            if (!applies) {
                return new VerifyReport(false, git.toString(), List.of(), List.of());
            }
            Set<String> headers = changedHeaders(changes);
            List<UnitSpec> affected = unitsReaching(headers);
            List<UnitSpec> compiled = new ArrayList<>(mappedAll(copy, affected, changes));
            for (FileChange c : changes) {
                if (c.created() && !affected.isEmpty()) {
                    UnitSpec like = copy.map(affected.get(0));
                    Path source = copy.map(Path.of(c.path()));
                    compiled.add(new UnitSpec(relative(c.path()), UnitKind.SOURCE, source, List.of(), like.options(),
                            source));
                }
            }
            Map<String, String> failures = new LinkedHashMap<>();
            Map<String, MeasuredUnit> after = measure(clang, compiled, copy.tree(), failures, cancelled);
            Map<String, MeasuredUnit> before = measure(clang, affected, Path.of(analysed.workspace().root()),
                    new LinkedHashMap<>(), cancelled);
            List<VerifyReport.Compile> compiles = compiled.stream().map(u -> new VerifyReport.Compile(u.name(),
                    !failures.containsKey(u.name()) && after.containsKey(u.name()),
                    failures.getOrDefault(u.name(), ""))).toList();
            Map<String, Long> predicted = new LinkedHashMap<>();
            prediction.units().forEach(u -> predicted.put(u.unit(), u.astSaved()));
            List<VerifyReport.Measured> measured = new ArrayList<>();
            for (UnitSpec u : affected) {
                if (before.containsKey(u.name()) && after.containsKey(u.name())) {
                    measured.add(new VerifyReport.Measured(u.name(), predicted.getOrDefault(u.name(), 0L),
                            before.get(u.name()).astBytes(), after.get(u.name()).astBytes()));
                }
            }
            return new VerifyReport(true, git.toString(), compiles, measured);
        } catch (IOException e) {
            throw new SessionException(new Problem(null, 0, "cannot copy the tree to verify the patch: "
                    + e.getMessage(), Problem.Source.INPUT), e);
        }
    }

    /**
     * A unit as it reads on the patched copy: its paths mapped and, for a jank module whose {@code .jank} file the
     * plan changes (a split repoints its require), its header requires read again from the patched file.
     */
    private static List<UnitSpec> mappedAll(PatchedCopy copy, List<UnitSpec> units, List<FileChange> changes)
            throws IOException {
        List<UnitSpec> out = new ArrayList<>();
        for (UnitSpec u : units) {
            out.add(mapped(copy, u, changes));
        }
        return out;
    }

    private static UnitSpec mapped(PatchedCopy copy, UnitSpec unit, List<FileChange> changes) throws IOException {
        UnitSpec out = copy.map(unit);
        if (unit.kind() != UnitKind.JANK_MODULE) {
            return out;
        }
        String file = unit.mainFile().toAbsolutePath().normalize().toString();
        if (changes.stream().noneMatch(c -> c.path().equals(file))) {
            return out;
        }
        try {
            List<String> headers = JankNamespaceReader.read(out.mainFile()).headers();
            return new UnitSpec(out.name(), out.kind(), out.mainFile(), headers, out.options(), out.declaredIn());
        } catch (InputException e) {
            throw new IOException("the patched " + file + " no longer reads as a jank module: " + e.getMessage(), e);
        }
    }

    private Map<String, MeasuredUnit> measure(ClangStats clang, List<UnitSpec> units, Path root,
            Map<String, String> failures, BooleanSupplier cancelled) throws SessionCancelledException {
        AnalysisListener listener = new AnalysisListener() {
            @Override
            public void note(String message) {
                for (UnitSpec u : units) {
                    String prefix = "clang could not measure " + u.name() + ": ";
                    if (message.startsWith(prefix)) {
                        failures.put(u.name(), message.substring(prefix.length()));
                    }
                }
            }
        };
        try {
            return new ClangMeasurer(clang).measure(new WorkspaceInputs(analysed.workspace().name(), root, null, units,
                    List.of(), List.of()), listener, cancelled);
        } catch (AnalysisCancelledException e) {
            throw new SessionCancelledException(e.getMessage(), e);
        }
    }

    private static boolean run(Path dir, StringBuilder output, String... command) throws IOException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                output.append(String.join(" ", command)).append(": timed out\n");
                return false;
            }
            output.append("$ ").append(String.join(" ", command.length > 0 ? List.of(command).subList(0, 3)
                    : List.of())).append('\n').append(text);
            return process.exitValue() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    /**
     * Applies the plan to a copy of the tree and reparses, for each changed header, one unit that includes it: the
     * header as the patch leaves it, under its original path.
     */
    private Map<String, SourceFile> patchedFiles(RefactorPlan plan, BooleanSupplier cancelled)
            throws SessionException, SessionCancelledException {
        List<FileChange> changes = changes(plan);
        Set<String> headers = changedHeaders(changes);
        try (PatchedCopy copy = PatchedCopy.of(Path.of(analysed.workspace().root()))) {
            copy.write(changes);
            List<UnitSpec> units = new ArrayList<>();
            for (String header : headers) {
                unitsReaching(header).stream().findFirst().filter(u -> !units.contains(u)).ifPresent(units::add);
            }
            WorkspaceInputs inputs = new WorkspaceInputs(analysed.workspace().name(), copy.tree(), null,
                    units.stream().map(copy::map).toList(), List.of(), List.of());
            AnalysisOptions options = new AnalysisOptions(Runtime.getRuntime().availableProcessors(), false,
                    AnalysisOptions.defaultCacheDir(), false);
            Workspace reparsed = new WorkspaceAnalyzer(options).analyze(inputs, AnalysisListener.SILENT, cancelled);
            Map<String, SourceFile> out = new LinkedHashMap<>();
            for (SourceFile f : reparsed.files()) {
                String original = copy.unmap(f.path());
                SourceFile before = analysed.files().file(original).orElse(null);
                if (headers.contains(original) && before != null) {
                    out.put(original, new SourceFile(original, before.origin(), f.bytes(), f.lines(), f.linesOfCode(),
                            before.unitsReaching(), f.declarations(), f.nodes(), f.templateUse()));
                }
            }
            return out;
        } catch (AnalysisCancelledException e) {
            throw new SessionCancelledException(e.getMessage(), e);
        } catch (IOException e) {
            throw new SessionException(new Problem(null, 0, "cannot copy the tree to predict the saving: "
                    + e.getMessage(), Problem.Source.INPUT), e);
        }
    }

    /** The analysed workspace with the patched headers in place of the originals, costed and budgeted as usual. */
    private SavingPrediction prediction(Map<String, SourceFile> patched) {
        Workspace ws = analysed.workspace();
        List<SourceFile> files = ws.files().stream().map(f -> patched.getOrDefault(f.path(), f)).toList();
        Workspace after = new Workspace(ws.name(), ws.root(), ws.units(), files, ws.functions(), ws.dependencies(),
                ws.modules(), ws.problems(), ws.toolchain(), ws.stats());
        return prediction(after, patched.keySet(), false);
    }

    /**
     * The saving of going from the analysis to {@code after}, per changed header and per unit.
     *
     * @param forward whether the plan replaces includes (the JIT note then says what the modules stop parsing)
     */
    private SavingPrediction prediction(Workspace after, Set<String> changed, boolean forward) {
        Workspace ws = analysed.workspace();
        AnalysedWorkspace afterAnalysed = AnalysedWorkspace.of(after, analysed.costModel(), analysed.jitSettings(),
                analysed.measurements());
        List<SavingPrediction.HeaderSaving> headers = new ArrayList<>();
        Set<String> mains = new LinkedHashSet<>();
        ws.units().forEach(u -> mains.add(u.path()));
        for (String p : changed) {
            if (forward && mains.contains(p)) {
                continue; // a unit's own file that only gains an include is not a header worth a line
            }
            headers.add(new SavingPrediction.HeaderSaving(p, analysed.costs().self(p),
                    afterAnalysed.costs().self(p), unitsReaching(p).size()));
        }
        List<SavingPrediction.UnitSaving> units = new ArrayList<>();
        analysed.costs().units().forEach(before -> afterAnalysed.costs().unit(before.unit()).ifPresent(a -> {
            if (a.astBytes() != before.astBytes() || a.peakBytes() != before.peakBytes()) {
                units.add(new SavingPrediction.UnitSaving(before.unit(), before.astBytes(), a.astBytes(),
                        before.peakBytes(), a.peakBytes()));
            }
        }));
        SavingPrediction.JitSaving jit = null;
        List<String> modules = new ArrayList<>();
        String note = "";
        if (analysed.hasJit()) {
            JitBudget.Result b = analysed.budget(JitScenario.AS_IS).orElseThrow();
            JitBudget.Result a = afterAnalysed.budget(JitScenario.AS_IS).orElseThrow();
            jit = new SavingPrediction.JitSaving(b.peakModule(), b.peakBytes(), a.peakBytes(), b.limitBytes());
            Set<String> reaching = new LinkedHashSet<>();
            changed.forEach(h -> unitsReaching(h).forEach(u -> reaching.add(u.name())));
            for (JankModule m : ws.modules()) {
                if (reaching.contains(m.namespace())) {
                    modules.add(m.namespace());
                }
            }
            note = forward ? "jank: each of the " + modules.size() + " module" + (modules.size() == 1 ? "" : "s")
                    + " that include the header parses forward declarations instead of the include, so the JIT"
                    + " holds less of it" : "jank: the moved bodies are compiled once, ahead of time, in the new source file instead of in"
                    + " each of the " + modules.size() + " module" + (modules.size() == 1 ? "" : "s")
                    + " that include the header; the JIT then only sees their declarations";
        }
        return new SavingPrediction(headers, units, jit, modules, note);
    }

    private Set<String> changedHeaders(List<FileChange> changes) {
        Set<String> headers = new LinkedHashSet<>();
        for (FileChange c : changes) {
            if (!c.created() && analysed.files().file(c.path()).isPresent()) {
                headers.add(c.path());
            }
        }
        return headers;
    }

    private List<UnitSpec> unitsReaching(String header) {
        return unitsReaching(Set.of(header));
    }

    /** The input units whose analysed unit entered any of {@code headers}, in input order. */
    private List<UnitSpec> unitsReaching(Set<String> headers) {
        Set<String> names = new LinkedHashSet<>();
        for (TranslationUnit u : analysed.workspace().units()) {
            if (u.files().stream().anyMatch(f -> headers.contains(f.path()))) {
                names.add(u.name());
            }
        }
        return analysed.inputs().units().stream().filter(u -> names.contains(u.name())).toList();
    }

    private static SessionException problem(RefactorException e) {
        return new SessionException(new Problem(null, 0, e.getMessage(), Problem.Source.INPUT), e);
    }
}
