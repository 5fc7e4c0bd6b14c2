// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the explorer remembers between runs, kept in {@link java.util.prefs.Preferences}. */
public final class UiSettings {
    private static final int RECENT_LIMIT = 8;
    private static final String SEPARATOR = "\n";

    private final Preferences node;

    public UiSettings(Preferences node) {
        this.node = node;
    }

    /** The user's settings: {@code dev/headroom/ui} under the user root. */
    public static UiSettings user() {
        return new UiSettings(Preferences.userRoot().node("dev/headroom/ui"));
    }

    public double windowWidth() {
        return node.getDouble("window.width", 1400);
    }

    public double windowHeight() {
        return node.getDouble("window.height", 900);
    }

    public void windowSize(double width, double height) {
        node.putDouble("window.width", width);
        node.putDouble("window.height", height);
    }

    public boolean darkTheme() {
        return node.getBoolean("theme.dark", false);
    }

    public void darkTheme(boolean dark) {
        node.putBoolean("theme.dark", dark);
    }

    /** Whether View → Watch files is on: the workspace analysed again when its files change. Off at first. */
    public boolean watchFiles() {
        return node.getBoolean("watch.files", false);
    }

    public void watchFiles(boolean watch) {
        node.putBoolean("watch.files", watch);
    }

    /** Whether the details and refactor pane on the right is collapsed, leaving the treemap its room. */
    public boolean sideCollapsed() {
        return node.getBoolean("pane.side.collapsed", false);
    }

    public void sideCollapsed(boolean collapsed) {
        node.putBoolean("pane.side.collapsed", collapsed);
    }

    /** Whether the tables pane below the treemap is collapsed. */
    public boolean bottomCollapsed() {
        return node.getBoolean("pane.bottom.collapsed", false);
    }

    public void bottomCollapsed(boolean collapsed) {
        node.putBoolean("pane.bottom.collapsed", collapsed);
    }

    /** The inputs of the workspace last opened, empty if none. */
    public List<Path> lastWorkspace() {
        return paths(node.get("workspace.last", ""));
    }

    /** Workspaces opened before, most recent first, each a list of inputs. */
    public List<List<Path>> recentWorkspaces() {
        List<List<Path>> all = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            List<Path> paths = paths(node.get("workspace.recent." + i, ""));
            if (!paths.isEmpty()) {
                all.add(paths);
            }
        }
        return all;
    }

    /** Records {@code inputs} as the last workspace and at the top of the recent ones. */
    public void remember(List<Path> inputs) {
        if (inputs.isEmpty()) {
            return;
        }
        String joined = String.join(SEPARATOR, inputs.stream().map(Path::toString).toList());
        node.put("workspace.last", joined);
        List<String> recent = new ArrayList<>(List.of(joined));
        for (List<Path> before : recentWorkspaces()) {
            String b = String.join(SEPARATOR, before.stream().map(Path::toString).toList());
            if (!b.equals(joined) && recent.size() < RECENT_LIMIT) {
                recent.add(b);
            }
        }
        for (int i = 0; i < RECENT_LIMIT; i++) {
            if (i < recent.size()) {
                node.put("workspace.recent." + i, recent.get(i));
            } else {
                node.remove("workspace.recent." + i);
            }
        }
        flush();
    }

    /** Writes the settings out now. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Settings are a convenience; the explorer works without them being saved.
        }
    }

    private static List<Path> paths(String joined) {
        if (joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(SEPARATOR)).filter(s -> !s.isBlank()).map(Path::of).toList();
    }
}
