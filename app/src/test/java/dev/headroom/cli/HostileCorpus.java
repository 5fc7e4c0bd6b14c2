// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.export.WorkspaceJson;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Seeded hostile inputs and the checks every one must pass: exit 0, 1 or 2; no stack trace; every problem names a
 * file; nothing written outside the output and the cache; a good unit beside the bad ones still measured. Used by
 * {@link HostileFuzzTest} (one seed, bounded in time) and by {@link HostileCampaign} (many seeds, by hand).
 */
final class HostileCorpus {
    /** Wall-clock bound of one command run; past it the run counts as a hang. */
    static final long RUN_SECONDS = 90;

    private final Path dir;
    private final Random random;
    private final byte[] seedHeader;
    private final Findings findings;

    HostileCorpus(Path dir, long seed, byte[] seedHeader, Findings findings) {
        this.dir = dir;
        this.random = new Random(seed);
        this.seedHeader = seedHeader;
        this.findings = findings;
    }

    /** What a campaign counts. */
    static final class Findings {
        int inputs;
        int runs;
        final List<String> crashes = new ArrayList<>();
        final List<String> hangs = new ArrayList<>();
        final List<String> wrong = new ArrayList<>();

        boolean clean() {
            return crashes.isEmpty() && hangs.isEmpty() && wrong.isEmpty();
        }

        @Override
        public String toString() {
            return String.format("inputs tried %d in %d runs; crashes %d, hangs %d, wrong results %d%s%s%s", inputs,
                    runs, crashes.size(), hangs.size(), wrong.size(), list("crash", crashes), list("hang", hangs),
                    list("wrong", wrong));
        }

        private static String list(String what, List<String> items) {
            StringBuilder b = new StringBuilder();
            items.stream().limit(10).forEach(i -> b.append("\n  ").append(what).append(": ").append(i));
            return b.toString();
        }
    }

    /** The sample's math header when present: real, 58 KB of inline C++, no system includes. */
    static byte[] defaultSeedHeader() throws IOException {
        Path sample = Path.of("..", "samples", "vybe-sdf", "include", "vybe", "vybe_sdf_math.h");
        if (Files.isRegularFile(sample)) {
            return Files.readAllBytes(sample);
        }
        return ("#pragma once\nnamespace v { struct V { float x, y; };\ninline V add(V a, V b) { return {a.x + b.x,"
                + " a.y + b.y}; }\ntemplate <typename T> T twice(T t) { return t + t; } }\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Every family once: header mutants, compile databases, project files, jank modules, cache faults. */
    void runAll(int headerMutants, int perFamily) throws Exception {
        Map<String, Long> before = snapshot();
        headers(headerMutants);
        for (int i = 0; i < perFamily; i++) {
            compileDatabase(i);
            projectFile(i);
            jankModule(i);
        }
        cacheFaults();
        Map<String, Long> after = snapshot();
        after.keySet().removeAll(before.keySet());
        after.keySet().removeIf(p -> p.startsWith("out") || p.startsWith("cache") || p.startsWith("in/"));
        if (!after.isEmpty()) {
            findings.wrong.add("files written outside the output and the cache: " + after.keySet());
        }
    }

    // ---- families -------------------------------------------------------------------------------------------

    private void headers(int count) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/headers"));
        Path good = write(in.resolve("good.h"), "struct Good { int a; };\ninline int good() { return 1; }\n");
        List<String> args = new ArrayList<>(List.of("analyze", "--format", "none", "-q"));
        for (int i = 0; i < count; i++) {
            Path p = in.resolve("m" + i + ".h");
            Files.write(p, mutate(seedHeader));
            args.add(p.toString());
        }
        args.add(good.toString());
        findings.inputs += count + 1;
        Outcome o = run("header mutants", args);
        if (o != null) {
            checkMeasured(o, "good.h", "header mutants");
        }
    }

    private void compileDatabase(int i) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/db" + i));
        write(in.resolve("ok.cpp"), "int ok(int);\n");
        write(in.resolve("other.cpp"), "int other;\n");
        String db = "[{\"directory\":\".\",\"file\":\"ok.cpp\",\"command\":\"c++ -c ok.cpp\"},\n"
                + " {\"directory\":\".\",\"file\":\"" + pick("other.cpp", "gone.cpp", "bad\\u0000.cpp", "\\ud800.cpp",
                "/dev/zero", "..", "", "other.cpp\\\" -DX") + "\",\"command\":\"" + pick("c++ -c x.cpp",
                "c++ -D 'A B=2' -c x.cpp", "c++ -I", "c++ -std=c++999 -c x.cpp", "c++ @missing.rsp", "c++ \\\"unclosed",
                "c++ -include /dev/zero") + "\"}]\n";
        Path file = in.resolve("compile_commands.json");
        Files.writeString(file, random.nextInt(3) == 0 ? truncate(db) : db);
        findings.inputs++;
        Outcome o = run("compile db " + i, List.of("analyze", "--format", "none", "-q", file.toString()));
        if (o != null && o.exit != 2 && Files.readString(file).contains("ok.cpp\",\"command")) {
            checkMeasured(o, "ok.cpp", "compile db " + i);
        }
    }

