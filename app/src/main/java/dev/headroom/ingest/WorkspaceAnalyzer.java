// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import dev.headroom.bridge.CancelSignal;
import dev.headroom.bridge.FileMounts;
import dev.headroom.bridge.ParseRequest;
import dev.headroom.bridge.ParsedUnit;
import dev.headroom.bridge.SourceLanguage;
import dev.headroom.bridge.Toolchain;
import dev.headroom.bridge.ToolchainProbe;
import dev.headroom.bridge.TranslationUnitParser;
import dev.headroom.model.AnalysisStats;
import dev.headroom.model.JankModule;
import dev.headroom.model.Problem;
import dev.headroom.model.ToolchainInfo;
import dev.headroom.model.Workspace;
import dev.headroom.workspace.InputProblem;
import dev.headroom.workspace.NamespaceRequire;
import dev.headroom.workspace.UnitSpec;
import dev.headroom.workspace.WorkspaceInputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;

/**
 * Parses every unit of a workspace and builds the model. Units run in parallel, one per worker thread;
 * units whose parse would be identical (same text, flags and search path: several jank modules requiring
 * the same headers) are parsed once and shared; units unchanged since an earlier run come from the
 * persistent {@link UnitCache}.
 */
public final class WorkspaceAnalyzer {
    private final AnalysisOptions options;
    private final ToolchainCache toolchainCache;
    private final ParseTimes parseTimes;

    public WorkspaceAnalyzer(AnalysisOptions options) {
        this.options = options;
        this.toolchainCache = new ToolchainCache(new ToolchainProbe(), options.cacheDir());
        this.parseTimes = new ParseTimes(options.cacheDir());
    }

    /**
     * Analyses the inputs.
     *
     * @throws AnalysisCancelledException when {@code cancel} says so before the end
     */
    public Workspace analyze(WorkspaceInputs inputs, AnalysisListener listener, BooleanSupplier cancelled)
            throws AnalysisCancelledException {
        long start = System.nanoTime();
        Setup setup = setUp(inputs, listener);
        Parsed parsed = parse(inputs, setup, i -> true, listener, cancelled);
        long wall = (System.nanoTime() - start) / 1_000_000;
        Counts counts = parsed.counts();
        return build(inputs, setup, parsed.results(), parsed.cached(),
                new AnalysisStats(wall, options.threads(), counts.parsed(), counts.shared(), counts.cached()));
    }

    /** The compilers probed, each unit's parse request and dialect, and the problems met on the way. */
    record Setup(Map<String, Optional<Toolchain>> toolchains, List<ParseRequest> requests, List<String> dialects,
            List<Problem> problems) {

        /** The unit cache key of each unit: everything that decides its parse. */
        List<String> keys() {
            return requests.stream().map(UnitCache::keyOf).toList();
        }
    }

    /** Each unit's result by index ({@code null} where not selected), whether it came from the cache, and counts. */
    static final class Parsed {
        private final ParsedUnit[] results;
        private final boolean[] cached;
        private final Counts counts;

        Parsed(ParsedUnit[] results, boolean[] cached, Counts counts) {
            this.results = results;
            this.cached = cached;
            this.counts = counts;
        }

        ParsedUnit[] results() {
            return results;
        }

        boolean[] cached() {
            return cached;
        }

        Counts counts() {
            return counts;
        }
    }

    /** Reads no file but the compilers': probes toolchains and states each unit's parse request. */
    Setup setUp(WorkspaceInputs inputs, AnalysisListener listener) {
        List<Problem> problems = new ArrayList<>();
        for (InputProblem p : inputs.problems()) {
            problems.add(new Problem(p.file() == null ? null : p.file().toString(), p.line(), p.message(), Problem.Source.INPUT));
        }

        Map<String, Optional<Toolchain>> toolchains = new HashMap<>();
        List<ParseRequest> requests = new ArrayList<>();
        List<String> dialects = new ArrayList<>();
        for (UnitSpec spec : inputs.units()) {
            SourceLanguage language = ParseSettings.languageOf(spec);
            String std = spec.options().std();
            Optional<Toolchain> toolchain = toolchains.computeIfAbsent(language + "|" + std, k -> probeOrNote(language, std, listener, problems));
            requests.add(ParseSettings.requestFor(spec, toolchain.orElse(null), options.collectUses()));
            dialects.add(toolchain.map(Toolchain::dialect).orElse(std == null ? language.compilerName() : std));
        }
        return new Setup(toolchains, requests, dialects, problems);
    }

