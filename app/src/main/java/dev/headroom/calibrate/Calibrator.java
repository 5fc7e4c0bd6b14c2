// SPDX-License-Identifier: Apache-2.0
package dev.headroom.calibrate;

import dev.headroom.analysis.cost.CostFeature;
import dev.headroom.analysis.cost.FeatureMix;
import dev.headroom.analysis.cost.ModelDomain;
import dev.headroom.analysis.cost.CostModelFit;
import dev.headroom.analysis.cost.LeaveOneLibraryOut;
import dev.headroom.analysis.cost.LinearCostModel;
import dev.headroom.ingest.AnalysisCancelledException;
import dev.headroom.ingest.AnalysisListener;
import dev.headroom.ingest.AnalysisOptions;
import dev.headroom.ingest.WorkspaceAnalyzer;
import dev.headroom.measure.ClangException;
import dev.headroom.measure.ClangMeasurement;
import dev.headroom.measure.ClangStats;
import dev.headroom.model.FileInUnit;
import dev.headroom.model.SourceFile;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import dev.headroom.workspace.CompilerFlags;
import dev.headroom.workspace.WorkspaceInputs;
import dev.headroom.workspace.WorkspaceLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs a {@link CalibrationCorpus} through Headroom and clang and fits the cost model.
 *
 * <p>Each unit is written as a one-line {@code .cpp} into a temporary folder; Headroom parses all of them in one
 * analysis (two threads, no unit cache, no name resolution: the features need only counts), clang compiles each
 * under GNU time ({@link ClangStats}), plus one empty unit for the baseline. Feature vectors are the sums of
 * {@link CostFeature}s over the files each unit entered. Units run one after the other so that peak RSS is not
 * disturbed by a neighbour.
 */
public final class Calibrator {
    /** Parser threads: parsing runs before clang, so parallel parses do not disturb clang's peak RSS. */
    private static final int PARSER_THREADS = 2;

    private final ClangStats clang;
    private final Path repo;
    private final Path cacheDir;

    /**
     * One unit measured both ways.
     *
     * @param unit     the corpus unit
     * @param files    the model's files the unit entered, main file first
     * @param problems problems Headroom met in the unit (a unit with problems is still measured)
     * @param clang    clang's measurement
     */
    public record MeasuredUnit(CalibrationCorpus.Unit unit, List<SourceFile> files, int problems,
            ClangMeasurement clang) {
        public MeasuredUnit {
            files = List.copyOf(files);
        }

        /** The unit's summed feature vector. */
        public double[] features() {
            return CostFeature.sum(files);
        }
    }

    /**
     * All units of one run and the empty-unit baseline.
     *
     * @param units the measured units in corpus order
     * @param empty clang on an empty unit with the corpus flags
     */
    public record Measurements(List<MeasuredUnit> units, ClangMeasurement empty, List<String> flags) {
        public Measurements {
            units = List.copyOf(units);
            flags = List.copyOf(flags);
        }
    }

    /**
     * @param clang    the clang to measure
     * @param repo     the repository root ({@code ${repo}} in corpus flags)
     * @param cacheDir where Headroom keeps its toolchain probe
     */
    public Calibrator(ClangStats clang, Path repo, Path cacheDir) {
        this.clang = Objects.requireNonNull(clang, "clang");
        this.repo = repo.toAbsolutePath().normalize();
        this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
        if (!Files.isDirectory(this.repo.resolve("samples"))) {
            throw new IllegalArgumentException(this.repo + " is not the Headroom repository (no samples/ folder)");
        }
    }

    /**
     * A calibrator measuring with the clang on {@code PATH} and keeping the toolchain probe in the default cache.
     *
     * @throws ClangException when clang or GNU time cannot be found
     */
    public static Calibrator onThisMachine(Path repo) throws ClangException {
        return new Calibrator(ClangStats.locate(), repo, dev.headroom.ingest.AnalysisOptions.defaultCacheDir());
    }

