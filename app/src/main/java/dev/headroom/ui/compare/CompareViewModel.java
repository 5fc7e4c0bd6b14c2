// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.compare;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.diff.DeltaTree;
import dev.headroom.diff.HeaderDelta;
import dev.headroom.diff.ModuleLoadDelta;
import dev.headroom.diff.RelativePaths;
import dev.headroom.diff.UnitDelta;
import dev.headroom.diff.WorkspaceDelta;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.AnalysisSession;
import dev.headroom.session.CompareRequest;
import dev.headroom.session.Comparison;
import dev.headroom.session.Progress;
import dev.headroom.session.SessionCancelledException;
import dev.headroom.session.SessionException;
import dev.headroom.ui.ExplorerState;
import dev.headroom.ui.treemap.TreemapViewModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The compare view's state and commands: two explorer states (revision A and B), a treemap view model over each,
 * kept on the same unit, selection, zoom and search by the headers' keys (paths under each root), the bloaty-style
 * delta rows of the unit shown (or of all units), the selected header's changes and text diff, and the JIT budget
 * before and after. Holds no Nodes. Commands are called on the FX thread; the compare and the text diff run on
 * {@code background} and come back through {@code fx}.
 */
public final class CompareViewModel {
    private final AnalysisSession session;
    private final Executor background;
    private final Executor fx;
    private final ExplorerState before = new ExplorerState();
    private final ExplorerState after = new ExplorerState();
    private final TreemapViewModel beforeMap = new TreemapViewModel(before);
    private final TreemapViewModel afterMap = new TreemapViewModel(after);
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<String> scope = new ReadOnlyObjectWrapper<>(this, "scope");
    private final ObservableList<String> units = FXCollections.observableArrayList();
    private final ObservableList<DeltaRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> selectedKey = new ReadOnlyObjectWrapper<>(this, "selectedKey");
    private final ReadOnlyObjectWrapper<HeaderDelta> selectedHeader = new ReadOnlyObjectWrapper<>(this, "selectedHeader");
    private final ReadOnlyObjectWrapper<TextDiff> textDiff = new ReadOnlyObjectWrapper<>(this, "textDiff");
    private final ObservableList<ModuleLoadDelta> budget = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper colourByChange = new ReadOnlyBooleanWrapper(this, "colourByChange", true);
    private final ReadOnlyBooleanWrapper deltaMapShown = new ReadOnlyBooleanWrapper(this, "deltaMapShown");
    private final ReadOnlyObjectWrapper<HeaderNode> deltaMap = new ReadOnlyObjectWrapper<>(this, "deltaMap");
    private final ReadOnlyObjectWrapper<HeaderNode> deltaDisplayRoot = new ReadOnlyObjectWrapper<>(this, "deltaDisplayRoot");
    /** The delta map's zoom: its root first, the tile shown last. */
    private final List<HeaderNode> deltaZoom = new java.util.ArrayList<>();
    private final AtomicBoolean cancel = new AtomicBoolean();
    /** Set while one side follows the other, so the follower's change does not echo back. */
    private boolean following;

    public CompareViewModel(AnalysisSession session, Executor background, Executor fx) {
        this.session = Objects.requireNonNull(session, "session");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        before.selectedProperty().addListener((o, a, node) -> follow(node, before));
        after.selectedProperty().addListener((o, a, node) -> follow(node, after));
        beforeMap.displayRootProperty().addListener((o, a, node) -> followZoom(beforeMap, afterMap));
        afterMap.displayRootProperty().addListener((o, a, node) -> followZoom(afterMap, beforeMap));
        beforeMap.treeProperty().addListener((o, a, tree) -> rebuildDeltaMap());
        afterMap.treeProperty().addListener((o, a, tree) -> rebuildDeltaMap());
    }

    /** Revision A's state. */
    public ExplorerState before() {
        return before;
    }

    /** Revision B's state. */
    public ExplorerState after() {
        return after;
    }

    public TreemapViewModel beforeMap() {
        return beforeMap;
    }

    public TreemapViewModel afterMap() {
        return afterMap;
    }

    /** The compare on screen, or {@code null} before one finished. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** One line on what is happening or what went wrong. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The unit the table and treemaps show, or {@code null} for the table over all units. */
    public ReadOnlyObjectProperty<String> scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    /** Every unit of either revision, in A's order then B's new ones. */
    public ObservableList<String> units() {
        return FXCollections.unmodifiableObservableList(units);
    }

    /** The delta table: headers of the scope, largest |delta| first. */
    public ObservableList<DeltaRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The key of the header selected on either side or in the table. */
    public ReadOnlyObjectProperty<String> selectedKeyProperty() {
        return selectedKey.getReadOnlyProperty();
    }