    private void projectFile(int i) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/project" + i));
        write(in.resolve("a.h"), "int a;\n");
        String project = "{\"inputs\": [\"" + pick(".", "a.h", "nothere", "/dev/zero", "") + "\"],\n"
                + " \"defines\": {\"" + pick("OK", "", "A B", "X(", "1X") + "\": \"1\"},\n"
                + " \"std\": \"" + pick("c++17", "c++999", "", "gnu++20") + "\",\n"
                + " \"flags\": [\"" + pick("-I", "-Wall", "-DZ=1", "-include", "-isystem") + "\"],\n"
                + " \"jit\": {\"" + pick("toolchainMB", "limitMB", "retainedFraction", "nope") + "\": "
                + pick("10", "-1", "10000000000000", "1e400", "\"x\"", "2") + "}}\n";
        Path file = in.resolve("headroom.json");
        Files.writeString(file, random.nextInt(3) == 0 ? truncate(project) : project);
        findings.inputs++;
        run("project file " + i, List.of("check", "-q", file.toString()));
    }

    private void jankModule(int i) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/jank" + i));
        write(in.resolve("ok.h"), "int ok;\n");
        Path fine = write(in.resolve("fine.jank"), "(ns fine.one (:require [\"ok.h\"]))\n(defn f [] 1)\n");
        String[] bodies = {
            "(ns bad.one :require [\"ok.h\"])",
            "(ns bad.one (:require [\"ok.h\\\"\\nint x;\"]))",
            "(ns bad.one (:require [\"/dev/urandom\"]))",
            "(ns bad.one)\n" + "(".repeat(2000 + random.nextInt(20_000)),
            "(ns bad.one (:require [\"ok.h\"]))\n" + "[".repeat(1000) + "]".repeat(1000),
            "(ns bad.one (:require [\"\"]))",
            "(ns",
            "\u0000\u0001(ns bad.one)",
        };
        String body = bodies[random.nextInt(bodies.length)];
        Path bad = write(in.resolve("bad.jank"), random.nextInt(4) == 0 ? truncate(body) : body);
        findings.inputs += 2;
        Outcome o = run("jank " + i, List.of("analyze", "--format", "none", "-q", bad.toString(), fine.toString()));
        if (o != null && o.exit != 2) {
            checkMeasured(o, "fine.one", "jank " + i);
        }
    }

    private void cacheFaults() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/cached"));
        Path h = write(in.resolve("c.h"), "struct C { int a; int b() const { return a; } };\n");
        List<String> args = List.of("analyze", "--format", "none", "-q", h.toString());
        Outcome first = run("cache: fill", args);
        Path units = dir.resolve("cache/units");
        try (Stream<Path> entries = Files.isDirectory(units) ? Files.list(units) : Stream.empty()) {
            for (Path e : entries.toList()) {
                switch (random.nextInt(3)) {
                    case 0 -> Files.write(e, new byte[] {'{', 0, (byte) 0xFF});
                    case 1 -> Files.writeString(e, Files.readString(e).substring(0, (int) (Files.size(e) / 2)));
                    default -> Files.writeString(e, Files.readString(e).replace("\"sha256\"", "\"sha\""));
                }
            }
        }
        findings.inputs++;
        Outcome second = run("cache: damaged", args);
        if (first != null && second != null && first.model != null && second.model != null) {
            int a = unit(first.model, "c.h").map(TranslationUnit::nodes).orElse(-1);
            int b = unit(second.model, "c.h").map(TranslationUnit::nodes).orElse(-2);
            if (a != b || second.exit != 0) {
                findings.wrong.add("damaged cache changed the result: nodes " + a + " -> " + b + ", exit " + second.exit);
            }
        }
    }

    // ---- running and checking -------------------------------------------------------------------------------

    private record Outcome(int exit, String err, Workspace model) {
    }

    private Outcome run(String what, List<String> args) throws Exception {
        Path json = dir.resolve("out/" + findings.runs + ".json");
        Files.createDirectories(json.getParent());
        List<String> all = new ArrayList<>(args.subList(0, 1));
        all.addAll(List.of("--cache-dir", dir.resolve("cache").toString()));
        if (args.get(0).equals("analyze")) {
            all.addAll(List.of("--json", json.toString()));
        }
        all.addAll(args.subList(1, args.size()));
        findings.runs++;
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hostile-run");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<CliRun> f = one.submit(() -> CliRun.of(all.toArray(String[]::new)));
            CliRun r;
            try {
                r = f.get(RUN_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                findings.hangs.add(what + ": no answer in " + RUN_SECONDS + " s: " + String.join(" ", all));
                return null;
            } catch (java.util.concurrent.ExecutionException e) {
                findings.crashes.add(what + ": " + e.getCause());
                return null;
            }
            if (r.exitCode() < 0 || r.exitCode() > 2) {
                findings.crashes.add(what + ": exit " + r.exitCode() + ": " + firstLines(r.err()));
            }
            if (r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("Error:")) {
                findings.crashes.add(what + ": stack trace or exception text: " + firstLines(r.err()));
            }
            for (String line : r.err().lines().toList()) {
                if (line.startsWith("headroom: ") && !namesAFile(line)) {
                    findings.wrong.add(what + ": a problem that names no file: " + line);
                }
            }
            Workspace model = Files.isRegularFile(json) ? WorkspaceJson.read(json) : null;
            return new Outcome(r.exitCode(), r.err(), model);
        } finally {
            one.shutdownNow();
        }
    }

    /** Whether a problem line names a file: a path, or the command line that carried the bad flag. */
    private static boolean namesAFile(String line) {
        String rest = line.substring("headroom: ".length());
        return rest.startsWith("/") || rest.startsWith("<command line>") || rest.startsWith("nothing to analyse in");
    }

    private void checkMeasured(Outcome o, String unit, String what) {
        if (o.model == null) {
            findings.wrong.add(what + ": no model written (exit " + o.exit + "): " + firstLines(o.err));
            return;
        }
        var u = unit(o.model, unit);
        if (u.isEmpty() || !u.get().measured() || u.get().nodes() == 0) {
            findings.wrong.add(what + ": the good unit " + unit + " was not measured: " + u);
        }
    }

    private static java.util.Optional<TranslationUnit> unit(Workspace w, String name) {
        return w.units().stream().filter(u -> u.name().endsWith(name)).findFirst();
    }

    private static String firstLines(String s) {
        return s.lines().limit(5).reduce((a, b) -> a + " | " + b).orElse("");
    }

    // ---- mutations ------------------------------------------------------------------------------------------

    /** One to three of the mutations below, chosen and placed by the seed. */
    byte[] mutate(byte[] text) {
        byte[] out = text;
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            out = mutateOnce(out);
        }
        return out;
    }

    private byte[] mutateOnce(byte[] t) {
        int at = t.length == 0 ? 0 : random.nextInt(t.length);
        return switch (random.nextInt(16)) {
            case 0 -> java.util.Arrays.copyOf(t, at); // truncated
            case 1 -> flip(t, 1 + random.nextInt(64));
            case 2 -> insert(t, at, repeat("(", 200 + random.nextInt(3000)));
            case 3 -> insert(t, at, repeat("{", 200 + random.nextInt(5000)));
            case 4 -> insert(t, at, new byte[] {0});
            case 5 -> insert(t, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            case 6 -> new String(t, StandardCharsets.ISO_8859_1).replace("\n", "\r").getBytes(StandardCharsets.ISO_8859_1);
            case 7 -> insert(t, lineStart(t, at), "#if 1\n".repeat(1 + random.nextInt(2000)).getBytes(StandardCharsets.US_ASCII));
            case 8 -> insert(t, lineStart(t, at), "#include \"/dev/zero\"\n".getBytes(StandardCharsets.US_ASCII));
            case 9 -> insert(t, lineStart(t, at), "#endif\n#else\n#elif\n".getBytes(StandardCharsets.US_ASCII));
            case 10 -> insert(t, at, garbage(1 + random.nextInt(4096)));
            case 11 -> insert(t, at, java.util.Arrays.copyOfRange(t, random.nextInt(at + 1), at));
            case 12 -> insert(t, at, "\"unclosed /* unclosed".getBytes(StandardCharsets.US_ASCII));
            case 13 -> insert(t, lineStart(t, at), "#define A B\n#define B A\nint A;\n#include __FILE__\n"
                    .getBytes(StandardCharsets.US_ASCII));
            case 14 -> insert(t, lineStart(t, at), ("template <int N> struct R { typedef typename R<N - 1>::T T; };\n"
                    + "template <> struct R<0> { typedef int T; };\nR<" + (50 + random.nextInt(150)) + ">::T r;\n")
                    .getBytes(StandardCharsets.US_ASCII));
            default -> java.util.Arrays.copyOfRange(t, 0, Math.max(0, t.length - random.nextInt(t.length + 1)));
        };
    }

    private byte[] flip(byte[] t, int count) {
        byte[] out = t.clone();
        for (int i = 0; i < count && out.length > 0; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    private byte[] garbage(int n) {
        byte[] g = new byte[n];
        random.nextBytes(g);
        return g;
    }

    private static byte[] insert(byte[] t, int at, byte[] what) {
        byte[] out = new byte[t.length + what.length];
        System.arraycopy(t, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(t, at, out, at + what.length, t.length - at);
        return out;
    }

    private static byte[] repeat(String s, int n) {
        return s.repeat(n).getBytes(StandardCharsets.US_ASCII);
    }

    private static int lineStart(byte[] t, int at) {
        int i = Math.min(at, t.length);
        while (i > 0 && t[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    private String truncate(String s) {
        return s.substring(0, random.nextInt(s.length() + 1));
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private static Path write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** Every file under {@code dir} with its size, relative paths as keys. */
    private Map<String, Long> snapshot() throws IOException {
        Map<String, Long> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.size(p));
            }
        }
        return out;
    }
}
