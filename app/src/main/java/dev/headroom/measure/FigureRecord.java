// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import dev.headroom.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * clang's figures kept in a cache folder as a small text file: a format line, then one value a line. A file of
 * another format, another length or unreadable is as good as none: what it held is measured again.
 */
final class FigureRecord {
    private FigureRecord() {
    }

    /** The values of {@code file} when its first line is {@code format} and {@code values} values follow. */
    static Optional<List<String>> read(Path file, String format, int values) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() != values + 1 || !lines.get(0).equals(format)) {
                return Optional.empty();
            }
            return Optional.of(List.copyOf(lines.subList(1, lines.size())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes {@code values} under {@code format} to {@code file}, atomically (a reader never sees half a record).
     *
     * @throws IOException when the folder cannot be written
     */
    static void write(Path file, String format, Object... values) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(format);
        for (Object v : values) {
            lines.add(String.valueOf(v));
        }
        byte[] text = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFiles.writeCreatingFolders(file, out -> out.write(text));
    }
}