    /** Parses the units {@code selected} admits (by index), through the unit cache when the options allow. */
    Parsed parse(WorkspaceInputs inputs, Setup setup, IntPredicate selected, AnalysisListener listener,
            BooleanSupplier cancelled) throws AnalysisCancelledException {
        CancelSignal cancel = cancelled::getAsBoolean;
        List<ParseRequest> requests = setup.requests();
        UnitCache cache = options.unitCache() ? new UnitCache(options.cacheDir()) : null;
        String unusable = cache == null ? null : cache.whyUnusable();
        if (unusable != null) {
            String message = "cannot use the cache folder (" + unusable + "); every unit is parsed afresh and"
                    + " nothing is kept; give a writable --cache-dir";
            listener.note(message);
            setup.problems().add(new Problem(options.cacheDir().toString(), 0, message, Problem.Source.INPUT));
            cache = null;
        }
        ParsedUnit[] results = new ParsedUnit[requests.size()];
        boolean[] cached = new boolean[requests.size()];
        long start = System.nanoTime();
        PartialBuild partial = (soFar, fromCache) -> build(inputs, setup, soFar, fromCache,
                new AnalysisStats((System.nanoTime() - start) / 1_000_000, options.threads(), 0, 0, 0));
        Counts counts = parseAll(inputs.units(), requests, selected, results, cached, cache, listener, partial, cancel);
        return new Parsed(results, cached, counts);
    }

    /** Builds the workspace of the units finished so far; {@code null} results are units not finished yet. */
    @FunctionalInterface
    private interface PartialBuild {
        Workspace of(ParsedUnit[] results, boolean[] cached);
    }

    /**
     * The workspace of every unit's result, in unit order: how a run ends, and how a merge of shards does. A
     * {@code null} result is a unit not finished yet: it is left out, with its jank module (a partial workspace).
     */
    Workspace build(WorkspaceInputs inputs, Setup setup, ParsedUnit[] results, boolean[] cached, AnalysisStats stats) {
        Map<String, Optional<Toolchain>> toolchains = setup.toolchains();
        Set<Path> compilerDirs = new LinkedHashSet<>();
        toolchains.values().forEach(t -> t.ifPresent(tc -> compilerDirs.addAll(tc.systemDirs())));
        ModelBuilder builder = new ModelBuilder(inputs.root(), List.copyOf(compilerDirs), inputs.projectFolders());
        Set<String> missing = new HashSet<>();
        for (int i = 0; i < results.length; i++) {
            UnitSpec spec = inputs.units().get(i);
            if (results[i] == null) {
                missing.add(spec.name());
                continue;
            }
            Set<Path> userSystem = new HashSet<>();
            spec.options().systemIncludeDirs().forEach(d -> userSystem.add(d.toAbsolutePath().normalize()));
            builder.add(spec, setup.dialects().get(i), results[i], cached[i], userSystem);
        }
        Toolchain first = toolchains.values().stream().flatMap(Optional::stream).findFirst().orElse(null);
        ToolchainInfo toolchainInfo = first == null
                ? new ToolchainInfo("", "", List.of(), 0)
                : new ToolchainInfo(first.compiler(), first.version(),
                        first.systemDirs().stream().map(Path::toString).toList(), first.macros().size());
        return new Workspace(inputs.name(), inputs.root().toAbsolutePath().normalize().toString(), builder.units(),
                builder.files(), builder.functions(), builder.dependencies(),
                modules(inputs).stream().filter(m -> !missing.contains(m.namespace())).toList(), setup.problems(),
                toolchainInfo, stats);
    }

    /** The parser threads these options run. */
    int threads() {
        return options.threads();
    }

    private Optional<Toolchain> probeOrNote(SourceLanguage language, String std, AnalysisListener listener, List<Problem> problems) {
        try {
            Optional<Toolchain> toolchain = toolchainCache.toolchain(language, std);
            if (toolchain.isEmpty()) {
                String message = "no " + (language == SourceLanguage.C ? "C" : "C++") + " compiler on PATH (tried "
                        + (language == SourceLanguage.C ? "clang, cc, gcc" : "clang++, c++, g++")
                        + "): system headers will not resolve; install clang or set "
                        + (language == SourceLanguage.C ? "CC" : "CXX");
                listener.note(message);
                problems.add(new Problem(null, 0, message, Problem.Source.TOOLCHAIN));
            }
            return toolchain;
        } catch (IllegalStateException e) {
            listener.note(e.getMessage());
            problems.add(new Problem(null, 0, e.getMessage(), Problem.Source.TOOLCHAIN));
            return Optional.empty();
        }
    }

    /** How the units' results were had. */
    record Counts(int parsed, int shared, int cached) {
    }

