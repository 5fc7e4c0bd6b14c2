// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.details;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.analysis.HeaderRelations;
import dev.headroom.analysis.SizeMetric;
import dev.headroom.model.DeclarationKind;
import dev.headroom.model.FunctionDefinition;
import dev.headroom.model.Problem;
import dev.headroom.model.SourceFile;
import dev.headroom.model.TranslationUnit;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.ui.ExplorerState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The details of the selected box (declarations down to each function body, includers, includes, why it is
 * included) and the source pane. Files are read on {@code executor}, never on the FX thread; a read that finishes
 * after another file was asked for is dropped.
 */
public final class DetailsViewModel {
    private static final int CHAIN_LIMIT = 8;

    private final ExplorerState state;
    private final Executor executor;
    private final Executor fxThread;
    private final ReadOnlyObjectWrapper<Details> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyObjectWrapper<SourceLocation> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ObservableList<String> sourceLines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<IncludeAnnotations> annotations = new ReadOnlyObjectWrapper<>(this,
            "annotations", IncludeAnnotations.NONE);
    private final ObservableList<String> sourceLinesView = FXCollections.unmodifiableObservableList(sourceLines);
    private final ReadOnlyStringWrapper unitFigure = new ReadOnlyStringWrapper(this, "unitFigure", "");
    /** Counts reads, so only the newest one's lines are shown. */
    private long reads;

    /**
     * @param executor where files are read; never the FX thread
     * @param fxThread where reads report back: the thread commands are called on
     */
    public DetailsViewModel(ExplorerState state, Executor executor, Executor fxThread) {
        this.state = Objects.requireNonNull(state, "state");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        state.selectedProperty().addListener((o, a, node) -> {
            details.set(node == null ? null : detailsOf(node));
            if (node != null && node.file() != null) {
                showSource(node.path(), 0, 0);
            }
        });
        state.analysedProperty().addListener((o, a, b) -> {
            // The source of the workspace before is not the new one's.
            reads++;
            source.set(null);
            sourceLines.clear();
            annotations.set(IncludeAnnotations.NONE);
        });
        state.selectedUnitProperty().addListener((o, a, unit) -> unitFigure.set(unitFigureOf(unit)));
        state.analysedProperty().addListener((o, a, b) -> unitFigure.set(unitFigureOf(state.selectedUnitProperty().get())));
        state.selectedUnitProperty().addListener((o, a, unit) -> {
            SourceLocation shown = source.get();
            if (shown != null) {
                annotate(shown.path(), reads);
            }
        });
    }

    /**
     * What each {@code #include} line of the file in the source pane costs in the selected unit (or the first unit
     * that enters the file); {@link IncludeAnnotations#NONE} while being computed or for a file no unit enters.
     */
    public ReadOnlyObjectProperty<IncludeAnnotations> annotationsProperty() {
        return annotations.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Details> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The file in the source pane and the lines to highlight; {@code null} before one is shown. */
    public ReadOnlyObjectProperty<SourceLocation> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The lines of the file in the source pane, once read. */
    public ObservableList<String> sourceLines() {
        return sourceLinesView;
    }

    /** Shows {@code path} in the source pane with lines {@code first..last} highlighted (0 for none). */
    public void showSource(String path, int first, int last) {
        if (path == null) {
            return;
        }
        SourceLocation at = new SourceLocation(path, first, Math.max(first, last));
        SourceLocation before = source.get();
        if (before != null && before.path().equals(path)) {
            source.set(at);
            return;
        }
        long read = ++reads;
        source.set(at);
        sourceLines.setAll("(reading " + path + "…)");
        annotate(path, read);
        executor.execute(() -> {
            List<String> lines;
            try {
                lines = SourceText.read(Path.of(path));
            } catch (IOException | RuntimeException e) {
                lines = List.of("(cannot read " + path + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage()) + ")");
            }
            List<String> shown = lines;
            fxThread.execute(() -> {
                if (read == reads) {
                    sourceLines.setAll(shown);
                    // A new instance notifies again (the property compares by identity), so a view scrolls to the
                    // highlighted lines now that they exist.
                    SourceLocation now = source.get();
                    source.set(now == null ? null : new SourceLocation(now.path(), now.firstLine(), now.lastLine()));
                }
            });
        });
    }

