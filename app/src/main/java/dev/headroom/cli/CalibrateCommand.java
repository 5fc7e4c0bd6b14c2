// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.analysis.cost.CalibrationReport;
import dev.headroom.analysis.cost.CalibrationRow;
import dev.headroom.analysis.cost.CostModels;
import dev.headroom.analysis.cost.FitQuality;
import dev.headroom.analysis.cost.LeaveOneLibraryOut;
import dev.headroom.analysis.cost.LinearCostModel;
import dev.headroom.calibrate.CalibrationCorpus;
import dev.headroom.calibrate.Calibrator;
import dev.headroom.files.AtomicFiles;
import dev.headroom.ingest.AnalysisCancelledException;
import dev.headroom.measure.ClangException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code headroom calibrate}: fit the cost model to clang on the calibration corpus (a developer's command). */
@Command(name = "calibrate",
        mixinStandardHelpOptions = true,
        description = {
            "For Headroom's developers: run the calibration corpus through Headroom and clang++ -Xclang"
                    + " -print-stats, fit the cost model, print the per-unit table and write the model (see"
                    + " docs/cost-model.md).",
            "Run from a Headroom repository checkout; needs clang++, GNU time and the corpus headers. An installed"
                    + " package does not read the model it writes."},
        footer = {"", "Exit codes: 0 ok, 1 the fit misses its targets (held-out Spearman >= 0.95, median error"
                + " <= 15%), 2 bad usage, clang missing or failing."})
public final class CalibrateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE",
            defaultValue = "app/src/main/resources/dev/headroom/analysis/cost-model.json",
            description = "where to write the model (atomically; default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--corpus", paramLabel = "NAME", defaultValue = "default",
            description = "the corpus to run (default: ${DEFAULT-VALUE})")
    String corpus;

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "the Headroom repository root (default: the current folder)")
    Path repo;

    @Option(names = "--show", description = "print the calibration table of the bundled model; measure and fit nothing")
    boolean show;

    @Option(names = "--cross-validate", description = "also fit once per library without that library's units and"
            + " print how well each such fit predicts the library it never saw (leave-one-library-out)")
    boolean crossValidate;

    @Option(names = "--features-out", paramLabel = "FILE", description = "also write every unit's library, clang"
            + " bytes and feature vector as tab-separated values (for studying features)")
    Path featuresOut;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (show) {
            printTable(o, CostModels.bundled().report());
            o.flush();
            return HeadroomCommand.OK;
        }
        CalibrationCorpus c;
        Calibrator calibrator;
        try {
            c = CalibrationCorpus.named(corpus);
            calibrator = Calibrator.onThisMachine(repo);
        } catch (ClangException | IllegalArgumentException e) {
            err.println("headroom: " + e.getMessage());
            return HeadroomCommand.BAD_INPUT;
        }
        long t0 = System.nanoTime();
        LinearCostModel model;
        try {
            Calibrator.Measurements m = calibrator.measure(c, line -> {
                err.println(line);
                err.flush();
            }, () -> false);
            model = calibrator.fit(c, m, Calibrator.thisMachine());
            AtomicFiles.write(out, stream -> CostModels.write(model, stream));
            // The domain goes beside the model: the two are fitted on the same units and must not part.
            Path domain = out.resolveSibling("model-domain.json");
            AtomicFiles.write(domain, stream -> Calibrator.domain(m, model).write(stream));
            if (featuresOut != null) {
                AtomicFiles.write(featuresOut, stream -> Calibrator.writeFeatures(m, stream));
            }
            if (crossValidate) {
                printCrossValidation(o, calibrator.crossValidate(m));
            }
        } catch (ClangException | IOException | AnalysisCancelledException e) {
            err.println("headroom: " + e.getMessage());
            return HeadroomCommand.BAD_INPUT;
        }
        printTable(o, model.report());
        o.printf("wrote %s in %d s%n", out, (System.nanoTime() - t0) / 1_000_000_000L);
        o.flush();
        FitQuality held = model.report().astHeldOut();
        return held.spearman() >= 0.95 && held.medianAbsErrorPct() <= 15 ? HeadroomCommand.OK : HeadroomCommand.PROBLEMS;
    }

    static void printTable(PrintWriter o, CalibrationReport r) {
        o.printf("%-44s %-8s %14s %14s %8s %14s %14s %8s%n", "unit", "set", "clang AST", "estimate", "error",
                "clang peak+", "estimate", "error");
        for (CalibrationRow row : r.rows()) {
            o.printf("%-44s %-8s %,14d %,14d %7.1f%% %,14d %,14d %7.1f%%%n", row.unit(), row.heldOut() ? "held" : "fit",
                    row.clangAstBytes(), row.estimatedAstBytes(), row.astErrorPct(), row.clangPeakAboveEmptyBytes(),
                    row.estimatedPeakBytes(), row.peakErrorPct());
        }
        o.printf("clang %s, corpus %s, %s, %s%n", r.clangVersion(), r.corpus(), r.date(), r.machine());
        quality(o, "AST bytes, held-out ", r.astHeldOut());
        quality(o, "AST bytes, in-sample", r.astInSample());
        quality(o, "peak RSS,  held-out ", r.peakHeldOut());
        quality(o, "peak RSS,  in-sample", r.peakInSample());
    }

    static void printCrossValidation(PrintWriter o, LeaveOneLibraryOut cv) {
        o.println();
        o.println("leave-one-library-out: each library predicted by a fit to all the others");
        o.printf("%-14s %-56s %-4s %14s %14s %8s%n", "library", "unit", "set", "clang AST", "predicted", "error");
        Set<String> libraries = new LinkedHashSet<>();
        for (LeaveOneLibraryOut.Prediction p : cv.predictions()) {
            libraries.add(p.library());
            o.printf("%-14s %-56s %-4s %,14d %,14d %7.1f%%%n", p.library(), p.unit(), p.heldOut() ? "held" : "fit",
                    p.clangAstBytes(), p.predictedBytes(), p.errorPct());
        }
        Set<String> real = new LinkedHashSet<>(libraries);
        real.remove(Calibrator.SYNTHETIC_LIBRARY);
        crossQuality(o, "all libraries      ", cv, libraries);
        crossQuality(o, "real libraries     ", cv, real);
    }

    private static void crossQuality(PrintWriter o, String what, LeaveOneLibraryOut cv, Set<String> libraries) {
        FitQuality q = cv.quality(libraries);
        long over = cv.predictions().stream().filter(p -> libraries.contains(p.library()))
                .filter(p -> Math.abs(p.errorPct()) > 35).count();
        o.printf("%s: %d units of %d libraries, Spearman %.4f, median |error| %.1f%%, worst %.1f%%, %d over 35%%%n",
                what, q.units(), libraries.size(), q.spearman(), q.medianAbsErrorPct(), cv.worstAbsErrorPct(libraries),
                over);
    }

    private static void quality(PrintWriter o, String what, FitQuality q) {
        o.printf("%s: %d units, Spearman %.4f, median |error| %.1f%%%n", what, q.units(), q.spearman(),
                q.medianAbsErrorPct());
    }
}
