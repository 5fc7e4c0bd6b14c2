// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.treemap;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.analysis.SizeMetric;
import dev.headroom.analysis.UnitCosts;
import dev.headroom.analysis.UnitFigures;
import dev.headroom.model.MeasuredHeaderTime;
import dev.headroom.model.TranslationUnit;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.ui.ExplorerState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One treemap over one explorer state: how tiles are sized, coloured and nested, the tree that gives, where it is
 * zoomed, and what the search matches. It holds no Nodes; a compare view makes one per side.
 *
 * <p>Commands are called on the FX thread. The tree is rebuilt when the workspace, the unit, the metric, the nesting
 * or the imported times change; a new metric keeps the zoom and the selection, a new unit or nesting starts afresh.
 */
public final class TreemapViewModel {
    private final ExplorerState state;
    private final ReadOnlyObjectWrapper<SizeMetric> sizeBy = new ReadOnlyObjectWrapper<>(this, "sizeBy", SizeMetric.ESTIMATED_MEMORY);
    private final ReadOnlyObjectWrapper<ColourMode> colourBy = new ReadOnlyObjectWrapper<>(this, "colourBy", ColourMode.LIBRARY);
    private final ReadOnlyObjectWrapper<Hierarchy> hierarchy = new ReadOnlyObjectWrapper<>(this, "hierarchy", Hierarchy.DOMINATOR);
    private final ReadOnlyObjectWrapper<HeaderNode> tree = new ReadOnlyObjectWrapper<>(this, "tree");
    private final ObservableList<HeaderNode> zoomPath = FXCollections.observableArrayList();
    private final ObservableList<HeaderNode> zoomPathView = FXCollections.unmodifiableObservableList(zoomPath);
    private final ReadOnlyObjectWrapper<HeaderNode> displayRoot = new ReadOnlyObjectWrapper<>(this, "displayRoot");
    private final ReadOnlyStringWrapper searchText = new ReadOnlyStringWrapper(this, "searchText", "");
    private final ReadOnlyObjectWrapper<Set<String>> searchMatches = new ReadOnlyObjectWrapper<>(this, "searchMatches", Set.of());
    private final ObservableList<HeaderNode> searchResults = FXCollections.observableArrayList();
    private final ObservableList<HeaderNode> searchResultsView = FXCollections.unmodifiableObservableList(searchResults);
    private final ReadOnlyIntegerWrapper currentMatch = new ReadOnlyIntegerWrapper(this, "currentMatch", -1);
    private final ObservableList<SizeMetric> sizeMetrics = FXCollections.observableArrayList(offeredMetrics(false, false));
    private final ReadOnlyStringWrapper sizeNote = new ReadOnlyStringWrapper(this, "sizeNote", "");
    private final ReadOnlyStringWrapper sizeTag = new ReadOnlyStringWrapper(this, "sizeTag", "");
    private final ObservableList<SizeMetric> sizeMetricsView = FXCollections.unmodifiableObservableList(sizeMetrics);

    public TreemapViewModel(ExplorerState state) {
        this.state = Objects.requireNonNull(state, "state");
        state.analysedProperty().addListener((o, a, b) -> {
            offerMetrics();
            rebuild(false);
        });
        state.selectedUnitProperty().addListener((o, a, b) -> rebuild(false));
        state.measuredTimesProperty().addListener((o, a, times) -> {
            offerMetrics();
            rebuild(true);
        });
    }

    /** The state this treemap draws. */
    public ExplorerState state() {
        return state;
    }