    /** Costs the include lines of {@code path} in the background; dropped if another file was asked for since. */
    private void annotate(String path, long read) {
        annotations.set(IncludeAnnotations.NONE);
        AnalysedWorkspace ws = state.analysed();
        TranslationUnit unit = ws == null ? null : unitOf(ws, path);
        if (unit == null) {
            return;
        }
        executor.execute(() -> {
            IncludeAnnotations costed = IncludeAnnotations.of(unit.name(), ws.costTree(unit, SizeMetric.ESTIMATED_MEMORY,
                    Map.of()).includeCosts(path));
            fxThread.execute(() -> {
                SourceLocation now = source.get();
                if (read == reads && now != null && now.path().equals(path)) {
                    annotations.set(costed);
                }
            });
        });
    }

    /** Shows where a problem is, when it names a file. */
    public void showProblem(Problem problem) {
        if (problem.file() != null) {
            showSource(problem.file(), problem.line(), problem.line());
        }
    }

    /**
     * The selected unit's AST figure and where it comes from (measured by clang, corrected for this workspace, or
     * the bundled model's estimate), with a warning when the unit lies beyond what the model was fitted on; empty
     * without a unit.
     */
    public ReadOnlyStringProperty unitFigureProperty() {
        return unitFigure.getReadOnlyProperty();
    }

    private String unitFigureOf(TranslationUnit unit) {
        AnalysedWorkspace ws = state.analysed();
        if (ws == null || unit == null) {
            return "";
        }
        return ws.figures().unit(unit.name()).map(f -> UnitFigureText.of(f, ws.figures())).orElse("");
    }

    private Details detailsOf(HeaderNode node) {
        AnalysedWorkspace ws = state.analysed();
        if (!node.isHeader() || ws == null) {
            return new Details(node, null, List.of(), List.of());
        }
        String path = node.path();
        TranslationUnit unit = unitOf(ws, path);
        HeaderRelations relations = unit == null ? null : HeaderRelations.of(unit, path, CHAIN_LIMIT);
        List<FunctionDefinition> functions = ws.workspace().functions().stream().filter(f -> f.file().equals(path)).toList();
        return new Details(node, relations, groups(node.file(), functions), functions);
    }

    /** The selected unit when it enters the header, else the first unit that does. */
    private TranslationUnit unitOf(AnalysedWorkspace ws, String path) {
        TranslationUnit selected = state.selectedUnitProperty().get();
        if (selected != null && enters(selected, path)) {
            return selected;
        }
        return ws.workspace().units().stream().filter(u -> enters(u, path)).findFirst().orElse(null);
    }

    private static boolean enters(TranslationUnit unit, String path) {
        return unit.files().stream().anyMatch(f -> f.path().equals(path));
    }

    private static List<Details.DeclarationGroup> groups(SourceFile file, List<FunctionDefinition> functions) {
        if (file == null) {
            return List.of();
        }
        Map<DeclarationKind, List<FunctionDefinition>> bodies = new EnumMap<>(DeclarationKind.class);
        for (FunctionDefinition f : functions) {
            DeclarationKind kind = f.inClass() ? DeclarationKind.FUNCTION_DEFINITION_IN_CLASS
                    : f.inline() ? DeclarationKind.FUNCTION_DEFINITION_INLINE : DeclarationKind.FUNCTION_DEFINITION_OUT_OF_LINE;
            bodies.computeIfAbsent(kind, k -> new ArrayList<>()).add(f);
        }
        return file.declarations().entrySet().stream()
                .sorted(Map.Entry.<DeclarationKind, Integer>comparingByValue().reversed())
                .map(e -> new Details.DeclarationGroup(e.getKey(), e.getValue(), bodies.getOrDefault(e.getKey(), List.of())
                        .stream().sorted(Comparator.comparingInt(FunctionDefinition::bodyNodes).reversed()).toList()))
                .toList();
    }
}
