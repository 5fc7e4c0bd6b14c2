// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.include;

import dev.headroom.model.SourceFile;
import dev.headroom.model.Workspace;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A workspace's files by absolute path: built once per analysed workspace and handed to every analysis that
 * looks files up, instead of each building its own map (or scanning the list). Immutable.
 */
public final class FileIndex {
    private final Map<String, SourceFile> byPath;

    private FileIndex(Map<String, SourceFile> byPath) {
        this.byPath = Collections.unmodifiableMap(byPath);
    }

    /** Indexes every file of {@code workspace}; O(files). */
    public static FileIndex of(Workspace workspace) {
        Map<String, SourceFile> byPath = HashMap.newHashMap(workspace.files().size());
        workspace.files().forEach(f -> byPath.put(f.path(), f));
        return new FileIndex(byPath);
    }

    /** The file at {@code path}, or {@code null} when the workspace has none there. */
    public SourceFile get(String path) {
        return byPath.get(path);
    }

    public Optional<SourceFile> file(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public boolean contains(String path) {
        return byPath.containsKey(path);
    }

    /** The index as a read-only map, for analyses that take one. */
    public Map<String, SourceFile> asMap() {
        return byPath;
    }
}