    /** What changed in the selected header over all units, or {@code null}. */
    public ReadOnlyObjectProperty<HeaderDelta> selectedHeaderProperty() {
        return selectedHeader.getReadOnlyProperty();
    }

    /** The selected header's text diff, once read, or {@code null}. */
    public ReadOnlyObjectProperty<TextDiff> textDiffProperty() {
        return textDiff.getReadOnlyProperty();
    }

    /** The JIT budget per module before and after; empty without jank modules. */
    public ObservableList<ModuleLoadDelta> budget() {
        return FXCollections.unmodifiableObservableList(budget);
    }

    /** Whether tiles are coloured by what the change did to them (the default) rather than by origin. */
    public ReadOnlyBooleanProperty colourByChangeProperty() {
        return colourByChange.getReadOnlyProperty();
    }

    public void colourByChange(boolean on) {
        colourByChange.set(on);
    }

    /** Whether one delta map is shown instead of the two treemaps side by side. */
    public ReadOnlyBooleanProperty deltaMapShownProperty() {
        return deltaMapShown.getReadOnlyProperty();
    }

    public void showDeltaMap(boolean on) {
        deltaMapShown.set(on);
    }

    /**
     * The unit shown as one tree of both revisions ({@link DeltaTree}): a tile per header keyed by its path under
     * the root, sized by the larger of its two areas; {@code null} when the table is over all units.
     */
    public ReadOnlyObjectProperty<HeaderNode> deltaMapProperty() {
        return deltaMap.getReadOnlyProperty();
    }

    /** The delta map's tile zoomed into, its root when not zoomed. */
    public ReadOnlyObjectProperty<HeaderNode> deltaDisplayRootProperty() {
        return deltaDisplayRoot.getReadOnlyProperty();
    }

    public void zoomDeltaIn(HeaderNode node) {
        if (node != null && !node.children().isEmpty() && deltaMap.get() != null) {
            deltaZoom.add(node);
            deltaDisplayRoot.set(node);
        }
    }

    public void zoomDeltaOut() {
        if (deltaZoom.size() > 1) {
            deltaZoom.remove(deltaZoom.size() - 1);
            deltaDisplayRoot.set(deltaZoom.get(deltaZoom.size() - 1));
        }
    }

    /** What the change did to the header with {@code key} in the unit shown; empty over all units. */
    public java.util.Optional<dev.headroom.diff.UnitHeaderDelta> changeOf(String key) {
        Comparison c = comparison.get();
        if (c == null || scope.get() == null || key == null) {
            return java.util.Optional.empty();
        }
        return c.delta().unit(scope.get()).flatMap(u -> u.headers().stream().filter(h -> h.key().equals(key))
                .findFirst());
    }

    /**
     * What the change did to the header at {@code path} of one side, in the unit shown; empty for a file the unit
     * does not enter, or when the table is over all units.
     */
    public java.util.Optional<dev.headroom.diff.UnitHeaderDelta> change(boolean beforeSide, String path) {
        Comparison c = comparison.get();
        if (c == null || scope.get() == null || path == null) {
            return java.util.Optional.empty();
        }
        return changeOf(RelativePaths.keyOf((beforeSide ? c.before() : c.after()).workspace().root(), path));
    }

    /** Compares the two revisions {@code request} names, in the background; a failure becomes the status line. */
    public void open(CompareRequest request) {
        cancel.set(false);
        running.set(true);
        status.set("Comparing " + request.before().label() + " with " + request.after().label() + "…");
        background.execute(() -> {
            try {
                Comparison c = session.compare(request, Progress.SILENT, cancel::get);
                fx.execute(() -> show(c));
            } catch (SessionException e) {
                fx.execute(() -> failed(e.problem().toString()));
            } catch (SessionCancelledException e) {
                fx.execute(() -> failed("Compare cancelled."));
            }
        });
    }

    /** Stops a compare in progress. */
    public void cancel() {
        cancel.set(true);
    }

    /** Shows a finished compare: both sides on the unit that changed most, the table over that unit. */
    public void show(Comparison c) {
        comparison.set(c);
        running.set(false);
        WorkspaceDelta delta = c.delta();
        units.setAll(delta.units().stream().map(UnitDelta::name).toList());
        budget.setAll(delta.budget().map(b -> b.modules()).orElse(List.of()));
        before.show(c.before(), false);
        after.show(c.after(), false);
        status.set(String.format("%s → %s: estimated AST over all units %s → %s", delta.beforeLabel(),
                delta.afterLabel(), dev.headroom.ui.Formats.bytes(delta.totalAstBytes().before()),
                dev.headroom.ui.Formats.bytes(delta.totalAstBytes().after())));
        String first = delta.units().stream().filter(u -> u.presence() == dev.headroom.diff.Presence.BOTH)
                .max(java.util.Comparator.comparingLong(u -> Math.abs(u.astBytes().delta())))
                .map(UnitDelta::name).orElse(null);
        showUnit(first);
    }

