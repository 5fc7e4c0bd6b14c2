// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the first problems of each file and sums up the rest in one line: 100 KB of garbage would otherwise give
 * 100,000 problems that bury the one that matters.
 */
final class ProblemCap {
    static final int PER_FILE = 50;

    private ProblemCap() {
    }

    static List<ParseProblem> cap(List<ParseProblem> problems) {
        Map<Path, Integer> seen = new HashMap<>();
        Map<Path, ParseProblem> firstDropped = new LinkedHashMap<>();
        Map<Path, Integer> dropped = new HashMap<>();
        List<ParseProblem> kept = new ArrayList<>();
        for (ParseProblem p : problems) {
            int n = seen.merge(Objects.requireNonNullElse(p.file(), Path.of("")), 1, Integer::sum);
            if (n <= PER_FILE) {
                kept.add(p);
            } else {
                Path key = Objects.requireNonNullElse(p.file(), Path.of(""));
                firstDropped.putIfAbsent(key, p);
                dropped.merge(key, 1, Integer::sum);
            }
        }
        firstDropped.forEach((file, first) -> kept.add(new ParseProblem(first.file(), first.line(),
                String.format("and %,d more problems in the same file from here on; the file is probably not C/C++"
                        + " text, or badly damaged", dropped.get(file)), first.kind())));
        return kept;
    }
}
