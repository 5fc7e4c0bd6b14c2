// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.diff.SampleRevisions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    @TempDir
    static Path temp;

    static Path before;
    static Path after;
    static Path beforeJson;
    static Path afterJson;
    static CliRun byFolders;

    @BeforeAll
    static void analyseTheSampleAndTheEdit() {
        SystemHeaders.requireSample();
        before = SampleRevisions.copy(temp.resolve("a/vybe-sdf"));
        after = SampleRevisions.copy(temp.resolve("b/vybe-sdf"));
        SampleRevisions.moveMathBodiesOut(after);
        String cache = temp.resolve("cache").toString();
        byFolders = CliRun.of("diff", before.toString(), after.toString(), "--cache-dir", cache, "-q");
        beforeJson = temp.resolve("a.json");
        afterJson = temp.resolve("b.json");
        assertEquals(0, CliRun.of("analyze", before.toString(), "--json", beforeJson.toString(), "--cache-dir", cache,
                "-q").exitCode());
        assertEquals(0, CliRun.of("analyze", after.toString(), "--json", afterJson.toString(), "--cache-dir", cache,
                "-q").exitCode());
    }

    @Test
    void twoFoldersPrintUnitsAndHeadersBeforeAfterAndDelta() {
        assertEquals(0, byFolders.exitCode(), byFolders.err());
        assertTrue(byFolders.out().contains("vybe.sdf.math"), byFolders.out());
        assertTrue(byFolders.out().contains("include/vybe/vybe_sdf_math.h"), byFolders.out());
        assertTrue(byFolders.out().lines().anyMatch(l -> l.contains("NEW") && l.contains("math_bodies.cpp")),
                "the new source is marked NEW");
        assertTrue(byFolders.out().contains("#include <memory>"), "the removed include is named");
    }

    @Test
    void savedAnalysesPrintTheSameTablesAsTheFolders() {
        CliRun run = CliRun.of("diff", beforeJson.toString(), afterJson.toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(tables(byFolders.out()), tables(run.out()));
    }

    /** The output without its first line, which names the inputs. */
    private static String tables(String out) {
        return out.substring(out.indexOf('\n') + 1);
    }

    @Test
    void growthPastTheGateExitsOneNamingTheUnitAndTheHeadersThatGrew() {
        CliRun run = CliRun.of("diff", afterJson.toString(), beforeJson.toString(), "--fail-over", "1MB", "-q");
        assertEquals(DiffCommand.GREW, run.exitCode(), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("GREW: this change adds ") && l.contains(" to vybe.sdf.ui")
                && l.contains(" via ")), run.out());
    }

    @Test
    void aShrinkingChangePassesTheGate() {
        CliRun run = CliRun.of("diff", beforeJson.toString(), afterJson.toString(), "--fail-over", "20MB", "-q");
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains("OK: no unit grows by more than 20.0 MB"), run.out());
    }

    @Test
    void aNewUnitGrowsFromNothingAndTripsTheGate() {
        CliRun run = CliRun.of("diff", beforeJson.toString(), afterJson.toString(), "--fail-over", "7MB", "-q");
        assertEquals(DiffCommand.GREW, run.exitCode(), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("GREW: this change adds 19.3 MB to "
                + "src/vybe/sdf/math_bodies.cpp (estimated peak 0 B -> 19.3 MB)")), run.out());
    }

    @Test
    void jsonFormatIsOneDocumentWithUnitsHeadersAndBudget() throws Exception {
        CliRun run = CliRun.of("diff", beforeJson.toString(), afterJson.toString(), "--format", "json", "--top", "5");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertEquals(7, doc.get("units").size());
        assertEquals(5, doc.get("headers").size());
        assertTrue(doc.get("budget").get("peakBytes").get("delta").asLong() < 0);
    }

    @Test
    void markdownAndCsvRenderTheSameRows() {
        CliRun md = CliRun.of("diff", beforeJson.toString(), afterJson.toString(), "--format", "md");
        CliRun csv = CliRun.of("diff", beforeJson.toString(), afterJson.toString(), "--format", "csv");
        assertTrue(md.out().contains("| include/vybe/vybe_sdf_math.h |"), md.out());
        assertTrue(csv.out().lines().anyMatch(l -> l.endsWith(",include/vybe/vybe_sdf_math.h")), csv.out());
    }

    /** A repository with the sample, then a commit that includes ImGui's internals from the engine header. */
    static Path imguiInternalsRepository() throws Exception {
        Path repo = temp.resolve("repo/vybe-sdf");
        if (Files.isDirectory(repo)) {
            return repo;
        }
        SampleRevisions.copy(repo);
        var who = new org.eclipse.jgit.lib.PersonIdent("t", "t@headroom.dev");
        try (var git = org.eclipse.jgit.api.Git.init().setDirectory(repo.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("sample").setAuthor(who).setCommitter(who).setSign(false).call();
            Path engine = repo.resolve("include/vulkan/sdf_engine.hpp");
            Files.writeString(engine, Files.readString(engine).replace("#include <imgui.h>\n",
                    "#include <imgui.h>\n#include <imgui_internal.h>\n"));
            git.commit().setAll(true).setMessage("engine: ImGui internals").setAuthor(who).setCommitter(who)
                    .setSign(false).call();
        }
        return repo;
    }

    @Test
    void aNewIncludeIsNamedFirstWhenItsUnitGrowsPastTheGate() throws Exception {
        Path repo = imguiInternalsRepository();
        CliRun run = CliRun.of("diff", "--git", repo.toString(), "HEAD~1", "HEAD", "--fail-over", "1MB",
                "--cache-dir", temp.resolve("cache").toString(), "-q");
        assertEquals(DiffCommand.GREW, run.exitCode(), run.out() + run.err());
        String grew = run.out().lines().filter(l -> l.startsWith("GREW: ")).findFirst().orElseThrow();
        assertTrue(grew.contains(" to vybe.sdf.ui (") && grew.contains(" via /usr/include/imgui/imgui_internal.h ("),
                grew);
        assertEquals(1, run.out().lines().filter(l -> l.startsWith("GREW: ")).count(), "only vybe.sdf.ui grew");
    }

    @Test
    void oneRevisionIsComparedWithTheWorkingTree() throws Exception {
        Path repo = imguiInternalsRepository();
        CliRun run = CliRun.of("diff", "--git", repo.toString(), "HEAD~1", "--fail-over", "1MB",
                "--cache-dir", temp.resolve("cache").toString(), "-q");
        assertEquals(DiffCommand.GREW, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().lines().findFirst().orElseThrow().contains("working tree"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("GREW: ") && l.contains(" to vybe.sdf.ui (")), run.out());
    }

    @Test
    void aRevisionThatDoesNotExistIsOneLineAndExitTwo() throws Exception {
        Path repo = imguiInternalsRepository();
        CliRun run = CliRun.of("diff", "--git", repo.toString(), "HEAD", "v9.9");
        assertEquals(HeadroomCommand.BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("no revision 'v9.9' in " + repo), run.err());
    }

    @Test
    void aPathThatIsNotARepositoryIsOneLineAndExitTwo() throws Exception {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        CliRun run = CliRun.of("diff", "--git", plain.toString(), "HEAD~1", "HEAD");
        assertEquals(HeadroomCommand.BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(plain + " is not in a git repository"), run.err());
    }

    @Test
    void savedAnalysesOfDifferentSchemaVersionsAreOneLineAndExitTwo() throws Exception {
        Path other = temp.resolve("v99.json");
        Files.writeString(other, Files.readString(afterJson).replaceFirst("\"schemaVersion\" : \\d+",
                "\"schemaVersion\" : 99"));
        CliRun run = CliRun.of("diff", beforeJson.toString(), other.toString());
        assertEquals(HeadroomCommand.BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(other.toString()) && run.err().contains("schema version 99"), run.err());
    }

    @Test
    void oneSideAloneIsBadUsage() {
        CliRun run = CliRun.of("diff", "only-one");
        assertEquals(HeadroomCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("diff takes two folders or JSON files"), run.err());
    }
}
