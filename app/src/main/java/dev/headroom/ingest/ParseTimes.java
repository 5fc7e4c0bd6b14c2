// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import dev.headroom.files.AtomicFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long each unit took to parse last time, so the next run can start the longest units first (longest
 * processing time first: with few units on few cores, a long unit started last decides the wall time). Kept in
 * memory for a warm process and on disk for the next one. Purely a scheduling hint: a missing or stale entry
 * changes the order, never a result.
 */
final class ParseTimes {
    private static final int MAX_ENTRIES = 5000;
    private final Path file;
    private final Map<String, Long> millis = new ConcurrentHashMap<>();

    ParseTimes(Path cacheDir) {
        this.file = cacheDir == null ? null : cacheDir.resolve("parse-times.properties");
        load();
    }

    void record(String key, long ms) {
        millis.put(key, ms);
    }

    /** Orders unit keys longest first; units never timed go first, since nothing says they are short. */
    List<String> longestFirst(List<String> keys) {
        return keys.stream()
                .sorted(Comparator.comparingLong((String k) -> millis.getOrDefault(k, Long.MAX_VALUE)).reversed())
                .toList();
    }

    void save() {
        if (file == null || millis.size() > MAX_ENTRIES) {
            if (millis.size() > MAX_ENTRIES) {
                millis.clear(); // old units pile up as files change; start over rather than grow forever
            }
            return;
        }
        Properties p = new Properties();
        millis.forEach((k, v) -> p.setProperty(k, Long.toString(v)));
        try {
            AtomicFiles.writeCreatingFolders(file, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                p.store(w, "headroom: last parse time per unit key, in ms (a scheduling hint)");
                w.flush();
            });
        } catch (IOException e) {
            // only a hint: the next run orders units less well
        }
    }

    private void load() {
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            p.forEach((k, v) -> {
                try {
                    millis.put((String) k, Long.parseLong((String) v));
                } catch (NumberFormatException ignored) {
                    // a damaged line is skipped
                }
            });
        } catch (IOException | IllegalArgumentException e) {
            // only a hint
        }
    }
}
