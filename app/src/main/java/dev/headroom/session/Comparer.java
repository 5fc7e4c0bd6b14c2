// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.analysis.jit.JitSettings;
import dev.headroom.diff.AnalysedRevision;
import dev.headroom.diff.GitRevisions;
import dev.headroom.diff.RevisionException;
import dev.headroom.diff.RevisionFolder;
import dev.headroom.diff.WorkspaceDelta;
import dev.headroom.export.WorkspaceJson;
import dev.headroom.model.Measurements;
import dev.headroom.model.Problem;
import dev.headroom.refactor.PlanFile;
import dev.headroom.refactor.RefactorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
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
     * Two revisions of one repository, analysed in one folder that moves from A to B: the files B did not change
     * keep their path and content, so the unit cache serves every unit that entered none of the changed files.
     */
    private Side[] twoRevisions(CompareInput.GitRevision x, CompareInput.GitRevision y)
            throws SessionException, SessionCancelledException {
        try (GitRevisions git = open(x)) {
            ObjectId commitA = resolve(git, x);
            ObjectId commitB = resolve(git, y);
            RevisionFolder folder = new RevisionFolder(git, tempFolder(git));
            try {
                Side a = analyseRevision(git, folder, commitA, "A");
                Side b = analyseRevision(git, folder, commitB, "B");
                return new Side[] {a, b};
            } finally {
                folder.delete();
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
                    RevisionFolder folder = new RevisionFolder(git, tempFolder(git));
                    try {
                        yield analyseRevision(git, folder, commit, which);
                    } finally {
                        folder.delete();
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

    private Side analyseRevision(GitRevisions git, RevisionFolder folder, ObjectId commit, String which)
            throws SessionException, SessionCancelledException {
        try {
            folder.moveTo(commit);
        } catch (RevisionException e) {
            throw new SessionException(new Problem(git.location().toString(), 0, e.getMessage(), Problem.Source.INPUT), e);
        }
        Side analysed = analyse(folder.root(), which, RevisionTexts.NONE);
        // The folder moves on to B and is deleted; the texts are read from the object database instead.
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

    /** A copy of the folder with the edits applied; the folder itself is never written. */
    private Side edited(CompareInput.EditedFolder e, String which) throws SessionException, SessionCancelledException {
        Path from = request.analysis().workingDirectory().resolve(e.folder()).normalize();
        Path copy;
        try {
            copy = Files.createTempDirectory("headroom-edited-").resolve(from.getFileName().toString());
            copyTree(from, copy);
            for (Map.Entry<String, String> r : e.replaced().entrySet()) {
                Path target = copy.resolve(r.getKey()).normalize();
                if (!target.startsWith(copy)) {
                    throw new SessionException(new Problem(r.getKey(), 0, "an edit leaves the folder "
                            + from, Problem.Source.INPUT));
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, r.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException | UncheckedIOException ex) {
            throw new SessionException(new Problem(from.toString(), 0, "cannot copy the folder to apply the edits: "
                    + ex.getMessage(), Problem.Source.INPUT), ex);
        }
        try {
            Side analysed = analyse(copy, which, RevisionTexts.NONE);
            FolderTexts original = new FolderTexts(from);
            RevisionTexts texts = key -> e.replaced().containsKey(key) ? Optional.of(e.replaced().get(key))
                    : original.text(key);
            return new Side(analysed.analysed(), texts, analysed.millis());
        } finally {
            deleteTree(copy.getParent());
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

    /** A new folder outside the repository, named as the repository's folder so the workspace keeps its name. */
    private static Path tempFolder(GitRevisions git) throws SessionException {
        try {
            String name = git.subPath().isEmpty() ? git.location().getFileName().toString()
                    : Path.of(git.subPath()).getFileName().toString();
            return Files.createTempDirectory("headroom-compare-").resolve(name);
        } catch (IOException e) {
            throw new SessionException(new Problem(null, 0, "cannot make a temporary folder for a revision: "
                    + e.getMessage(), Problem.Source.INPUT), e);
        }
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

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary copy left behind is the system's to clean; the compare itself succeeded.
        }
    }
}
