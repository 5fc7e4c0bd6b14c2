// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.diff.UnitDelta;
import dev.headroom.session.AnalysisRequest;
import dev.headroom.session.AnalysisSession;
import dev.headroom.session.CompareRequest;
import dev.headroom.session.Comparison;
import dev.headroom.session.Progress;
import dev.headroom.session.SessionCancelledException;
import dev.headroom.session.SessionException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code headroom diff A B}: what a change does to each unit's and header's estimated AST, for review and CI. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        description = {"Compare two revisions of a workspace per unit and per header: before, after, delta.",
            "A and B are two folders (two checkouts, a copy with edits) or two 'analyze --json' files;"
                + " --git REPO REV_A REV_B compares two revisions of a git repository without touching it;"
                + " --git REPO REV compares a revision with the working tree, as git diff REV does;"
                + " A --plan PLAN compares A with A after a refactor plan (patch's plan file), applied on a copy."},
        footer = {"", "Exit codes: 0 compared (and nothing grew past --fail-over), 1 a unit grew past --fail-over"
                + " (the unit and the headers that grew are named), 2 bad usage or input."})
public final class DiffCommand implements Callable<Integer> {
    /** Exit code: a unit's estimated AST or peak grew by more than {@code --fail-over}. */
    public static final int GREW = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "A B", arity = "0..2", description = "two folders or two analyze --json files")
    List<Path> sides = new ArrayList<>();

    @Option(names = "--git", arity = "2..3", paramLabel = "REPO REV", description = "a git repository (or a folder in"
            + " one) and two revisions: HEAD~1 HEAD, a branch, a tag, an id; one revision is compared with the working"
            + " tree")
    List<String> git = new ArrayList<>();

    @Option(names = "--plan", paramLabel = "PLAN", description = "a refactor plan file (as patch --plan reads); B is A"
            + " with it applied, on a copy")
    Path plan;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json, csv or md (default: ${DEFAULT-VALUE})")
    ReportFormat format;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "rows per table (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--fail-over", paramLabel = "SIZE", description = "exit 1 when a unit's estimated AST or peak grows"
            + " by more than SIZE (e.g. 1MB)")
    String failOver;

    @Option(names = "-I", paramLabel = "DIR", description = "add an include folder to both sides")
    List<String> includes = new ArrayList<>();

    @Option(names = {"-std", "--std"}, paramLabel = "STD", description = "language standard, e.g. c++17")
    String std;

    @Option(names = "--threads", paramLabel = "N", description = "parser threads (default: one per core)")
    Integer threads;

    @Option(names = "--no-cache", description = "parse everything again; neither read nor write the unit cache")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "cache folder (default: ~/.cache/headroom)")
    Path cacheDir;

    @Option(names = {"-q", "--quiet"}, description = "no progress on stderr")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean byPlan = plan != null && git.isEmpty() && sides.size() == 1;
        if (!byPlan && (plan != null || git.isEmpty() == (sides.size() != 2) || (!git.isEmpty() && !sides.isEmpty()))) {
            err.println("headroom: diff takes two folders or JSON files (A B), --git REPO REV_A [REV_B], or A --plan"
                    + " PLAN");
            return HeadroomCommand.BAD_INPUT;
        }
        if (top < 1) {
            err.println("headroom: --top must be 1 or more, was " + top);
            return HeadroomCommand.BAD_INPUT;
        }
        Long gate = null;
        if (failOver != null) {
            try {
                gate = Bytes.parse(failOver);
            } catch (IllegalArgumentException e) {
                err.println("headroom: --fail-over: " + e.getMessage());
                return HeadroomCommand.BAD_INPUT;
            }
        }
        Comparison comparison;
        try {
            CompareRequest request = (byPlan ? CompareRequest.ofPlan(sides.get(0), plan)
                    : git.isEmpty() ? CompareRequest.ofPaths(sides.get(0), sides.get(1))
                    : CompareRequest.ofGit(Path.of(git.get(0)), git.get(1), git.size() > 2 ? git.get(2) : null))
                    .with(analysis());
            comparison = AnalysisSession.bundled().compare(request, quiet ? Progress.SILENT : new StderrProgress(err),
                    () -> false);
        } catch (SessionException e) {
            err.println("headroom: " + e.problem());
            return HeadroomCommand.BAD_INPUT;
        } catch (SessionCancelledException e) {
            err.println("headroom: " + e.getMessage());
            return HeadroomCommand.BAD_INPUT;
        }
        if (!quiet) {
            var stats = comparison.after().workspace().stats();
            err.printf("headroom: A read in %d ms, B in %d ms (%d of %d units of B from the cache)%n",
                    comparison.beforeMillis(), comparison.afterMillis(), stats.unitsCached(),
                    comparison.after().workspace().units().size());
            err.flush();
        }
        out.print(new DiffRenderer(comparison.delta(), top).render(format));
        out.flush();
        return gate == null ? HeadroomCommand.OK : gate(comparison, gate, format == ReportFormat.json ? err : out);
    }

    private AnalysisRequest analysis() {
        List<String> flags = new ArrayList<>();
        includes.forEach(dir -> flags.add("-I" + dir));
        if (std != null) {
            flags.add("-std=" + std);
        }
        return new AnalysisRequest(List.of(), flags, Path.of("").toAbsolutePath(),
                threads == null ? 0 : Math.max(1, threads), true, cacheDir, !noCache, null, null, false, List.of());
    }

    /** One line per unit over the gate, naming the headers that grew; JSON output keeps stdout for the JSON. */
    private static int gate(Comparison comparison, long bytes, PrintWriter to) {
        List<UnitDelta> grown = comparison.delta().unitsGrowingMoreThan(bytes);
        if (grown.isEmpty()) {
            to.printf("%nOK: no unit grows by more than %s%n", Bytes.human(bytes));
            to.flush();
            return HeadroomCommand.OK;
        }
        for (UnitDelta u : grown) {
            String headers = u.growthCauses().stream().limit(3)
                    .map(h -> h.key() + " (" + DiffRenderer.signed(h.retained().delta()) + ")")
                    .collect(Collectors.joining(", "));
            long growth = Math.max(u.astBytes().delta(), u.peakBytes().delta());
            boolean peak = u.peakBytes().delta() > u.astBytes().delta();
            to.printf("%nGREW: this change adds %s to %s (estimated %s %s -> %s)%s%n", Bytes.human(growth), u.name(),
                    peak ? "peak" : "AST", Bytes.human(peak ? u.peakBytes().before() : u.astBytes().before()),
                    Bytes.human(peak ? u.peakBytes().after() : u.astBytes().after()),
                    headers.isEmpty() ? "" : " via " + headers);
        }
        to.flush();
        return GREW;
    }
}
