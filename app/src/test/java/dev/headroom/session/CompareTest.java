// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.bridge.FileMounts;
import dev.headroom.diff.HeaderDelta;
import dev.headroom.diff.SampleRevisions;
import dev.headroom.diff.UnitDelta;
import dev.headroom.diff.WorkspaceDelta;
import dev.headroom.export.WorkspaceJson;
import dev.headroom.model.Origin;
import dev.headroom.model.TranslationUnit;
import dev.headroom.refactor.FileChange;
import dev.headroom.refactor.MoveProposal;
import dev.headroom.refactor.MovePlanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareTest {
    private static final Set<String> CHANGED = Set.of("include/vybe/vybe_sdf_math.h", "include/vulkan/sdf_engine.hpp");

    @TempDir
    static Path temp;

    static Path repository;
    static Map<String, String> repositoryBefore;
    static Comparison byGit;
    static Comparison byFolders;
    static Comparison byJson;

    @BeforeAll
    static void compareTheEditThreeWays() throws Exception {
        SampleRevisions.requireSystemHeaders();
        repository = GitSample.twoCommits(temp.resolve("repo/vybe-sdf"));
        repositoryBefore = GitSample.snapshot(repository);
        byGit = compare(CompareRequest.ofGit(repository, "HEAD~1", "HEAD"), "git-cache");

        Path a = SampleRevisions.copy(temp.resolve("checkout-a/vybe-sdf"));
        Path b = SampleRevisions.copy(temp.resolve("checkout-b/vybe-sdf"));
        SampleRevisions.moveMathBodiesOut(b);
        byFolders = compare(CompareRequest.ofPaths(a, b), "folder-cache");

        Path jsonA = temp.resolve("a.json");
        Path jsonB = temp.resolve("b.json");
        write(byFolders.before(), jsonA);
        write(byFolders.after(), jsonB);
        byJson = compare(CompareRequest.ofPaths(jsonA, jsonB), "json-cache");
    }

    static Comparison compare(CompareRequest request, String cache) throws Exception {
        return AnalysisSession.bundled().compare(request.with(AnalysisRequest.of(List.of())
                .withCacheDir(temp.resolve(cache))), Progress.SILENT, () -> false);
    }

    static void write(AnalysedWorkspace analysed, Path file) throws Exception {
        WorkspaceJson.write(analysed.workspace(), analysed.costs(), analysed.measurements(), analysed.jitSettings(),
                file);
    }

    /** The figures a compare reports, keyed so that three compares can be held side by side. */
    static Map<String, Long> figures(WorkspaceDelta delta) {
        Map<String, Long> out = new TreeMap<>();
        for (UnitDelta u : delta.units()) {
            out.put("unit " + u.name() + " ast", u.astBytes().delta());
            out.put("unit " + u.name() + " peak", u.peakBytes().delta());
        }
        for (HeaderDelta h : delta.headers()) {
            out.put("header " + h.key() + " self", h.self().delta());
            out.put("header " + h.key() + " retained", h.retained().delta());
            out.put("header " + h.key() + " declarations", (long) h.declarations().size());
            out.put("header " + h.key() + " includes", (long) (h.includesAdded().size() - h.includesRemoved().size()));
        }
        delta.budget().ifPresent(b -> out.put("budget peak", b.peak().delta()));
        return out;
    }

    @Test
    void foldersGitRevisionsAndSavedAnalysesGiveTheSameDeltas() {
        Map<String, Long> folders = figures(byFolders.delta());
        assertTrue(folders.get("unit vybe.sdf.math ast") < 0, "the edit shrinks vybe.sdf.math");
        assertEquals(folders, figures(byGit.delta()));
        assertEquals(folders, figures(byJson.delta()));
    }

    @Test
    void unitsThatEnteredNoChangedFileAreParsedOnceForBothRevisions() {
        var after = byGit.after().workspace();
        int entering = 0;
        for (TranslationUnit unit : after.units()) {
            boolean entersChange = unit.files().stream().anyMatch(f -> CHANGED.stream().anyMatch(f.path()::endsWith));
            boolean isNew = byGit.before().unit(unit.name()).isEmpty();
            if (entersChange || isNew) {
                entering++;
                assertFalse(unit.cached(), unit.name() + " enters a changed file and is parsed again");
            } else {
                assertTrue(unit.cached(), unit.name() + " entered no changed file and comes from revision A's parse");
            }
        }
        assertTrue(after.stats().unitsCached() >= 1, "vybe.sdf.render includes neither changed header");
        assertEquals(after.units().size() - entering, after.units().stream().filter(TranslationUnit::cached).count());
    }

    @Test
    void comparingRevisionsWritesNothingIntoTheRepository() {
        assertEquals(repositoryBefore, GitSample.snapshot(repository));
    }

    @Test
    void gitRevisionsAreParsedFromMemoryAndNoFileOnDiskHoldsThem() {
        for (AnalysedWorkspace side : List.of(byGit.before(), byGit.after())) {
            String root = side.workspace().root();
            assertTrue(root.startsWith("/headroom-git/") && root.endsWith("/vybe-sdf"), root);
            assertFalse(Files.exists(Path.of(root)), root + " is in memory only");
            assertFalse(FileMounts.mounted(root), "the tree is unmounted once the compare ends");
            long project = side.workspace().units().stream().flatMap(u -> u.files().stream())
                    .filter(f -> f.path().startsWith(root)).count();
            assertTrue(project > 0, "the revision's own headers were parsed under the tree's root");
        }
    }

    @Test
    void aSecondCompareOfTheSameRevisionsIsServedFromTheUnitCache() throws Exception {
        Comparison again = compare(CompareRequest.ofGit(repository, "HEAD~1", "HEAD"), "git-cache");
        assertEquals(byGit.before().workspace().root(), again.before().workspace().root(),
                "a tree takes the root its predecessor freed");
        // The cache keeps one entry per unit and path, so a unit of both revisions that entered a changed file is
        // parsed again on each side; every other unit, A's too this time, comes from the cache, B's new one as well.
        for (AnalysedWorkspace side : List.of(again.before(), again.after())) {
            for (TranslationUnit unit : side.workspace().units()) {
                boolean entersChange = unit.files().stream()
                        .anyMatch(f -> CHANGED.stream().anyMatch(f.path()::endsWith));
                boolean isNew = side == again.after() && again.before().unit(unit.name()).isEmpty();
                assertEquals(!entersChange || isNew, unit.cached(), unit.name());
            }
        }
        assertEquals(figures(byGit.delta()), figures(again.delta()));
    }

    @Test
    void theSideBySideTextOfAGitRevisionComesFromItsCommit() {
        String before = byGit.beforeTexts().text("include/vybe/vybe_sdf_math.h").orElseThrow();
        String after = byGit.afterTexts().text("include/vybe/vybe_sdf_math.h").orElseThrow();
        assertTrue(before.contains("inline float clampf(float x, float lo, float hi) {"));
        assertTrue(after.contains("float clampf(float x, float lo, float hi);"));
        assertTrue(byGit.beforeTexts().text("src/vybe/sdf/math_bodies.cpp").isEmpty(), "A has no .cpp");
    }

    @Test
    void aFolderWithItsFilesReplacedInMemoryComparesAsTheRealEdit() throws Exception {
        Path a = temp.resolve("checkout-a/vybe-sdf");
        Path b = temp.resolve("checkout-b/vybe-sdf");
        Map<String, String> replaced = new TreeMap<>();
        for (String file : List.of("include/vybe/vybe_sdf_math.h", "include/vulkan/sdf_engine.hpp", "headroom.json",
                "src/vybe/sdf/math_bodies.cpp")) {
            replaced.put(file, Files.readString(b.resolve(file)));
        }
        Map<String, String> before = GitSample.snapshot(a);
        Comparison plan = compare(CompareRequest.of(new CompareInput.Folder(a),
                new CompareInput.EditedFolder(a, replaced, "plan")), "plan-cache");
        assertEquals(figures(byFolders.delta()), figures(plan.delta()));
        assertEquals(before, GitSample.snapshot(a), "the folder the plan applies to is not written");
        assertEquals(replaced.get("headroom.json"), plan.afterTexts().text("headroom.json").orElseThrow());
    }

    @Test
    void aRevisionThatDoesNotExistIsOneProblemNamingIt() {
        SessionException e = assertThrows(SessionException.class,
                () -> compare(CompareRequest.ofGit(repository, "HEAD~1", "no-such-branch"), "bad-cache"));
        assertTrue(e.problem().message().contains("no revision 'no-such-branch'"), e.problem().message());
        assertEquals(repository.toString(), e.problem().file());
    }

    @Test
    void aFolderOutsideAnyRepositoryIsOneProblemNamingIt() throws Exception {
        Path plain = Files.createDirectories(temp.resolve("not-a-repo"));
        SessionException e = assertThrows(SessionException.class,
                () -> compare(CompareRequest.ofGit(plain, "HEAD~1", "HEAD"), "bad-cache"));
        assertTrue(e.problem().message().contains("is not in a git repository"), e.problem().message());
    }

    @Test
    void aSavedAnalysisOfAnotherSchemaVersionIsOneProblemNamingTheFile() throws Exception {
        Path good = temp.resolve("a.json");
        Path other = temp.resolve("other-version.json");
        Files.writeString(other, Files.readString(good).replaceFirst("\"schemaVersion\" : \\d+", "\"schemaVersion\" : 99"));
        SessionException e = assertThrows(SessionException.class,
                () -> compare(CompareRequest.ofPaths(good, other), "bad-cache"));
        assertEquals(other.toString(), e.problem().file());
        assertTrue(e.problem().message().startsWith("schema version 99"), e.problem().message());
    }

    @Test
    void theGitSidesAreNamedByTheirRevisions() {
        assertEquals("HEAD~1", byGit.delta().beforeLabel());
        assertEquals("HEAD", byGit.delta().afterLabel());
        assertTrue(byGit.delta().headers().stream().anyMatch(h -> h.origin() == Origin.PROJECT));
    }

    @Test
    void aRefactorPlanAsRevisionBShowsExactlyTheWorkbenchsPredictedSaving() throws Exception {
        Path a = temp.resolve("checkout-a/vybe-sdf");
        RefactorWorkbench bench = new RefactorWorkbench(byFolders.before());
        String header = bench.header("include/vybe/vybe_sdf_math.h").orElseThrow();
        MoveProposal move = bench.planner().plan(header, new MovePlanner.Selection.All(), null, false);
        SavingPrediction prediction = bench.predict(List.of(move), () -> false);
        Map<String, String> replaced = new TreeMap<>();
        for (FileChange change : bench.changes(move.plan())) {
            replaced.put(bench.relative(change.path()), change.after());
        }
        Comparison plan = compare(CompareRequest.of(new CompareInput.Folder(a),
                new CompareInput.EditedFolder(a, replaced, move.plan().title())), "workbench-cache");

        assertFalse(prediction.units().isEmpty(), "moving the math header's bodies changes some unit");
        for (SavingPrediction.UnitSaving unit : prediction.units()) {
            UnitDelta delta = plan.delta().unit(unit.unit()).orElseThrow();
            assertEquals(unit.astBefore(), delta.astBytes().before(), unit.unit());
            assertEquals(unit.astAfter(), delta.astBytes().after(), unit.unit());
            assertEquals(unit.peakAfter(), delta.peakBytes().after(), unit.unit());
        }
        for (SavingPrediction.HeaderSaving saving : prediction.headers()) {
            HeaderDelta delta = plan.delta().header(bench.relative(saving.header())).orElseThrow();
            assertEquals(saving.saved(), -delta.self().delta(), saving.header());
        }
    }

    @Test
    void aRevisionAgainstTheWorkingTreeSeesTheUncommittedEditAndWritesNothing() throws Exception {
        Path work = GitSample.twoCommits(temp.resolve("worktree/vybe-sdf"));
        Comparison clean = compare(CompareRequest.ofGit(work, "HEAD~1", ""), "worktree-cache");
        assertEquals("working tree", clean.delta().afterLabel());
        assertEquals(figures(byGit.delta()), figures(clean.delta()), "a clean working tree is HEAD");

        Path math = work.resolve("include/vybe/vybe_sdf_math.h");
        Files.writeString(math, Files.readString(math) + "\ninline int vybe_uncommitted(int x) { return x * 2 + 1; }\n");
        Map<String, String> edited = GitSample.snapshot(work);
        Comparison dirty = compare(CompareRequest.ofGit(work, "HEAD", null), "worktree-cache");

        HeaderDelta delta = dirty.delta().header("include/vybe/vybe_sdf_math.h").orElseThrow();
        assertTrue(delta.self().delta() > 0, "the uncommitted body adds to the math header: " + delta.self());
        assertTrue(dirty.afterTexts().text("include/vybe/vybe_sdf_math.h").orElseThrow().contains("vybe_uncommitted"));
        assertEquals(edited, GitSample.snapshot(work), "the working tree is read, never written");
    }

    @Test
    void savedAnalysesKeepTheProjectsJitConstantsSoTheBudgetMatchesTheFolders() throws Exception {
        Path a = SampleRevisions.copy(temp.resolve("jit-a/vybe-sdf"));
        Path b = SampleRevisions.copy(temp.resolve("jit-b/vybe-sdf"));
        SampleRevisions.moveMathBodiesOut(b);
        for (Path side : List.of(a, b)) {
            Path project = side.resolve("headroom.json");
            Files.writeString(project, Files.readString(project).replaceFirst("\\{",
                    "{\n  \"jit\": {\"limitMB\": 900, \"toolchainMB\": 420},"));
        }
        Comparison folders = compare(CompareRequest.ofPaths(a, b), "jit-cache");
        Path jsonA = temp.resolve("jit-a.json");
        Path jsonB = temp.resolve("jit-b.json");
        write(folders.before(), jsonA);
        write(folders.after(), jsonB);
        Comparison saved = compare(CompareRequest.ofPaths(jsonA, jsonB), "jit-cache");

        var byFolder = folders.delta().budget().orElseThrow();
        var bySaved = saved.delta().budget().orElseThrow();
        assertEquals(900L * 1024 * 1024, bySaved.limit().after(), "the project's limit, not the seed's 1850 MB");
        assertEquals(byFolder.limit(), bySaved.limit());
        assertEquals(byFolder.peak(), bySaved.peak());
        assertEquals(byFolder.persistent(), bySaved.persistent());
    }
}