    /** Measures every unit of the corpus with Headroom and clang; {@code progress} hears one line per step. */
    public Measurements measure(CalibrationCorpus corpus, Consumer<String> progress, BooleanSupplier cancelled)
            throws ClangException, IOException, AnalysisCancelledException {
        List<String> flags = corpus.flagsFor(repo);
        Path dir = Files.createTempDirectory("headroom-calibrate");
        try {
            List<Path> mains = new ArrayList<>();
            for (int i = 0; i < corpus.units().size(); i++) {
                Path main = dir.resolve(String.format("u%03d.cpp", i));
                Files.writeString(main, corpus.units().get(i).source(), StandardCharsets.UTF_8);
                mains.add(main);
            }
            progress.accept("headroom: parsing " + mains.size() + " units");
            WorkspaceInputs inputs = WorkspaceLoader.load(mains, CompilerFlags.parse(flags, repo).options());
            if (!inputs.problems().isEmpty()) {
                throw new IOException("corpus units could not be loaded: " + inputs.problems());
            }
            Workspace ws = new WorkspaceAnalyzer(new AnalysisOptions(PARSER_THREADS, false, cacheDir, false))
                    .analyze(inputs, AnalysisListener.SILENT, cancelled);
            Map<String, SourceFile> files = new HashMap<>();
            ws.files().forEach(f -> files.put(f.path(), f));
            Map<Path, TranslationUnit> byMain = new HashMap<>();
            ws.units().forEach(u -> byMain.put(Path.of(u.path()).toAbsolutePath().normalize(), u));

            ClangMeasurement empty = clang.measureEmpty(flags);
            List<MeasuredUnit> measured = new ArrayList<>();
            for (int i = 0; i < mains.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    throw new AnalysisCancelledException();
                }
                CalibrationCorpus.Unit unit = corpus.units().get(i);
                TranslationUnit tu = byMain.get(mains.get(i).toAbsolutePath().normalize());
                if (tu == null) {
                    throw new IOException("Headroom produced no unit for " + unit.name());
                }
                if (!tu.measured()) {
                    // a unit without figures would enter the fit as an empty one
                    throw new IOException("Headroom did not measure " + unit.name() + ": " + tu.notMeasured());
                }
                List<SourceFile> unitFiles = new ArrayList<>();
                for (FileInUnit f : tu.files()) {
                    SourceFile sf = files.get(f.path());
                    if (sf != null) {
                        unitFiles.add(sf);
                    }
                }
                ClangMeasurement m = clang.measure(mains.get(i), flags);
                progress.accept(String.format("[%d/%d] %s: clang %,d AST bytes, %d ms", i + 1, mains.size(),
                        unit.name(), m.stats().astContextBytesUsed(), m.wallMillis()));
                measured.add(new MeasuredUnit(unit, unitFiles, tu.problems().size(), m));
            }
            return new Measurements(measured, empty, flags);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The library name of the synthetic stress headers, which cross-validation reports apart from real code. */
    public static final String SYNTHETIC_LIBRARY = "stress";

    /** Leave-one-library-out cross-validation of the AST model over every measured unit. */
    public LeaveOneLibraryOut crossValidate(Measurements m) {
        return new LeaveOneLibraryOut(samples(m), m.empty().stats().astContextBytesUsed());
    }

    /**
     * The feature mix the model was fitted on: the fitting units of real libraries ({@link #SYNTHETIC_LIBRARY}'s
     * generated extremes left out), written beside the model as {@code model-domain.json}.
     */
    public static ModelDomain domain(Measurements m, LinearCostModel model) {
        return ModelDomain.of(m.units().stream()
                .filter(u -> !u.unit().heldOut() && !u.unit().library().equals(SYNTHETIC_LIBRARY))
                .map(u -> FeatureMix.of(model, u.features())).toList());
    }

    /** Writes one tab-separated line per unit: name, library, set, clang AST bytes, then every feature. */
    public static void writeFeatures(Measurements m, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder("unit\tlibrary\tset\tclangAstBytes");
        for (CostFeature f : CostFeature.values()) {
            text.append('\t').append(f.name());
        }
        text.append('\n');
        text.append("(empty)\t-\t-\t").append(m.empty().stats().astContextBytesUsed()).append('\n');
        for (MeasuredUnit u : m.units()) {
            text.append(u.unit().name()).append('\t').append(u.unit().library()).append('\t')
                    .append(u.unit().heldOut() ? "held-out" : "fit").append('\t')
                    .append(u.clang().stats().astContextBytesUsed());
            for (double v : u.features()) {
                text.append('\t').append((long) v);
            }
            text.append('\n');
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<CostModelFit.Sample> samples(Measurements m) {
        return m.units().stream().map(u -> new CostModelFit.Sample(u.unit().name(),
                u.unit().library(), u.unit().heldOut(), u.features(), u.clang().stats().astContextBytesUsed(),
                u.clang().peakAboveEmptyBytes(m.empty()))).toList();
    }

    /** Fits the model to measurements; {@code machine} and today's date go into its provenance. */
    public LinearCostModel fit(CalibrationCorpus corpus, Measurements m, String machine) {
        List<CostModelFit.Sample> samples = samples(m);
        CostModelFit.Provenance provenance = new CostModelFit.Provenance(clang.version(), corpus.name(),
                corpus.flags(), LocalDate.now(java.time.ZoneId.systemDefault()).toString(), machine, m.empty().stats().astContextBytesUsed(),
                m.empty().peakRssBytes());
        return new CostModelFit(samples, provenance).model();
    }

    /** OS, architecture and cores of this machine, for the provenance. */
    public static String thisMachine() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + ", " + Runtime.getRuntime().availableProcessors() + " cores";
    }
}