    /** Fills {@code results} and {@code cached}. */
    private Counts parseAll(List<UnitSpec> specs, List<ParseRequest> requests, IntPredicate selected,
            ParsedUnit[] results, boolean[] cached, UnitCache cache, AnalysisListener listener, PartialBuild partial,
            CancelSignal cancel) throws AnalysisCancelledException {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        int chosen = 0;
        for (int i = 0; i < requests.size(); i++) {
            String key = UnitCache.keyOf(requests.get(i));
            keys.add(key);
            if (selected.test(i)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                chosen++;
            }
        }
        int total = chosen;
        // A tree held in memory (decision 0017) is this process's alone: a worker would find nothing at its paths.
        boolean inWorkers = options.isolation().mode() == UnitIsolation.Mode.WORKERS
                && requests.stream().noneMatch(WorkspaceAnalyzer::readsMountedFiles);
        TranslationUnitParser parser = inWorkers ? null : new TranslationUnitParser();
        try (WorkerPool pool = inWorkers ? WorkerPool.ofThisJvm(options.isolation().workerHeapBytes()) : null) {
            return runJobs(specs, requests, byKey, keys, total, parser, pool, results, cached, cache, listener, partial,
                    cancel);
        }
    }

    private Counts runJobs(List<UnitSpec> specs, List<ParseRequest> requests, Map<String, List<Integer>> byKey,
            List<String> keys, int total, TranslationUnitParser parser, WorkerPool pool, ParsedUnit[] results,
            boolean[] cached, UnitCache cache, AnalysisListener listener, PartialBuild partial, CancelSignal cancel)
            throws AnalysisCancelledException {
        List<String> order = parseTimes.longestFirst(List.copyOf(byKey.keySet()));
        List<UnitGuard.Job> jobs = new ArrayList<>();
        boolean[] hits = new boolean[order.size()];
        AtomicInteger done = new AtomicInteger();
        for (int j = 0; j < order.size(); j++) {
            int job = j;
            int first = byKey.get(order.get(j)).get(0);
            ParseRequest request = requests.get(first);
            String name = specs.get(first).name();
            jobs.add(new UnitGuard.Job(name, request, signal -> {
                Optional<ParsedUnit> hit = cache == null ? Optional.empty() : cache.load(keys.get(first));
                hits[job] = hit.isPresent();
                if (hit.isPresent()) {
                    return hit.get();
                }
                listener.unitStarted(name, done.get(), total);
                ParsedUnit unit = pool != null ? pool.parse(name, request, signal) : parser.parse(request, signal);
                if (cache != null && !unit.files().isEmpty()) {
                    cache.store(keys.get(first), request, unit);
                }
                return unit;
            }));
        }
        int[] parsed = new int[1];
        int[] shared = new int[1];
        int[] fromCache = new int[1];
        // In workers the units' ASTs are not in this heap; each worker's own -Xmx bounds them.
        UnitGuard guard = pool != null
                ? new UnitGuard(MachineMemory.workersThatFit(options.threads(), options.isolation().workerHeapBytes(),
                        MachineMemory.total()), options.unitTimeLimit(), cancel, HeapRoom.unbounded())
                : new UnitGuard(options.threads(), options.unitTimeLimit(), cancel);
        guard.runAll(jobs, outcome -> {
            String groupKey = order.get(outcome.job());
            List<Integer> group = byKey.get(groupKey);
            boolean hit = !outcome.abandoned() && hits[outcome.job()];
            if (!hit && !outcome.unit().files().isEmpty()) {
                parseTimes.record(groupKey, outcome.millis());
            }
            if (hit) {
                fromCache[0] += group.size();
            } else {
                parsed[0]++;
                shared[0] += group.size() - 1;
            }
            for (int i : group) {
                results[i] = outcome.unit();
                cached[i] = hit;
                listener.unitFinished(specs.get(i).name(), done.incrementAndGet(), total, outcome.millis(), hit);
            }
            // Copies: the arrays fill on as units finish, and the snapshot is built later, on another thread.
            ParsedUnit[] soFar = results.clone();
            boolean[] hitsSoFar = cached.clone();
            listener.unitsSoFar(() -> partial.of(soFar, hitsSoFar), done.get(), total);
        });
        parseTimes.save();
        return new Counts(parsed[0], shared[0], fromCache[0]);
    }

    /** Whether a parse of {@code request} reads a tree held in memory ({@link FileMounts}). */
    static boolean readsMountedFiles(ParseRequest request) {
        List<Path> places = new ArrayList<>(request.quoteDirs());
        places.add(request.mainFile());
        places.addAll(request.includeDirs());
        places.addAll(request.systemDirs());
        places.addAll(request.forcedIncludes());
        return places.stream().anyMatch(p -> FileMounts.mounted(p.toString()));
    }

    private static List<JankModule> modules(WorkspaceInputs inputs) {
        return inputs.modules().stream().map(m -> new JankModule(m.namespace(), m.file().toAbsolutePath().normalize().toString(),
                m.headers(), m.namespaceRequires().stream().map(NamespaceRequire::namespace).toList(), m.functionCount())).toList();
    }
}
