// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import dev.headroom.analysis.cost.Calibration;
import dev.headroom.session.AnalysisRequest;
import dev.headroom.session.AnalysisSession;
import dev.headroom.session.SavingsVerifier;
import dev.headroom.ui.details.ClangMeasureViewModel;
import dev.headroom.ui.details.DetailsViewModel;
import dev.headroom.ui.details.UtilisationViewModel;
import dev.headroom.ui.export.ExportViewModel;
import dev.headroom.ui.modules.ModulesViewModel;
import dev.headroom.ui.refactor.RefactorViewModel;
import dev.headroom.ui.report.ReportViewModel;
import dev.headroom.ui.session.FileWatchViewModel;
import dev.headroom.ui.session.SessionViewModel;
import dev.headroom.ui.session.WorkspaceOpener;
import dev.headroom.ui.settings.WorkspaceSettingsViewModel;
import dev.headroom.ui.traces.TraceImportViewModel;
import dev.headroom.ui.treemap.TreemapViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/**
 * One explorer: its shared state and the view model of each feature around it. The window lays out one view per
 * feature over these; tests drive them without a window.
 */
public final class Explorer {
    /** Files stay unchanged this long before the watch analyses them: an editor's save is several writes. */
    private static final Duration WATCH_QUIET = Duration.ofMillis(500);

    private final ExplorerState state = new ExplorerState();
    private final SessionViewModel session;
    private final ModulesViewModel modules;
    private final TreemapViewModel treemap;
    private final DetailsViewModel details;
    private final TraceImportViewModel traces;
    private final ExportViewModel exports;
    private final ClangMeasureViewModel measure;
    private final UtilisationViewModel utilisation;
    private final RefactorViewModel refactor;
    private final ReportViewModel report;
    private final WorkspaceSettingsViewModel settings;
    private final FileWatchViewModel watch;

    /**
     * @param opener      how opened inputs become an analysed workspace
     * @param calibration how the cost model was fitted, for the status bar
     * @param executor    where analyses and file reads run; never the FX thread
     * @param fxThread    where they report back: the thread commands are called on
     */
    public Explorer(WorkspaceOpener opener, Calibration calibration, Executor executor, Executor fxThread) {
        this(opener, calibration, new SavingsVerifier(0, null)::measure, executor, fxThread);
    }

    /** As above, measuring with clang through {@code measurer} ("Measure with clang" in the details). */
    public Explorer(WorkspaceOpener opener, Calibration calibration, ClangMeasureViewModel.Measurer measurer,
            Executor executor, Executor fxThread) {
        session = new SessionViewModel(state, opener, calibration, executor, fxThread);
        modules = new ModulesViewModel(state, executor, fxThread);
        treemap = new TreemapViewModel(state);
        details = new DetailsViewModel(state, executor, fxThread);
        traces = new TraceImportViewModel(state, executor, fxThread);
        exports = new ExportViewModel(treemap, executor, fxThread);
        measure = new ClangMeasureViewModel(state, measurer, executor, fxThread);
        utilisation = new UtilisationViewModel(state, executor, fxThread);
        refactor = new RefactorViewModel(state, executor, fxThread);
        report = new ReportViewModel(state, treemap, executor, fxThread);
        settings = new WorkspaceSettingsViewModel(state, this::reanalyse, executor, fxThread);
        watch = new FileWatchViewModel(state, session, this::reload, executor, fxThread, WATCH_QUIET);
    }

    /** An explorer opening inputs through {@code session}, each request as {@code tune} makes it. */
    public static Explorer over(AnalysisSession session, UnaryOperator<AnalysisRequest> tune, Executor executor,
            Executor fxThread) {
        // clang's figures are kept beside the analyses' cache, wherever the requests put it
        SavingsVerifier verifier = new SavingsVerifier(0, tune.apply(AnalysisRequest.of(java.util.List.of())).cacheDir());
        return new Explorer(WorkspaceOpener.through(session, tune), session.costModel().calibration(), verifier::measure,
                executor, fxThread);
    }

    /**
     * Analyses the workspace on screen again (F5): what was edited is parsed again, the rest comes from the cache;
     * the unit and header shown stay shown when they still exist.
     */
    public void reload() {
        session.reload(keepingWhatIsShown());
    }

    /**
     * Analyses the workspace on screen again as {@link #reload()} does, reading each project file in
     * {@code projectTexts} from its text (settings being tried) and the others from the disk.
     */
    private void reanalyse(Map<Path, String> projectTexts) {
        session.reload(projectTexts, keepingWhatIsShown());
    }

    /** What puts back the unit and header shown now once the workspace is analysed again. */
    private Runnable keepingWhatIsShown() {
        var unit = state.selectedUnitProperty().get();
        var selected = state.selectedProperty().get();
        String unitName = unit == null ? null : unit.name();
        String path = selected == null || !selected.isHeader() ? null : selected.path();
        return () -> {
            if (unitName != null) {
                state.selectUnit(unitName);
            }
            if (path != null) {
                treemap.selectPath(path);
            }
        };
    }

    /** The workspace settings dialog: the project file's include folders, defines, standard and project folders. */
    public WorkspaceSettingsViewModel settings() {
        return settings;
    }

    /** View → Watch files: the workspace analysed again when its own files change. */
    public FileWatchViewModel watch() {
        return watch;
    }

    public ExplorerState state() {
        return state;
    }

    public SessionViewModel session() {
        return session;
    }

    public ClangMeasureViewModel measure() {
        return measure;
    }

    /**
     * Stops what runs in the background for this window (the analysis, clang's measurement, counting uses, the
     * plan's verification, the file watch): a closed window leaves no clang, parse or watch running for nobody.
     */
    public void stopBackgroundWork() {
        session.cancel();
        measure.cancel();
        utilisation.cancel();
        refactor.cancel();
        watch.close();
    }

    /** The selected header's utilisation by the unit on screen. */
    public UtilisationViewModel utilisation() {
        return utilisation;
    }

    public ReportViewModel report() {
        return report;
    }

    public ModulesViewModel modules() {
        return modules;
    }

    public TreemapViewModel treemap() {
        return treemap;
    }

    public DetailsViewModel details() {
        return details;
    }

    public ExportViewModel exports() {
        return exports;
    }

    /** The refactor panel: suggestions, the plan, its estimate, verification and patches. */
    public RefactorViewModel refactor() {
        return refactor;
    }

    public TraceImportViewModel traces() {
        return traces;
    }
}