    public ReadOnlyObjectProperty<SizeMetric> sizeByProperty() {
        return sizeBy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ColourMode> colourByProperty() {
        return colourBy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Hierarchy> hierarchyProperty() {
        return hierarchy.getReadOnlyProperty();
    }

    /** The whole tree of the current nesting, unzoomed; {@code null} before a workspace is shown. */
    public ReadOnlyObjectProperty<HeaderNode> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    /** From the tree's root to the node the treemap is zoomed into. */
    public ObservableList<HeaderNode> zoomPath() {
        return zoomPathView;
    }

    /** The node the treemap shows, the last of {@link #zoomPath()}. */
    public ReadOnlyObjectProperty<HeaderNode> displayRootProperty() {
        return displayRoot.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty searchTextProperty() {
        return searchText.getReadOnlyProperty();
    }

    /** Paths of the headers whose path contains the search text, ignoring case; empty when there is no search. */
    public ReadOnlyObjectProperty<Set<String>> searchMatchesProperty() {
        return searchMatches.getReadOnlyProperty();
    }

    /** The boxes of the tree whose header matches the search, heaviest first; each header's first box only. */
    public ObservableList<HeaderNode> searchResults() {
        return searchResultsView;
    }

    /** The index in {@link #searchResults()} of the match stepped to last, or -1 before any step. */
    public ReadOnlyIntegerProperty currentMatchProperty() {
        return currentMatch.getReadOnlyProperty();
    }

    /**
     * What the tiles' sizes stand for when that needs saying: under {@link SizeMetric#MEASURED_MEMORY}, whether clang
     * measured the unit shown or the tiles fall back to its corrected or estimated figure; empty otherwise.
     */
    public ReadOnlyStringProperty sizeNoteProperty() {
        return sizeNote.getReadOnlyProperty();
    }

    /** {@link #sizeNoteProperty()} in a few words for a tool bar: "measured", "estimated, no clang figure", "5 of 6 measured". */
    public ReadOnlyStringProperty sizeTagProperty() {
        return sizeTag.getReadOnlyProperty();
    }

    /**
     * Where a tile's figure under {@link SizeMetric#MEASURED_MEMORY} comes from ("measured: clang's 72.9 MB for
     * vybe.sdf.ui, apportioned by the estimate's shares (× 1.42)"); empty under another metric or for a box of no
     * single unit (the workspace).
     */
    public Optional<String> figureSource(HeaderNode node) {
        AnalysedWorkspace ws = state.analysed();
        if (ws == null || node == null || !sizeBy.get().apportionsUnitFigures()) {
            return Optional.empty();
        }
        TranslationUnit unit = state.selectedUnitProperty().get();
        if (hierarchy.get() == Hierarchy.MODULE) {
            List<HeaderNode> path = pathTo(node);
            unit = path.size() < 2 ? null : ws.unit(path.get(1).path()).orElse(null);
        }
        return unit == null ? Optional.empty() : Optional.of(ws.apportioned(unit).describe());
    }

    /**
     * The metrics tiles can be sized by now: {@link SizeMetric#MEASURED_TIME} only once times are imported,
     * {@link SizeMetric#MEASURED_MEMORY} only once clang has measured a unit of the workspace as it is.
     */
    public ObservableList<SizeMetric> sizeMetrics() {
        return sizeMetricsView;
    }

    // ---- commands --------------------------------------------------------------------------------------------

    /**
     * Sizes the tiles by {@code metric}.
     *
     * @throws IllegalStateException if the metric is not in {@link #sizeMetrics()}: measured time before an import,
     *                               memory measured by clang before clang has measured a unit
     */
    public void sizeBy(SizeMetric metric) {
        Objects.requireNonNull(metric, "metric");
        if (!sizeMetrics.contains(metric)) {
            throw new IllegalStateException(metric.title() + (metric.apportionsUnitFigures()
                    ? " needs a unit measured by clang (Measure with clang, or analyze --measure-with-clang)"
                    : " needs an imported clang -ftime-trace file"));
        }
        if (metric != sizeBy.get()) {
            sizeBy.set(metric);
            rebuild(true);
        }
    }

    public void colourBy(ColourMode mode) {
        colourBy.set(Objects.requireNonNull(mode));
    }

    public void hierarchy(Hierarchy nesting) {
        if (nesting != hierarchy.get()) {
            hierarchy.set(Objects.requireNonNull(nesting));
            rebuild(false);
        }
    }

    /** Selects {@code node} (a box of the current tree) or clears the selection with {@code null}. */
    public void select(HeaderNode node) {
        state.select(node);
    }

    /** Selects the first box of the current tree showing the header at {@code path}; clears it if there is none. */
    public void selectPath(String path) {
        state.select(path == null ? null : find(tree.get(), n -> n.isHeader() && n.path().equals(path)));
    }

    /** Zooms into {@code node}, which must be in the tree; a leaf's parent is zoomed into instead. */
    public void zoomIn(HeaderNode node) {
        List<HeaderNode> path = pathTo(node);
        if (path.isEmpty()) {
            return;
        }
        if (node.children().isEmpty() && path.size() > 1) {
            path = path.subList(0, path.size() - 1);
        }
        setZoom(path);
    }

    /** Zooms out by one level. */
    public void zoomOut() {
        if (zoomPath.size() > 1) {
            setZoom(new ArrayList<>(zoomPath.subList(0, zoomPath.size() - 1)));
        }
    }

    /** Zooms to {@code node}, one of {@link #zoomPath()} (the breadcrumb). */
    public void zoomTo(HeaderNode node) {
        int at = zoomPath.indexOf(node);
        if (at >= 0) {
            setZoom(new ArrayList<>(zoomPath.subList(0, at + 1)));
        }
    }

    /** Highlights headers whose path contains {@code text}, ignoring case. */
    public void search(String text) {
        searchText.set(text == null ? "" : text.strip());
        refreshMatches();
    }

    /** Steps to the next match (Enter, Down): selects it and zooms to where it sits; wraps round at the end. */
    public void nextMatch() {
        stepMatch(1);
    }

    /** Steps to the previous match (Shift+Enter, Up); wraps round at the start. */
    public void previousMatch() {
        stepMatch(-1);
    }

    /** Selects the match {@code node} and zooms so that its tile is on screen. */
    public void showMatch(HeaderNode node) {
        int at = searchResults.indexOf(node);
        if (at >= 0) {
            currentMatch.set(at);
            zoomIn(node);
            state.select(node);
        }
    }

    private void stepMatch(int by) {
        if (searchResults.isEmpty()) {
            return;
        }
        int n = searchResults.size();
        int next = currentMatch.get() < 0 ? (by > 0 ? 0 : n - 1) : Math.floorMod(currentMatch.get() + by, n);
        showMatch(searchResults.get(next));
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private void rebuild(boolean keepZoom) {
        AnalysedWorkspace ws = state.analysed();
        TranslationUnit unit = state.selectedUnitProperty().get();
        refreshSizeNote();
        if (ws == null || unit == null) {
            tree.set(null);
            setZoom(List.of());
            refreshMatches();
            return;
        }
        List<String> zoomedPaths = zoomPath.stream().map(HeaderNode::path).toList();
        HeaderNode before = state.selectedProperty().get();
        String selectedPath = before == null ? null : before.path();
        Map<String, MeasuredHeaderTime> measured = state.measuredTimesProperty().get();
        SizeMetric metric = sizeBy.get();
        HeaderNode root = switch (hierarchy.get()) {
            case DOMINATOR -> ws.costTree(unit, metric, measured).dominatorTree(unit.name(), HeaderNode.Kind.MODULE);
            case DIRECTORY -> ws.costTree(unit, metric, measured).directoryTree(unit.name());
            case INCLUSIVE -> ws.costTree(unit, metric, measured).inclusiveRanking(unit.name());
            case CUT -> ws.costTree(unit, metric, measured).cutRanking(unit.name());
            case MODULE -> {
                List<HeaderNode> modules = new ArrayList<>();
                long sum = 0;
                for (TranslationUnit u : ws.workspace().units()) {
                    if (u.files().isEmpty()) {
                        continue;
                    }
                    UnitCosts c = ws.costTree(u, metric, measured);
                    HeaderNode m = c.dominatorTree(u.name(), HeaderNode.Kind.MODULE);
                    modules.add(m);
                    sum += m.weight();
                }
                modules.sort(Comparator.comparingLong(HeaderNode::weight).reversed());
                yield new HeaderNode(HeaderNode.Kind.WORKSPACE, ws.workspace().name(), ws.workspace().root(), null, 0,
                        sum, sum, sum, 0, modules);
            }
        };
        tree.set(root);
        List<HeaderNode> zoom = new ArrayList<>(List.of(root));
        if (keepZoom) {
            for (String p : zoomedPaths.subList(Math.min(1, zoomedPaths.size()), zoomedPaths.size())) {
                HeaderNode last = zoom.get(zoom.size() - 1);
                HeaderNode next = last.children().stream().filter(c -> Objects.equals(c.path(), p)).findFirst().orElse(null);
                if (next == null) {
                    break;
                }
                zoom.add(next);
            }
        }
        setZoom(zoom);
        refreshMatches();
        state.select(selectedPath == null ? null : find(root, n -> Objects.equals(n.path(), selectedPath)));
    }

    private void setZoom(List<HeaderNode> path) {
        zoomPath.setAll(path);
        displayRoot.set(path.isEmpty() ? null : path.get(path.size() - 1));
    }

    private void refreshMatches() {
        String query = searchText.get().toLowerCase(Locale.ROOT);
        currentMatch.set(-1);
        if (query.isEmpty() || tree.get() == null) {
            searchMatches.set(Set.of());
            searchResults.clear();
            return;
        }
        Set<String> hits = new HashSet<>();
        List<HeaderNode> results = new ArrayList<>();
        walk(tree.get(), n -> {
            if (n.isHeader() && n.path().toLowerCase(Locale.ROOT).contains(query) && hits.add(n.path())) {
                results.add(n);
            }
        });
        results.sort(Comparator.comparingLong(HeaderNode::weight).reversed().thenComparing(HeaderNode::path));
        searchMatches.set(Set.copyOf(hits));
        searchResults.setAll(results);
    }

    private List<HeaderNode> pathTo(HeaderNode target) {
        HeaderNode root = tree.get();
        if (root == null || target == null) {
            return List.of();
        }
        // Iterative depth-first search keeping each node's parent, since trees can be very deep.
        Map<HeaderNode, HeaderNode> parent = new IdentityHashMap<>();
        Deque<HeaderNode> stack = new ArrayDeque<>(List.of(root));
        while (!stack.isEmpty()) {
            HeaderNode n = stack.pop();
            if (n == target) {
                List<HeaderNode> path = new ArrayList<>();
                for (HeaderNode at = n; at != null; at = parent.get(at)) {
                    path.add(0, at);
                }
                return path;
            }
            for (HeaderNode child : n.children()) {
                parent.put(child, n);
                stack.push(child);
            }
        }
        return List.of();
    }

    private static HeaderNode find(HeaderNode root, Predicate<HeaderNode> test) {
        if (root == null) {
            return null;
        }
        Deque<HeaderNode> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            HeaderNode n = queue.poll();
            if (test.test(n)) {
                return n;
            }
            queue.addAll(n.children());
        }
        return null;
    }

    private static void walk(HeaderNode root, Consumer<HeaderNode> visit) {
        Deque<HeaderNode> stack = new ArrayDeque<>(List.of(root));
        while (!stack.isEmpty()) {
            HeaderNode n = stack.pop();
            visit.accept(n);
            n.children().forEach(stack::push);
        }
    }

    private void offerMetrics() {
        boolean times = !state.measuredTimesProperty().get().isEmpty();
        boolean units = state.analysed() != null && state.analysed().anyUnitMeasured();
        List<SizeMetric> offered = offeredMetrics(times, units);
        if (!offered.equals(sizeMetrics)) {
            sizeMetrics.setAll(offered);
        }
        if (!offered.contains(sizeBy.get())) {
            sizeBy.set(SizeMetric.ESTIMATED_MEMORY);
        }
    }

    private static List<SizeMetric> offeredMetrics(boolean times, boolean measuredUnits) {
        return Arrays.stream(SizeMetric.values()).filter(m -> times || !m.needsMeasuredTimes())
                .filter(m -> measuredUnits || !m.apportionsUnitFigures()).toList();
    }

    /** Says, under a metric sharing out units' figures, which the tiles of the tree on screen stand for. */
    private void refreshSizeNote() {
        AnalysedWorkspace ws = state.analysed();
        TranslationUnit unit = state.selectedUnitProperty().get();
        if (ws == null || unit == null || !sizeBy.get().apportionsUnitFigures()) {
            sizeNote.set("");
            sizeTag.set("");
        } else if (hierarchy.get() == Hierarchy.MODULE) {
            long measured = ws.workspace().units().stream().filter(u -> ws.apportioned(u).source()
                    == UnitFigures.Source.MEASURED).count();
            int all = ws.workspace().units().size();
            sizeNote.set(measured == all ? "every unit measured by clang"
                    : measured + " of " + all + " units measured by clang; the others fall back (see each tile)");
            sizeTag.set(measured == all ? "all measured" : measured + " of " + all + " measured");
        } else {
            var figure = ws.apportioned(unit);
            sizeNote.set(figure.describe());
            sizeTag.set(figure.source() == UnitFigures.Source.MEASURED ? "measured"
                    : figure.source().label() + ", no clang figure");
        }
    }
}
