// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis;

import dev.headroom.model.SourceFile;
import java.util.List;

/**
 * One box of the explorer's treemap and one row of its header table: a header with its costs, or a group (the
 * workspace, a module, a folder). Immutable; compared by identity, because the same header can appear in several
 * places of one tree (once per module) and each place is its own box.
 */
public final class HeaderNode {
    /** What a node stands for. */
    public enum Kind { WORKSPACE, MODULE, DIRECTORY, HEADER }

    private final Kind kind;
    private final String label;
    private final String path;
    private final SourceFile file;
    private final long self;
    private final long inclusive;
    private final long retained;
    private final long weight;
    private final int fanIn;
    private final List<HeaderNode> children;

    /**
     * @param kind      what it stands for
     * @param label     the short name shown on the tile
     * @param path      the file's path for headers, the folder for folders, the unit's name for modules
     * @param file      the file for headers, {@code null} for groups
     * @param self      the file's own cost (0 for groups)
     * @param inclusive the cost of everything the file reaches, itself included (the group total for groups)
     * @param retained  what leaves the unit with the file (the group total for groups)
     * @param weight    the tile's area: its own share plus its children's weights
     * @param fanIn     how many files include it in the unit (0 for groups)
     * @param children  nested nodes, heaviest first
     */
    public HeaderNode(Kind kind, String label, String path, SourceFile file, long self, long inclusive, long retained,
            long weight, int fanIn, List<HeaderNode> children) {
        this.kind = kind;
        this.label = label;
        this.path = path;
        this.file = file;
        this.self = self;
        this.inclusive = inclusive;
        this.retained = retained;
        this.weight = weight;
        this.fanIn = fanIn;
        this.children = List.copyOf(children);
    }

    public Kind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public String path() {
        return path;
    }

    /** The header's file; {@code null} for groups. */
    public SourceFile file() {
        return file;
    }

    public long self() {
        return self;
    }

    public long inclusive() {
        return inclusive;
    }

    public long retained() {
        return retained;
    }

    /** The tile's area in the metric's unit. */
    public long weight() {
        return weight;
    }

    public int fanIn() {
        return fanIn;
    }

    public List<HeaderNode> children() {
        return children;
    }

    public boolean isHeader() {
        return kind == Kind.HEADER;
    }

    @Override
    public String toString() {
        return kind + " " + path;
    }
}
