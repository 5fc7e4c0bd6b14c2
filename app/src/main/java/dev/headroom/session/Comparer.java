// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.analysis.jit.JitSettings;
import dev.headroom.diff.AnalysedRevision;
import dev.headroom.diff.GitRevisions;
import dev.headroom.diff.RevisionException;
import dev.headroom.diff.MemoryTree;
import dev.headroom.diff.RevisionTree;
import dev.headroom.diff.WorkspaceDelta;
import dev.headroom.export.WorkspaceJson;
import dev.headroom.model.Measurements;
import dev.headroom.model.Problem;
import dev.headroom.refactor.PlanFile;
import dev.headroom.refactor.RefactorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.eclipse.jgit.lib.ObjectId;

/** Reads or analyses both sides of a {@link CompareRequest} and computes their delta; see {@link AnalysisSession#compare}. */
final class Comparer {
    private final AnalysisSession session;
    private final CompareRequest request;
    private final Progress progress;
    private final BooleanSupplier cancelled;

    Comparer(AnalysisSession session, CompareRequest request, Progress progress, BooleanSupplier cancelled) {
        this.session = session;
        this.request = request;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** One side read or analysed. */
    private record Side(AnalysedWorkspace analysed, RevisionTexts texts, long millis) {
    }

    Comparison run() throws SessionException, SessionCancelledException {
        Side a;
        Side b;
        String afterLabel = request.after().label();
        if (request.before() instanceof CompareInput.GitRevision x && request.after() instanceof CompareInput.GitRevision y
                && x.repository().toAbsolutePath().normalize().equals(y.repository().toAbsolutePath().normalize())) {
            Side[] both = twoRevisions(x, y);
            a = both[0];
            b = both[1];
        } else if (request.after() instanceof CompareInput.Planned p) {
            // The plan is planned on A's own analysis, so A is analysed once for both.
            a = side(request.before(), "A");
            CompareInput.EditedFolder planned = planned(p, a.analysed());
            afterLabel = planned.label();
            b = edited(planned, "B");
        } else {
            a = side(request.before(), "A");
            b = side(request.after(), "B");
        }
        WorkspaceDelta delta = WorkspaceDelta.between(revision(a.analysed(), request.before().label()),
                revision(b.analysed(), afterLabel));
        return new Comparison(a.analysed(), b.analysed(), delta, a.texts(), b.texts(), a.millis(), b.millis());
    }

    private static AnalysedRevision revision(AnalysedWorkspace analysed, String label) {
        return new AnalysedRevision(label, analysed.workspace(), analysed.files(), analysed.costs(),
                analysed.budget(JitScenario.AS_IS));
    }

    /**
     * Two revisions of one repository, analysed in one in-memory tree that moves from A to B: the files B did not
     * change keep their path and content, so the unit cache serves every unit that entered none of the changed files.
     */
    private Side[] twoRevisions(CompareInput.GitRevision x, CompareInput.GitRevision y)
            throws SessionException, SessionCancelledException {
        try (GitRevisions git = open(x)) {
            ObjectId commitA = resolve(git, x);
            ObjectId commitB = resolve(git, y);
            try (RevisionTree tree = new RevisionTree(git, workspaceName(git))) {
                Side a = analyseRevision(git, tree, commitA, "A");
                Side b = analyseRevision(git, tree, commitB, "B");
                return new Side[] {a, b};
            }
        }
    }

    private Side side(CompareInput input, String which) throws SessionException, SessionCancelledException {
        return switch (input) {
            case CompareInput.Folder f -> {
                Path folder = request.analysis().workingDirectory().resolve(f.folder()).normalize();
                yield analyse(folder, which, new FolderTexts(folder));
            }
            case CompareInput.SavedAnalysis s -> saved(s);
            case CompareInput.GitRevision g -> {
                try (GitRevisions git = open(g)) {
                    ObjectId commit = resolve(git, g);
                    try (RevisionTree tree = new RevisionTree(git, workspaceName(git))) {
                        yield analyseRevision(git, tree, commit, which);
                    }
                }
            }
            case CompareInput.WorkTree w -> {
                Path folder = workTree(w);
                yield analyse(folder, which, new FolderTexts(folder));
            }
            case CompareInput.EditedFolder e -> edited(e, which);
            case CompareInput.Planned p -> throw new SessionException(new Problem(p.plan().toString(), 0,
                    "a plan is revision B of a compare with its folder (CompareRequest.ofPlan)", Problem.Source.INPUT));
        };
    }

    private Side analyseRevision(GitRevisions git, RevisionTree tree, ObjectId commit, String which)
            throws SessionException, SessionCancelledException {
        try {
            tree.moveTo(commit);
        } catch (RevisionException e) {
            throw new SessionException(new Problem(git.location().toString(), 0, e.getMessage(), Problem.Source.INPUT), e);
        }
        Side analysed = analyse(tree.root(), which, RevisionTexts.NONE);
        // The tree moves on to B and is dropped; the texts are read from the object database instead.
        Path repository = git.subPath().isEmpty() ? git.location() : git.location().resolve(git.subPath());
        return new Side(analysed.analysed(), new GitTexts(repository, commit), analysed.millis());
    }

    private Side analyse(Path folder, String which, RevisionTexts texts) throws SessionException, SessionCancelledException {
        AnalysisRequest base = request.analysis();
        AnalysisRequest one = new AnalysisRequest(List.of(folder), base.compilerFlags(), base.workingDirectory(),
                base.threads(), base.collectUses(), base.cacheDir(), base.unitCache(), base.budgetOverride(),
                base.budgetSource(), false, List.of());
        long start = System.nanoTime();
        AnalysedWorkspace analysed = session.prepare(one).run(prefixed(which), cancelled);
        return new Side(analysed, texts, (System.nanoTime() - start) / 1_000_000);
    }

    private Side saved(CompareInput.SavedAnalysis s) throws SessionException {
        Path file = request.analysis().workingDirectory().resolve(s.json()).normalize();
        long start = System.nanoTime();
        WorkspaceJson.Document document;
        try {
            document = WorkspaceJson.readDocument(file);
        } catch (IOException | RuntimeException e) {
            throw new SessionException(new Problem(file.toString(), 0, "not a saved analysis (analyze --json): "
                    + firstLine(e.getMessage()), Problem.Source.INPUT), e);
        }
        if (document.schemaVersion() != WorkspaceJson.SCHEMA_VERSION || document.workspace() == null) {
            throw new SessionException(new Problem(file.toString(), 0, "schema version " + document.schemaVersion()
                    + ", but this headroom reads version " + WorkspaceJson.SCHEMA_VERSION
                    + "; write both files with one headroom (analyze --json)", Problem.Source.INPUT));
        }
        // A file from before the constants were saved is read with the seed's, which is what it was written with
        // unless its project file set its own.
        JitSettings settings = document.jit() != null ? document.jit() : JitSettings.seedDefaults();
        if (request.analysis().budgetOverride() != null) {
            settings = settings.withLimit(request.analysis().budgetOverride(), request.analysis().budgetSource() == null
                    ? "override" : request.analysis().budgetSource());
        }
        AnalysedWorkspace analysed = AnalysedWorkspace.of(document.workspace(), session.costModel(), settings,
                new Measurements(Map.of(), Map.of()));
        Path root = document.workspace().root() == null ? null : Path.of(document.workspace().root());
        RevisionTexts texts = root != null && Files.isDirectory(root) ? new FolderTexts(root) : RevisionTexts.NONE;
        return new Side(analysed, texts, (System.nanoTime() - start) / 1_000_000);
    }

    /** The plan file's steps planned on {@code folder}'s analysis, as the edits that make revision B. */
    private static CompareInput.EditedFolder planned(CompareInput.Planned p, AnalysedWorkspace folder)
            throws SessionException {
        try {
            return new RefactorWorkbench(folder).asRevision(PlanFile.read(p.plan()));
        } catch (RefactorException e) {
            throw new SessionException(new Problem(p.plan().toString(), 0, e.getMessage(), Problem.Source.INPUT), e);
        }
    }

    /** An in-memory copy of the folder with the edits applied; the folder itself is never written. */
    private Side edited(CompareInput.EditedFolder e, String which) throws SessionException, SessionCancelledException {
        Path from = request.analysis().workingDirectory().resolve(e.folder()).normalize();
        try (MemoryTree copy = MemoryTree.create("edited", nameOf(from))) {
            try {
                copyTree(from, copy);
                for (Map.Entry<String, String> r : e.replaced().entrySet()) {
                    copy.write(r.getKey(), r.getValue().getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException | UncheckedIOException ex) {
                throw new SessionException(new Problem(from.toString(), 0, "cannot apply the edits to a copy of the"
                        + " folder: " + ex.getMessage(), Problem.Source.INPUT), ex);
            }
            Side analysed = analyse(copy.root(), which, RevisionTexts.NONE);
            FolderTexts original = new FolderTexts(from);
            RevisionTexts texts = key -> e.replaced().containsKey(key) ? Optional.of(e.replaced().get(key))
                    : original.text(key);
            return new Side(analysed.analysed(), texts, analysed.millis());
        }
    }

    /** The folder of the work tree that was named: the repository's root, or the folder inside it. */
    private Path workTree(CompareInput.WorkTree w) throws SessionException {
        Path named = request.analysis().workingDirectory().resolve(w.repository()).normalize();
        try (GitRevisions git = open(new CompareInput.GitRevision(named, "HEAD"))) {
            if (git.bare()) {
                throw new SessionException(new Problem(named.toString(), 0, "a bare repository has no working tree;"
                        + " name two revisions (REV_A REV_B)", Problem.Source.INPUT));
            }
            return git.subPath().isEmpty() ? git.location() : git.location().resolve(git.subPath());
        }
    }

    private static GitRevisions open(CompareInput.GitRevision g) throws SessionException {
        try {
            return GitRevisions.open(g.repository());
        } catch (RevisionException e) {
            throw new SessionException(new Problem(g.repository().toString(), 0, e.getMessage(), Problem.Source.INPUT), e);
        }
    }

    private static ObjectId resolve(GitRevisions git, CompareInput.GitRevision g) throws SessionException {
        try {
            return git.resolve(g.revision());
        } catch (RevisionException e) {
            throw new SessionException(new Problem(g.repository().toString(), 0, e.getMessage(), Problem.Source.INPUT), e);
        }
    }

    /** The repository's folder name (or the named folder's inside it), so the workspace keeps its name. */
    private static String workspaceName(GitRevisions git) {
        return git.subPath().isEmpty() ? nameOf(git.location()) : nameOf(Path.of(git.subPath()));
    }

    private static String nameOf(Path folder) {
        Path name = folder.getFileName();
        return name == null || name.toString().isEmpty() ? "workspace" : name.toString();
    }

    private Progress prefixed(String which) {
        return new Progress() {
            @Override
            public void note(String message) {
                progress.note(which + ": " + message);
            }

            @Override
            public void unitStarted(String unit, int done, int total) {
                progress.unitStarted(which + ": " + unit, done, total);
            }

            @Override
            public void unitFinished(String unit, int done, int total, long millis, boolean cached) {
                progress.unitFinished(which + ": " + unit, done, total, millis, cached);
            }
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /**
     * Copies the folder's regular files into the tree, outside hidden folders ({@code .git} and the like hold
     * nothing a unit includes, and can be large).
     */
    private static void copyTree(Path from, MemoryTree to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(from) && dir.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    to.write(from.relativize(file).toString(), Files.readAllBytes(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
