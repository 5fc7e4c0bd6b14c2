// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A folder's texts from disk: keys relative to the folder, or absolute outside it. */
final class FolderTexts implements RevisionTexts {
    private final Path root;

    FolderTexts(Path root) {
        this.root = root;
    }

    @Override
    public Optional<String> text(String key) {
        return read(root.resolve(key));
    }

    /** The file's text, decoded leniently: a header in Latin-1 still diffs. */
    static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
