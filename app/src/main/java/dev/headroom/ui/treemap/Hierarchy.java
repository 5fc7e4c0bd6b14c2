// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.treemap;

/** How the treemap nests headers. */
public enum Hierarchy {
    /** Each header under its immediate dominator in the selected unit; areas are retained costs. */
    DOMINATOR("Include dominators"),
    /** The selected unit's files by folder; areas are the files' own costs. */
    DIRECTORY("Folders"),
    /** Every unit side by side, each as its dominator tree. */
    MODULE("Modules"),
    /**
     * The selected unit's headers side by side, each as large as everything it brings (its inclusive cost), so a
     * header shared by several includers shows its whole weight. Areas overlap: they do not add up to the unit.
     */
    INCLUSIVE("Flat: what each header brings"),
    /** The selected unit's include directives side by side, each as large as what cutting it alone saves. */
    CUT("Flat: saved if an include is cut");

    private final String title;

    Hierarchy(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}
