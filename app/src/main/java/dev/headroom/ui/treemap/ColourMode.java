// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.treemap;

/** What a treemap tile's colour says. */
public enum ColourMode {
    ORIGIN("Origin"),
    LIBRARY("Library"),
    HEAT("Heat of the metric"),
    DECLARATION_MIX("Declaration kinds");

    private final String title;

    ColourMode(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}
