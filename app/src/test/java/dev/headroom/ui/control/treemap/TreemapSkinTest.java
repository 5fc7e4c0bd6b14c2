// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.control.treemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.layout.Rect;
import dev.headroom.layout.Tile;
import dev.headroom.layout.TreemapLayout;
import dev.headroom.ui.FxThread;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The treemap control and skin after {@code Platform.startup}, in a scene without a window. */
class TreemapSkinTest {
    /** A test tree node: a name, a weight including its children's, and children. */
    record Node(String name, double weight, List<Node> children) {
        static Node leaf(String name, double weight) {
            return new Node(name, weight, List.of());
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    static final Node ENGINE = new Node("sdf_engine.hpp", 70,
            List.of(Node.leaf("vulkan_core.h", 40), Node.leaf("imgui.h", 20)));
    static final Node MATH = Node.leaf("vybe_sdf_math.h", 20);
    static final Node ROOT = new Node("vybe.sdf.ui", 100, List.of(ENGINE, MATH, Node.leaf("cmath", 10)));

    TreemapView<Node> view;
    Scene scene;

    @BeforeAll
    static void startToolkit() throws InterruptedException {
        FxThread.start();
    }

    @BeforeEach
    void showTree() throws Exception {
        FxThread.run(() -> {
            view = new TreemapView<>();
            view.setChildrenFunction(Node::children);
            view.setWeightFunction(Node::weight);
            view.setLabelFunction(Node::name);
            view.setRoot(ROOT);
            scene = new Scene(new StackPane(view), 400, 300);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
    }

    @SuppressWarnings("unchecked")
    TreemapSkin<Node> skin() {
        return (TreemapSkin<Node>) view.getSkin();
    }

    @Test
    void layoutFillsTheControlWithOneTilePerNode() throws Exception {
        TreemapLayout<Node> layout = FxThread.call(() -> skin().currentLayout().orElseThrow());
        assertEquals(new Rect(0, 0, 400, 300), layout.bounds());
        assertEquals(List.of("vybe.sdf.ui", "sdf_engine.hpp", "vybe_sdf_math.h", "cmath", "vulkan_core.h", "imgui.h"),
                layout.tiles().stream().map(t -> t.item().name()).toList());
        Tile<Node> engine = layout.tiles().get(1);
        Tile<Node> math = layout.tiles().get(2);
        assertTrue(engine.rect().area() > 3 * math.rect().area(), "the engine's tile is the largest child");
    }

    @Test
    void hitTestingAnswersWithTheRectanglesThatWerePainted() throws Exception {
        FxThread.run(() -> {
            TreemapLayout<Node> layout = skin().currentLayout().orElseThrow();
            for (Tile<Node> tile : layout.tiles()) {
                Rect r = tile.rect();
                double cx = r.x() + r.width() / 2;
                double cy = r.y() + r.height() / 2;
                Node hit = skin().itemAt(cx, cy).orElseThrow();
                if (layout.children(tile).isEmpty()) {
                    assertSame(tile.item(), hit, "centre of " + tile.item().name());
                }
                assertSame(layout.hit(cx, cy).orElseThrow().item(), hit);
            }
            assertTrue(skin().itemAt(-1, -1).isEmpty());
        });
    }

    @Test
    void selectionAndHighlightRepaintWithoutANewLayout() throws Exception {
        FxThread.run(() -> {
            int layouts = skin().layoutCount();
            int paints = skin().paintCount();
            view.setSelectedItem(MATH);
            view.setHighlight(n -> n.name().contains("vulkan"));
            scene.getRoot().layout();
            assertEquals(layouts, skin().layoutCount());
            assertTrue(skin().paintCount() >= paints + 2);

            scene.getRoot().resize(600, 300);
            view.resize(600, 300);
            scene.getRoot().layout();
            assertEquals(layouts + 1, skin().layoutCount(), "a new size needs a new layout");
            assertEquals(600, skin().currentLayout().orElseThrow().bounds().width());
        });
    }

    @Test
    void clickSelectsAndDoubleClickAsksToZoomIn() throws Exception {
        AtomicReference<Node> zoomed = new AtomicReference<>();
        FxThread.run(() -> {
            view.setOnZoomIn(zoomed::set);
            Tile<Node> math = skin().currentLayout().orElseThrow().tiles().get(2);
            Canvas canvas = (Canvas) skin().getChildren().get(0);
            double x = math.rect().x() + math.rect().width() / 2;
            double y = math.rect().y() + math.rect().height() / 2;
            Event.fireEvent(canvas, click(x, y, 1));
            assertSame(MATH, view.getSelectedItem());
            assertNull(zoomed.get());
            Event.fireEvent(canvas, click(x, y, 2));
            assertSame(MATH, zoomed.get());
        });
    }

    @Test
    void enterZoomsIntoTheSelectionAndEscapeOrBackspaceZoomOut() throws Exception {
        AtomicReference<Node> zoomed = new AtomicReference<>();
        AtomicInteger outs = new AtomicInteger();
        FxThread.run(() -> {
            view.setOnZoomIn(zoomed::set);
            view.setOnZoomOut(outs::incrementAndGet);
            view.setSelectedItem(ENGINE);
            Event.fireEvent(view, key(KeyCode.ENTER));
            Event.fireEvent(view, key(KeyCode.ESCAPE));
            Event.fireEvent(view, key(KeyCode.BACK_SPACE));
        });
        assertSame(ENGINE, zoomed.get());
        assertEquals(2, outs.get());
    }

    @Test
    void cssSetsTheStyleableProperties() throws Exception {
        FxThread.run(() -> {
            assertTrue(view.getStyleClass().contains(TreemapView.DEFAULT_STYLE_CLASS));
            int layouts = skin().layoutCount();
            view.setStyle("-hr-tile-padding: 7; -hr-header-height: 20; -hr-highlight-stroke: red;");
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            assertEquals(7, view.tilePaddingProperty().get());
            assertEquals(20, view.headerHeightProperty().get());
            assertEquals(javafx.scene.paint.Color.RED, view.highlightStrokeProperty().get());
            assertEquals(layouts + 1, skin().layoutCount(), "new padding means a new layout");
            Tile<Node> engine = skin().currentLayout().orElseThrow().tiles().get(1);
            assertTrue(engine.rect().x() >= 7, "children sit inside the 7 px padding");
        });
    }

    @Test
    void replacedSkinIsGarbageCollectedAndStopsListening() throws Exception {
        AtomicReference<WeakReference<TreemapSkin<Node>>> old = new AtomicReference<>();
        AtomicInteger oldPaints = new AtomicInteger();
        FxThread.run(() -> {
            TreemapSkin<Node> first = skin();
            old.set(new WeakReference<>(first));
            view.setSkin(new TreemapSkin<>(view));
            int paints = first.paintCount();
            view.setSelectedItem(ENGINE);
            view.setRoot(ENGINE);
            scene.getRoot().layout();
            oldPaints.set(first.paintCount() - paints);
        });
        assertEquals(0, oldPaints.get(), "a disposed skin must not react to the control");
        attemptGc(old.get());
        assertNull(old.get().get(), "the replaced skin is still reachable: a listener or handler leaks it");
        FxThread.run(() -> assertNotNull(skin().currentLayout().orElse(null)));
    }

    @Test
    void disposedBehaviorNoLongerHandlesKeys() throws Exception {
        AtomicInteger outs = new AtomicInteger();
        FxThread.run(() -> {
            view.setOnZoomOut(outs::incrementAndGet);
            view.setSkin(null);
            Event.fireEvent(view, key(KeyCode.ESCAPE));
        });
        assertEquals(0, outs.get());
    }

    // The list is never read on purpose: holding the arrays is what makes the collector work harder.
    @SuppressWarnings("ModifiedButNotUsed")
    private static void attemptGc(WeakReference<?> ref) throws InterruptedException {
        List<byte[]> pressure = new ArrayList<>();
        for (int i = 0; i < 10 && ref.get() != null; i++) {
            System.gc();
            pressure.add(new byte[1 << 20]);
            Thread.sleep(50);
        }
        pressure.clear();
    }

    private static MouseEvent click(double x, double y, int count) {
        return new MouseEvent(MouseEvent.MOUSE_CLICKED, x, y, x, y, MouseButton.PRIMARY, count, false, false, false,
                false, true, false, false, true, false, true, null);
    }

    private static KeyEvent key(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }
}