    private void failed(String why) {
        running.set(false);
        status.set(why);
    }

    /** Shows {@code unit} on both sides and its headers in the table; {@code null} tabulates all units. */
    public void showUnit(String unit) {
        Comparison c = comparison.get();
        if (c == null) {
            return;
        }
        scope.set(unit);
        if (unit != null) {
            before.selectUnit(unit);
            after.selectUnit(unit);
            rows.setAll(c.delta().unit(unit).map(u -> u.headers().stream()
                    .map(h -> new DeltaRow(h.key(), h.self().before(), h.self().after(), h.presence().marker()))
                    .toList()).orElse(List.of()));
        } else {
            rows.setAll(c.delta().headers().stream().map(h -> new DeltaRow(h.key(), h.acrossUnits().before(),
                    h.acrossUnits().after(), h.presence().marker())).toList());
        }
        rebuildDeltaMap();
    }

    /** Selects the header with {@code key} on both sides and reads its text diff in the background. */
    public void selectKey(String key) {
        Comparison c = comparison.get();
        if (c == null || Objects.equals(key, selectedKey.get())) {
            return;
        }
        selectedKey.set(key);
        selectedHeader.set(key == null ? null : c.delta().header(key).orElse(null));
        following = true;
        try {
            beforeMap.selectPath(key == null ? null : pathIn(c.before(), key));
            afterMap.selectPath(key == null ? null : pathIn(c.after(), key));
        } finally {
            following = false;
        }
        textDiff.set(null);
        if (key != null) {
            background.execute(() -> {
                TextDiff diff = TextDiff.of(key, c.beforeTexts().text(key), c.afterTexts().text(key));
                fx.execute(() -> {
                    if (key.equals(selectedKey.get())) {
                        textDiff.set(diff);
                    }
                });
            });
        }
    }

    /** Highlights headers whose path contains {@code text} on both sides. */
    public void search(String text) {
        beforeMap.search(text);
        afterMap.search(text);
    }

    private void follow(HeaderNode node, ExplorerState from) {
        Comparison c = comparison.get();
        if (following || c == null) {
            return;
        }
        if (node == null || !node.isHeader()) {
            return;
        }
        AnalysedWorkspace side = from == before ? c.before() : c.after();
        selectKey(RelativePaths.keyOf(side.workspace().root(), node.path()));
    }

    private void rebuildDeltaMap() {
        Comparison c = comparison.get();
        HeaderNode a = beforeMap.treeProperty().get();
        HeaderNode b = afterMap.treeProperty().get();
        deltaZoom.clear();
        if (c == null || scope.get() == null || (a == null && b == null)) {
            deltaMap.set(null);
            deltaDisplayRoot.set(null);
            return;
        }
        // A unit only one side has leaves the other side's tree on its previous unit; only a side with the unit counts.
        HeaderNode merged = DeltaTree.merge(c.before().unit(scope.get()).isPresent() ? a : null,
                c.before().workspace().root(), c.after().unit(scope.get()).isPresent() ? b : null,
                c.after().workspace().root());
        deltaMap.set(merged);
        deltaZoom.add(merged);
        deltaDisplayRoot.set(merged);
    }

    private void followZoom(TreemapViewModel leader, TreemapViewModel follower) {
        Comparison c = comparison.get();
        HeaderNode shown = leader.displayRootProperty().get();
        if (following || c == null || shown == null || follower.treeProperty().get() == null) {
            return;
        }
        following = true;
        try {
            if (shown == leader.treeProperty().get()) {
                if (!follower.zoomPath().isEmpty()) {
                    follower.zoomTo(follower.zoomPath().get(0));
                }
                return;
            }
            AnalysedWorkspace from = leader == beforeMap ? c.before() : c.after();
            AnalysedWorkspace to = leader == beforeMap ? c.after() : c.before();
            String path = pathIn(to, RelativePaths.keyOf(from.workspace().root(), shown.path()));
            HeaderNode match = find(follower.treeProperty().get(), path);
            if (match != null) {
                follower.zoomIn(match);
            }
        } finally {
            following = false;
        }
    }

    /** The path of the file with {@code key} in {@code side}. */
    static String pathIn(AnalysedWorkspace side, String key) {
        if (key.startsWith("/")) {
            return key;
        }
        String root = side.workspace().root();
        return root.endsWith("/") ? root + key : root + "/" + key;
    }

    /** The first node under {@code root} whose path is {@code path}, or {@code null}. */
    static HeaderNode find(HeaderNode root, String path) {
        Deque<HeaderNode> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            HeaderNode n = todo.pop();
            if (path.equals(n.path())) {
                return n;
            }
            n.children().forEach(todo::push);
        }
        return null;
    }
}
