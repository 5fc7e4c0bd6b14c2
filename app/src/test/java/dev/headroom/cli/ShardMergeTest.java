// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --shard I/N} then {@code merge} gives the JSON one {@code analyze} gives, but for the fields that
 * say how this run went rather than what the code is: {@code stats} (wall time, threads, how units were had) and each
 * unit's {@code parseMillis} and {@code cached}.
 */
class ShardMergeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** The analysis without the fields that time this run or say whether a unit came from the cache. */
    static JsonNode analysisOf(Path file) throws IOException {
        JsonNode doc = JSON.readTree(file.toFile());
        ObjectNode ws = (ObjectNode) doc.get("workspace");
        ws.remove("stats");
        for (JsonNode u : ws.get("units")) {
            ((ObjectNode) u).remove(List.of("parseMillis", "cached"));
        }
        return doc;
    }

    private List<String> shardAll(String input, int count, String... options) {
        List<String> parts = new ArrayList<>();
        String prefix = Path.of(input).getFileName().toString();
        for (int i = 1; i <= count; i++) {
            String part = tmp.resolve(prefix + "-part-" + i + ".json").toString();
            List<String> args = new ArrayList<>(List.of("analyze", input, "--shard", i + "/" + count, "--json", part, "-q"));
            args.addAll(List.of(options));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertTrue(run.exitCode() <= HeadroomCommand.PROBLEMS, run.err());
            parts.add(part);
        }
        return parts;
    }

    private static CliRun merge(List<String> parts, Path json) {
        List<String> args = new ArrayList<>(List.of("merge", "-q", "--format", "none", "--json", json.toString()));
        args.addAll(parts);
        return CliRun.of(args.toArray(String[]::new));
    }

    /**
     * The shards parse afresh and fill a unit cache; the whole run reads it, so the sample is parsed once (a cached
     * unit is the same facts as a parse, which UnitCacheTest holds, and here the part files round-trip them again).
     */
    @Test
    void mergedShardsOfTheSampleEqualOneRun() throws IOException {
        SystemHeaders.requireSample();
        String sample = SystemHeaders.sample().toString();
        String cache = tmp.resolve("cache").toString();
        List<String> parts = shardAll(sample, 3, "--cache-dir", cache);
        Path single = tmp.resolve("single.json");
        CliRun one = CliRun.of("analyze", sample, "--cache-dir", cache, "--json", single.toString(), "--format", "none", "-q");
        assertEquals(HeadroomCommand.OK, one.exitCode(), one.err());
        Path merged = tmp.resolve("merged.json");
        CliRun run = merge(parts, merged);
        assertEquals(HeadroomCommand.OK, run.exitCode(), run.err());
        assertEquals(analysisOf(single), analysisOf(merged));
    }

    /**
     * A generated compile database of Boost, Vulkan and ImGui units, with the problems CDT meets in Boost: the parts
     * carry each unit's problems to the merge. The whole run parses once and fills a unit cache the shards read, to
     * keep the test short; the sample test above does it the other way round.
     */
    @Test
    void mergedShardsOfAGeneratedDatabaseEqualOneRun() throws Exception {
        SystemHeaders.require("/usr/include/boost/version.hpp", "/usr/include/vulkan/vulkan.h",
                "/usr/include/imgui/imgui.h", "/usr/bin/clang++");
        Path db = tmp.resolve("db");
        generate(db, 4);
        String input = db.resolve("compile_commands.json").toString();
        String cache = tmp.resolve("cache").toString();
        Path single = tmp.resolve("single.json");
        CliRun one = CliRun.of("analyze", input, "--cache-dir", cache, "--json", single.toString(), "--format", "none", "-q");
        assertTrue(one.exitCode() <= HeadroomCommand.PROBLEMS, one.err());
        List<String> parts = shardAll(input, 2, "--cache-dir", cache);
        Path merged = tmp.resolve("merged.json");
        CliRun run = merge(parts, merged);
        assertEquals(one.exitCode(), run.exitCode(), run.err());
        assertEquals(analysisOf(single), analysisOf(merged));
        assertEquals(4, JSON.readTree(merged.toFile()).get("workspace").get("units").size());
    }

    /** Runs samples/tools/GenerateCompileDatabase.java with this JVM's launcher. */
    static void generate(Path out, int units) throws Exception {
        String launcher = ProcessHandle.current().info().command().orElse("java");
        Path generator = Path.of("..", "samples", "tools", "GenerateCompileDatabase.java").toAbsolutePath().normalize();
        Process p = new ProcessBuilder(launcher, generator.toString(), out.toString(), String.valueOf(units))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
    }

    /** Three one-line units that need no system header: enough to shard and to break merges. */
    private Path tinyWorkspace(String name, int units) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (int i = 0; i < units; i++) {
            Files.writeString(dir.resolve("u" + i + ".cpp"), "int f" + i + "() { return " + i + "; }\n");
        }
        return dir;
    }

    @Test
    void mergeNamesAMissingShard() throws IOException {
        List<String> parts = shardAll(tinyWorkspace("tiny", 3).toString(), 3, "--no-cache");
        CliRun run = merge(parts.subList(0, 2), tmp.resolve("out.json"));
        assertEquals(HeadroomCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("shard 3/3 missing"), run.err());
        assertTrue(!run.err().contains("Exception"), run.err());
    }

    @Test
    void mergeNamesAShardGivenTwice() throws IOException {
        List<String> parts = shardAll(tinyWorkspace("tiny", 3).toString(), 2, "--no-cache");
        Path copy = tmp.resolve("copy.json");
        Files.copy(Path.of(parts.get(1)), copy);
        CliRun run = merge(List.of(parts.get(0), parts.get(1), copy.toString()), tmp.resolve("out.json"));
        assertEquals(HeadroomCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(copy + ": is shard 2/2 again"), run.err());
    }

    @Test
    void mergeRefusesPartsOfAnotherWorkspace() throws IOException {
        List<String> ours = shardAll(tinyWorkspace("ours", 3).toString(), 2, "--no-cache");
        Path theirs = tmp.resolve("theirs.json");
        Files.move(Path.of(ours.get(1)), theirs);
        List<String> other = shardAll(tinyWorkspace("other", 4).toString(), 2, "--no-cache");
        CliRun run = merge(List.of(ours.get(0), other.get(1)), tmp.resolve("out.json"));
        assertEquals(HeadroomCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(other.get(1) + ": was made from other inputs"), run.err());
    }

    @Test
    void mergeRefusesPartsWhoseInputsChangedSince() throws IOException {
        Path ws = tinyWorkspace("grows", 3);
        List<String> parts = shardAll(ws.toString(), 2, "--no-cache");
        Files.writeString(ws.resolve("u9.cpp"), "int g();\n");
        CliRun run = merge(parts, tmp.resolve("out.json"));
        assertEquals(HeadroomCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("units, the inputs read now have 4"), run.err());
    }

    @Test
    void mergeRefusesAPartOfAnotherHeadroomAndFilesThatAreNoParts() throws IOException {
        List<String> parts = shardAll(tinyWorkspace("tiny", 3).toString(), 2, "--no-cache");
        Path part = Path.of(parts.get(1));
        Files.writeString(part, Files.readString(part).replaceFirst("\"generator\":\"[^\"]*\"", "\"generator\":\"headroom 0.0.1\""));
        CliRun run = merge(parts, tmp.resolve("out.json"));
        assertEquals(HeadroomCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(part + ": written by headroom 0.0.1"), run.err());

        Path garbage = Files.writeString(tmp.resolve("garbage.json"), "{ not json");
        run = merge(List.of(garbage.toString()), tmp.resolve("out.json"));
        assertTrue(run.err().contains(garbage + ": not a shard part"), run.err());
        assertEquals(HeadroomCommand.BAD_INPUT, run.exitCode());
    }

    @Test
    void shardNeedsAFileAndAValidIndex() {
        CliRun run = CliRun.of("analyze", "x.cpp", "--shard", "3/2", "--json", "p.json");
        assertEquals(HeadroomCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--shard takes I/N with 1 <= I <= N"), run.err());
        run = CliRun.of("analyze", "x.cpp", "--shard", "1/2");
        assertEquals(HeadroomCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("give --json FILE"), run.err());
    }
}
