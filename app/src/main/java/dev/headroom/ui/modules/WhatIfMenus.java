// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.modules;

import dev.headroom.analysis.HeaderNode;
import java.util.function.Supplier;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;

/** The context menus that put a header or a module into a JIT what-if, shared by the treemap and the tables. */
public final class WhatIfMenus {
    private WhatIfMenus() {
    }

    /**
     * A menu putting a header in the what-if's precompiled header, or taking it out; {@code target} is read when the
     * menu opens and when its item is chosen, since cells and tiles are reused.
     */
    public static ContextMenu precompiledHeader(ModulesViewModel modules, Supplier<HeaderNode> target) {
        CheckMenuItem pch = new CheckMenuItem("Put in precompiled header (what-if)");
        pch.setOnAction(e -> {
            HeaderNode node = target.get();
            if (node != null && node.isHeader()) {
                modules.togglePrecompiledHeader(node.path());
            }
        });
        ContextMenu menu = new ContextMenu(pch);
        menu.setOnShowing(e -> {
            HeaderNode node = target.get();
            boolean header = node != null && node.isHeader();
            pch.setDisable(!header);
            pch.setSelected(header && modules.scenarioProperty().get().pchHeaders().contains(node.path()));
        });
        return menu;
    }
}
