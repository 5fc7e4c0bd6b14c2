// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.analysis.SizeMetric;
import dev.headroom.layout.Rect;
import dev.headroom.layout.Tile;
import dev.headroom.layout.TreemapLayout;
import dev.headroom.model.Workspace;
import dev.headroom.session.AnalysisSession;
import dev.headroom.ui.control.treemap.TreemapSkin;
import dev.headroom.ui.control.treemap.TreemapView;
import dev.headroom.ui.modules.UnitRow;
import dev.headroom.ui.session.SessionViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer window driven like a user would, headless on Monocle, on the bundled vybe-sdf sample. */
@ExtendWith(ApplicationExtension.class)
class ExplorerFlowTest {
    @TempDir
    static Path cache;

    Explorer vm;
    ExecutorService analysis;
    Preferences prefs;

    @BeforeAll
    static void needsTheSampleHeaders() {
        for (String p : List.of("/usr/include/vulkan/vulkan.h", "/usr/include/imgui/imgui.h",
                "/usr/include/imgui/backends/imgui_impl_vulkan.h", "/usr/bin/clang++")) {
            if (!Files.exists(Path.of(p))) {
                String reason = p + " is missing (apt-get install libvulkan-dev libimgui-dev clang)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    fail(reason + ": CI must install it");
                }
                assumeTrue(false, reason);
            }
        }
    }

    @Start
    void start(Stage stage) {
        analysis = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-analysis");
            t.setDaemon(true);
            return t;
        });
        prefs = Preferences.userRoot().node("dev/headroom/test/flow" + System.nanoTime());
        vm = Explorer.over(AnalysisSession.bundled(), r -> r.withCacheDir(cache).withRun(2, true), analysis, Platform::runLater);
        new ExplorerWindow(stage, vm, new UiSettings(prefs)).show();
    }

    @AfterEach
    void stop() throws Exception {
        analysis.shutdownNow();
        org.testfx.api.FxToolkit.cleanupStages();
        prefs.removeNode();
    }

    static Path sample() {
        Path p = Path.of("..", "samples", "vybe-sdf").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(p), "the bundled sample is missing at " + p);
        return p;
    }

    void openSampleAndWait(FxRobot robot) throws Exception {
        robot.interact(() -> vm.session().open(List.of(sample())));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.session().stateProperty().get() != SessionViewModel.AnalysisState.RUNNING);
        assertEquals(SessionViewModel.AnalysisState.SUCCEEDED, vm.session().stateProperty().get(), vm.session().progressMessageProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    static TreemapView<HeaderNode> treemap(FxRobot robot) {
        return (TreemapView<HeaderNode>) robot.lookup("#treemap").queryAs(TreemapView.class);
    }

    @SuppressWarnings("unchecked")
    static TreemapLayout<HeaderNode> layout(FxRobot robot) {
        TreemapSkin<HeaderNode> skin = (TreemapSkin<HeaderNode>) treemap(robot).getSkin();
        return skin.currentLayout().orElseThrow();
    }

    static Tile<HeaderNode> largestChildOfRoot(TreemapLayout<HeaderNode> layout) {
        return layout.children(layout.root()).stream().max(Comparator.comparingDouble(t -> t.rect().area())).orElseThrow();
    }

    /** A point in the tile's label strip, which belongs to the tile itself rather than to a nested one. */
    static Point2D onScreen(FxRobot robot, Rect r) {
        Node view = treemap(robot);
        return view.localToScreen(r.x() + Math.min(r.width() / 2, 30), r.y() + 9);
    }

    @Test
    void engineHeaderIsTheLargestTileOfTheUiModule(FxRobot robot) throws Exception {
        openSampleAndWait(robot);
        robot.interact(() -> vm.state().selectUnit("vybe.sdf.ui"));
        WaitForAsyncUtils.waitForFxEvents();
        Workspace ws = vm.state().analysed().workspace();
        assertEquals(6, ws.units().size());
        TreemapLayout<HeaderNode> layout = layout(robot);
        assertEquals("vybe.sdf.ui", layout.root().item().label());
        assertEquals("sdf_engine.hpp", largestChildOfRoot(layout).item().label());
        assertTrue(layout.size() > 100, "every header of the unit is laid out: " + layout.size());
        // The legend names every library the unit's tiles are coloured by, on screen (not behind an overflow).
        javafx.scene.layout.HBox legend = robot.lookup("#legend").query();
        List<String> names = legend.getChildren().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList();
        assertTrue(names.containsAll(List.of("C/C++ runtime", "vulkan", "imgui", "project")), names.toString());
        assertTrue(legend.isVisible() && legend.getScene() != null && legend.getWidth() > 0
                && legend.localToScene(legend.getLayoutBounds()).getMaxX() <= legend.getScene().getWidth() + 1,
                "laid out inside the window");
        javafx.scene.Node search = robot.lookup("#search").query();
        assertTrue(search.getScene() == legend.getScene() && search.isVisible(), "the search is on screen too");
    }

    @Test
    void doubleClickZoomsInAndTheBreadcrumbZoomsOut(FxRobot robot) throws Exception {
        openSampleAndWait(robot);
        robot.interact(() -> vm.state().selectUnit("vybe.sdf.ui"));
        WaitForAsyncUtils.waitForFxEvents();
        Tile<HeaderNode> engine = largestChildOfRoot(layout(robot));
        // JavaFX counts a double click by the time between the two presses as it handles them; on a loaded machine
        // the second can arrive late and count as a click of its own. A few tries tell that from a real failure.
        for (int tries = 0; tries < 3 && vm.treemap().zoomPath().size() < 2; tries++) {
            robot.doubleClickOn(onScreen(robot, engine.rect()));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(List.of("vybe.sdf.ui", "sdf_engine.hpp"), vm.treemap().zoomPath().stream().map(HeaderNode::label).toList());
        assertSame(engine.item(), layout(robot).root().item(), "the treemap now shows the engine header's subtree");

        Node rootCrumb = robot.lookup("#breadcrumb .button").nth(0).query();
        robot.clickOn(rootCrumb);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("vybe.sdf.ui"), vm.treemap().zoomPath().stream().map(HeaderNode::label).toList());

        robot.clickOn(onScreen(robot, largestChildOfRoot(layout(robot)).rect()));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertEquals(2, vm.treemap().zoomPath().size());
        robot.type(javafx.scene.input.KeyCode.BACK_SPACE);
        assertEquals(1, vm.treemap().zoomPath().size());
    }

    @Test
    void searchHighlightsMatchingHeaders(FxRobot robot) throws Exception {
        openSampleAndWait(robot);
        robot.clickOn("#search").write("vulkan_core");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm.treemap().searchMatchesProperty().get().size(), vm.treemap().searchMatchesProperty().get().toString());
        String hit = vm.treemap().searchMatchesProperty().get().iterator().next();
        assertTrue(hit.endsWith("/vulkan/vulkan_core.h"), hit);
        TreemapView<HeaderNode> view = treemap(robot);
        assertNotNull(view.highlightProperty().get());
        long highlighted = layout(robot).tiles().stream().filter(t -> view.highlightProperty().get().test(t.item())).count();
        assertEquals(1, highlighted);
        robot.interact(() -> robot.lookup("#search").queryTextInputControl().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(view.highlightProperty().get());
    }

    @Test
    void selectingARowInTheTableSelectsTheTileAndShowsDetails(FxRobot robot) throws Exception {
        openSampleAndWait(robot);
        robot.interact(() -> vm.state().selectUnit("vybe.sdf.ui"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#headerTable .tree-table-cell").match(
                (javafx.scene.control.TreeTableCell<?, ?> c) -> "sdf_engine.hpp".equals(c.getText())).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        HeaderNode selected = treemap(robot).getSelectedItem();
        assertNotNull(selected, "the treemap follows the table");
        assertEquals("sdf_engine.hpp", selected.label());
        assertTrue(vm.details().detailsProperty().get().includes().stream().anyMatch(p -> p.endsWith("vulkan/vulkan.h")));
        assertFalse(vm.details().sourceLines().isEmpty(), "the header's source is shown");

        HeaderNode math = vm.treemap().treeProperty().get().children().stream().filter(n -> n.label().equals("vybe_sdf_math.h"))
                .findFirst().orElseThrow();
        robot.interact(() -> treemap(robot).setSelectedItem(math));
        @SuppressWarnings("unchecked")
        TreeTableView<HeaderNode> table = robot.lookup("#headerTable").queryAs(TreeTableView.class);
        TreeItem<HeaderNode> row = table.getSelectionModel().getSelectedItem();
        assertSame(math, row.getValue(), "and the table follows the treemap");
    }

    @Test
    void cancelStopsARunningAnalysis(FxRobot robot) throws Exception {
        Explorer uncached = Explorer.over(AnalysisSession.bundled(), r -> r.withCacheDir(cache).withRun(1, false),
                analysis, Platform::runLater);
        robot.interact(() -> uncached.session().open(List.of(sample())));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> uncached.session().progressMessageProperty().get().startsWith("Parsing"));
        robot.interact(() -> uncached.session().cancel());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !uncached.session().runningProperty().get());
        assertEquals(SessionViewModel.AnalysisState.CANCELLED, uncached.session().stateProperty().get());
        assertNull(uncached.state().analysed(), "a cancelled analysis shows nothing");

        // And through the window's Cancel button.
        robot.interact(() -> vm.session().open(List.of(sample())));
        robot.interact(() -> { });
        if (vm.session().runningProperty().get()) {
            robot.clickOn("#cancel");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.session().runningProperty().get());
            assertTrue(vm.session().stateProperty().get() == SessionViewModel.AnalysisState.CANCELLED
                    || vm.session().stateProperty().get() == SessionViewModel.AnalysisState.SUCCEEDED, vm.session().stateProperty().get().toString());
        }
    }

    @Test
    void closingTheWindowStopsItsAnalysis(FxRobot robot) throws Exception {
        Explorer uncached = Explorer.over(AnalysisSession.bundled(), r -> r.withCacheDir(cache).withRun(1, false),
                analysis, Platform::runLater);
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            window[0] = new Stage();
            new ExplorerWindow(window[0], uncached, new UiSettings(prefs)).show();
            uncached.session().open(List.of(sample()));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> uncached.session().progressMessageProperty().get().startsWith("Parsing"));
        robot.interact(() -> window[0].close());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !uncached.session().runningProperty().get());
        assertEquals(SessionViewModel.AnalysisState.CANCELLED, uncached.session().stateProperty().get(),
                "nobody is left to see the analysis of a closed window");
    }

    /**
     * Runs clang 14 as {@code TimeTraceRunner} does, on a unit including what {@code vybe.sdf.ui} includes, and keeps
     * the trace: under {@code -fsyntax-only} clang writes it as {@code .json} in its working directory.
     */
    static Path clangTrace(Path dir) throws Exception {
        Path unit = Files.writeString(dir.resolve("ui.cpp"),
                "#include \"vybe/vybe_sdf_math.h\"\n#include \"vulkan/sdf_engine.hpp\"\n");
        List<String> command = new ArrayList<>(List.of("/usr/bin/clang++", "-fsyntax-only", "-ftime-trace",
                "-ftime-trace-granularity=0", "-std=c++17", "-I", sample().resolve("include").toString(),
                "-isystem", "/usr/include/imgui", "-isystem", "/usr/include/imgui/backends", unit.toString()));
        Process clang = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("clang.log").toFile()).start();
        assertTrue(clang.waitFor(120, TimeUnit.SECONDS), "clang took over two minutes");
        assertEquals(0, clang.exitValue(), () -> "clang failed: " + read(dir.resolve("clang.log")));
        Path trace = dir.resolve(".json");
        assertTrue(Files.isRegularFile(trace), "clang 14 wrote no .json in " + dir);
        return Files.move(trace, dir.resolve("vybe.sdf.ui-trace.json"));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    @Test
    void droppedClangTraceSizesTheEngineHeaderByMeasuredTime(FxRobot robot, @TempDir Path tmp) throws Exception {
        Path trace = clangTrace(tmp);
        openSampleAndWait(robot);
        robot.interact(() -> vm.state().selectUnit("vybe.sdf.ui"));
        @SuppressWarnings("unchecked")
        ComboBox<SizeMetric> sizeBy = robot.lookup("#sizeBy").queryAs(ComboBox.class);
        assertFalse(sizeBy.getItems().contains(SizeMetric.MEASURED_TIME), "not offered before an import");

        robot.interact(() -> vm.traces().drop(List.of(trace), vm.session()::open));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.traces().importingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(sizeBy.getItems().contains(SizeMetric.MEASURED_TIME),
                vm.traces().measuredTextProperty().get() + " " + vm.state().problems());
        robot.clickOn("#sizeBy");
        robot.clickOn(SizeMetric.MEASURED_TIME.title());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(SizeMetric.MEASURED_TIME, vm.treemap().sizeByProperty().get());
        Tile<HeaderNode> engine = layout(robot).children(layout(robot).root()).stream()
                .filter(t -> t.item().label().equals("sdf_engine.hpp")).findFirst().orElseThrow();
        assertTrue(engine.item().self() > 0, "clang spent measurable time in sdf_engine.hpp itself");
        assertTrue(engine.rect().area() > 0, "so its tile has an area");
        assertEquals(vm.state().measuredTimesProperty().get().get(engine.item().path()).selfMicros(), engine.item().self());
    }

    @Test
    void precompilingTheEngineHeaderFromItsTileLowersTheUiModuleAtLoad(FxRobot robot) throws Exception {
        openSampleAndWait(robot);
        robot.interact(() -> vm.state().selectUnit("vybe.sdf.ui"));
        WaitForAsyncUtils.waitForFxEvents();
        long before = uiRow().estimatedBytes();
        Tile<HeaderNode> engine = largestChildOfRoot(layout(robot));
        assertEquals("sdf_engine.hpp", engine.item().label());

        // Monocle turns no secondary click into a context-menu request, so the test sends the request a right
        // click would: at the tile's label strip, in scene coordinates, which the event converts for the treemap.
        TreemapView<HeaderNode> view = treemap(robot);
        Point2D local = new Point2D(engine.rect().x() + Math.min(engine.rect().width() / 2, 30), engine.rect().y() + 9);
        Point2D scene = view.localToScene(local);
        Point2D screen = view.localToScreen(local);
        robot.interact(() -> javafx.event.Event.fireEvent(view, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                screen.getX(), screen.getY(), false, null)));
        assertTrue(view.getContextMenu().isShowing());
        assertEquals(engine.item(), vm.state().selectedProperty().get(), "the tile under the pointer is the one selected");
        robot.clickOn("Put in precompiled header (what-if)");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(java.util.Set.of(engine.item().path()), vm.modules().scenarioProperty().get().pchHeaders());
        long after = uiRow().estimatedBytes();
        assertTrue(after < before, "vybe.sdf.ui at load: " + before + " before, " + after + " with the PCH");
        String summary = robot.lookup("#budgetSummary").queryLabeled().getText();
        assertTrue(summary.endsWith(": PCH sdf_engine.hpp"), summary);
        // The tile says so: flagged, explained in the legend, the tooltip and the details pane.
        assertNotNull(view.flaggedProperty().get());
        assertTrue(view.flaggedProperty().get().test(engine.item()));
        long flagged = layout(robot).tiles().stream().filter(t -> view.flaggedProperty().get().test(t.item())).count();
        assertTrue(flagged > 1, "the engine header and what it brings are flagged: " + flagged);
        assertTrue(robot.lookup("#whatIfLegend").tryQuery().isPresent(), "the legend explains the flag");
        assertTrue(view.tooltipFunctionProperty().get().apply(engine.item()).endsWith("parsed once, not per module"));
        assertEquals("In the precompiled header (what-if): parsed once, not per module",
                robot.lookup("#whatIfReason").queryLabeled().getText());

        robot.clickOn("#resetWhatIfs");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, uiRow().estimatedBytes());
        assertNull(view.flaggedProperty().get(), "no what-if, no flag");
        assertTrue(robot.lookup("#whatIfLegend").tryQuery().isEmpty());
        assertFalse(robot.lookup("#whatIfReason").queryLabeled().isVisible());
    }

    UnitRow uiRow() {
        return vm.modules().units().stream().filter(r -> r.name().equals("vybe.sdf.ui")).findFirst().orElseThrow();
    }

    @Test
    void measureWithClangShowsClangsFiguresBesideTheEstimate(FxRobot robot) throws Exception {
        openSampleAndWait(robot);
        String math = sample().resolve("include/vybe/vybe_sdf_math.h").toString();
        robot.interact(() -> {
            vm.state().selectUnit("vybe.sdf.math");
            vm.treemap().selectPath(math);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button button = robot.lookup("#measureWithClang").queryButton();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !button.isDisabled());
        robot.clickOn(button);
        Label measured = robot.lookup("#measuredByClang").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.measure().busyProperty().get()
                || !measured.getText().isEmpty());
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> measured.getText().contains("measured by clang")
                || measured.getText().startsWith("Cannot"));
        assertTrue(measured.getText().startsWith("Without it vybe.sdf.math saves "), measured.getText());
        assertTrue(measured.isVisible());
        // The header's utilisation is counted in the background too; its line arrives below the button, never
        // moving it from under the pointer (a click that once landed beside it measured nothing).
        Label utilisation = robot.lookup("#headerUtilisation").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !utilisation.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(utilisation.localToScene(utilisation.getLayoutBounds()).getMinY()
                >= button.localToScene(button.getLayoutBounds()).getMaxY(), utilisation.getText());
    }

    @Test
    void theAllModulesTabRanksIncludeLinesAndARowSelectsItsHeader(FxRobot robot) throws Exception {
        openSampleAndWait(robot);
        robot.clickOn("All modules");
        @SuppressWarnings("unchecked")
        TableView<dev.headroom.analysis.HeaderReport.EdgeRow> edges = robot.lookup("#reportEdgeTable")
                .queryAs(TableView.class);
        robot.clickOn("#reportEdges");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !edges.getItems().isEmpty());
        var first = edges.getItems().get(0);
        assertTrue(edges.isVisible());
        robot.interact(() -> edges.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.target(), vm.state().selectedProperty().get().path(), "the row's header is selected");
    }
}
