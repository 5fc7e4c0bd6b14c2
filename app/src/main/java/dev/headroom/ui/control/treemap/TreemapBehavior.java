// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.control.treemap;

import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;

/**
 * What the keyboard and mouse do to a {@link TreemapView}: click selects, double-click and Enter zoom in,
 * Backspace and Escape zoom out. Key handlers go on the control in {@link #install()} and come off in
 * {@link #dispose()}.
 *
 * @param <T> the tree's node type
 */
public class TreemapBehavior<T> {
    private final TreemapView<T> control;
    private final EventHandler<KeyEvent> keyPressed = this::keyPressed;

    public TreemapBehavior(TreemapView<T> control) {
        this.control = control;
    }

    /** Adds the key handlers to the control. */
    public void install() {
        control.addEventHandler(KeyEvent.KEY_PRESSED, keyPressed);
    }

    /** Removes what {@link #install()} added. */
    public void dispose() {
        control.removeEventHandler(KeyEvent.KEY_PRESSED, keyPressed);
    }

    /** A tile was clicked {@code clicks} times; {@code item} is {@code null} outside every tile. */
    public void tileClicked(T item, int clicks) {
        control.requestFocus();
        if (item == null) {
            return;
        }
        control.setSelectedItem(item);
        if (clicks == 2) {
            zoomIn(item);
        }
    }

    /** Asks to zoom into the selected item, or does nothing without a selection. */
    public void zoomIn(T item) {
        Consumer<? super T> zoom = control.onZoomInProperty().get();
        if (zoom != null && item != null) {
            zoom.accept(item);
        }
    }

    /** Asks to zoom out one level. */
    public void zoomOut() {
        Runnable zoom = control.onZoomOutProperty().get();
        if (zoom != null) {
            zoom.run();
        }
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> {
                zoomIn(control.getSelectedItem());
                e.consume();
            }
            case BACK_SPACE, ESCAPE -> {
                zoomOut();
                e.consume();
            }
            default -> { }
        }
    }
}
