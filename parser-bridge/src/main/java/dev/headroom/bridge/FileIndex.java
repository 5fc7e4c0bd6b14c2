// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers the files of one unit so that per-file counters are plain arrays. */
final class FileIndex {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    int idOf(String fileName) {
        Integer id = ids.get(fileName);
        if (id == null) {
            id = names.size();
            ids.put(fileName, id);
            names.add(fileName);
        }
        return id;
    }

    String name(int id) {
        return names.get(id);
    }

    int size() {
        return names.size();
    }

    static Path toPath(String fileName) {
        return Path.of(fileName).toAbsolutePath().normalize();
    }
}
