// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.treemap;

/** How the treemap nests headers. */
public enum Hierarchy {
    /** Each header under its immediate dominator in the selected unit; areas are retained costs. */
    DOMINATOR("Include dominators"),
    /** The selected unit's files by folder; areas are the files' own costs. */
    DIRECTORY("Folders"),
    /** Every unit side by side, each as its dominator tree. */
    MODULE("Modules");

    private final String title;

    Hierarchy(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}
