// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The last pane of a split pane, which can be collapsed to a thin strip holding a button that restores it: the pane
 * before it (the treemap) takes the room. The pane itself carries a small button in its top right corner that
 * collapses it. Where the divider stood is kept, so restoring puts it back there.
 */
final class CollapsiblePane {
    private static final double STRIP = 24;

    private final SplitPane split;
    private final int divider;
    private final StackPane full;
    private final Region strip;
    private final BooleanProperty collapsed = new SimpleBooleanProperty(this, "collapsed");
    private double restoreAt;

    /**
     * @param split     the split pane whose last item {@code pane} is (or is to be, at index {@code divider + 1})
     * @param pane      the pane's content
     * @param restoreAt where its divider goes when it is restored before it was ever moved
     * @param name      what the pane holds, for the buttons' tooltips ("the details and refactor pane")
     * @param stripText the restore button's text on the strip; the side's strip is too narrow for more than an arrow
     */
    CollapsiblePane(SplitPane split, Node pane, double restoreAt, String id, String name, String stripText) {
        this.split = split;
        this.divider = split.getItems().size() - 1;
        this.restoreAt = restoreAt;
        boolean side = split.getOrientation() == Orientation.HORIZONTAL;
        Button collapse = new Button(side ? "»" : "▾");
        collapse.setId(id + "Collapse");
        collapse.getStyleClass().add("pane-toggle");
        collapse.setTooltip(new Tooltip("Hide " + name + ": the treemap takes the room"));
        collapse.setFocusTraversable(false);
        collapse.setOnAction(e -> collapsed.set(true));
        full = new StackPane(pane, collapse);
        StackPane.setAlignment(collapse, Pos.TOP_RIGHT);
        Button restore = new Button(stripText);
        restore.setId(id + "Restore");
        restore.getStyleClass().add("pane-toggle");
        restore.setTooltip(new Tooltip("Show " + name));
        restore.setFocusTraversable(false);
        restore.setOnAction(e -> collapsed.set(false));
        if (side) {
            VBox box = new VBox(restore);
            box.setAlignment(Pos.TOP_CENTER);
            box.setMinWidth(STRIP);
            box.setMaxWidth(STRIP);
            strip = box;
        } else {
            HBox box = new HBox(restore);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMinHeight(STRIP);
            box.setMaxHeight(STRIP);
            strip = box;
        }
        strip.getStyleClass().add("collapsed-pane");
        strip.setId(id + "Strip");
        SplitPane.setResizableWithParent(full, false);
        SplitPane.setResizableWithParent(strip, false);
        split.getItems().add(full);
        collapsed.addListener((o, was, now) -> apply(now));
    }

    /** Whether the pane is collapsed to its strip. */
    BooleanProperty collapsedProperty() {
        return collapsed;
    }

    /** The pane as it sits in the split pane when shown. */
    Node pane() {
        return full;
    }

    private void apply(boolean collapse) {
        int at = split.getItems().indexOf(collapse ? full : strip);
        if (at < 0) {
            return;
        }
        if (collapse) {
            restoreAt = split.getDividerPositions()[divider];
            split.getItems().set(at, strip);
            // The strip's fixed size stops the divider short of the edge.
            split.setDividerPosition(divider, 1);
        } else {
            split.getItems().set(at, full);
            split.setDividerPosition(divider, restoreAt);
        }
    }
}
