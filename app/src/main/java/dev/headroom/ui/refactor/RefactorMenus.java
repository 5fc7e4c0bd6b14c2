// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.refactor;

import dev.headroom.analysis.HeaderNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.WindowEvent;

/** A tile's refactors in its context menu: those that apply to its header, the refused ones disabled with why. */
public final class RefactorMenus {
    /** Marks the items this class adds, so each opening replaces the last one's. */
    private static final String ITEM = "refactor-offer";
    private static final int REASON_CHARS = 110;

    private RefactorMenus() {
    }

    /** Adds the refactors of the header {@code target} names to {@code menu} each time it opens. */
    public static void addTo(ContextMenu menu, RefactorViewModel vm, Supplier<HeaderNode> target) {
        menu.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> {
            menu.getItems().removeIf(i -> i.getStyleClass().contains(ITEM));
            HeaderNode node = target.get();
            if (node == null || !node.isHeader()) {
                return;
            }
            menu.getItems().addAll(items(vm, node.path()));
        });
    }

    static List<MenuItem> items(RefactorViewModel vm, String path) {
        List<MenuItem> out = new ArrayList<>();
        out.add(tagged(new SeparatorMenuItem()));
        if (!vm.unavailableReason().isEmpty()) {
            out.add(disabled("Refactors: " + vm.unavailableReason()));
            return out;
        }
        List<Offer> offers = vm.offersFor(path);
        if (offers.isEmpty()) {
            out.add(disabled(vm.offersReady() ? "No refactor applies to this header" : "Refactors: still planning…"));
            return out;
        }
        for (Offer offer : offers) {
            MenuItem item = new MenuItem(offer.possible() ? "Add to plan: " + offer.label()
                    : offer.label() + "\n    refused: " + shortened(offer.refused()));
            item.setMnemonicParsing(false);
            item.setDisable(!offer.possible());
            item.setOnAction(e -> vm.add(offer.proposal()));
            out.add(tagged(item));
        }
        // A split needs the header's outline parsed, too slow to plan for every header before the menu opens.
        MenuItem split = new MenuItem("Add to plan: split into pieces by who uses what (outlines it first)");
        split.setMnemonicParsing(false);
        split.setOnAction(e -> vm.addSplit(path));
        out.add(tagged(split));
        return out;
    }

    private static MenuItem disabled(String text) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setDisable(true);
        return tagged(item);
    }

    private static MenuItem tagged(MenuItem item) {
        item.getStyleClass().add(ITEM);
        return item;
    }

    private static String shortened(String reason) {
        return reason.length() <= REASON_CHARS ? reason : reason.substring(0, REASON_CHARS - 1) + "…";
    }
}
