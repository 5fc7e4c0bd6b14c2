// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis;

import dev.headroom.model.FileInUnit;
import dev.headroom.model.TranslationUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * Which headers several units parse, and what the build parses in all against the distinct headers it reads.
 *
 * <p>Each unit's reach is the list of files it entered ({@link TranslationUnit#files()}), not a walk of the
 * merged include graph from its main file: jank modules of one folder share one synthesized main-file path, so
 * walking from their main files would see one unit, and a header included under other macros in another unit
 * would lend the walk its includes. A unit's main file is its own text even when another unit's main file has
 * the same path (two jank modules, or one source compiled with two sets of flags), so it counts as unique and
 * once per unit in both sums. O(total files over all units).
 *
 * @param sharedHeaders headers entered by two units or more
 * @param uniqueHeaders files entered by one unit only, the units' main files included
 * @param parsedBytes   cost parsed, summed over units: each file once per unit that enters it
 * @param distinctBytes cost of the distinct files, each once
 */
public record UnitSharing(int sharedHeaders, int uniqueHeaders, long parsedBytes, long distinctBytes) {

    public UnitSharing {
        if (sharedHeaders < 0 || uniqueHeaders < 0 || distinctBytes < 0 || parsedBytes < distinctBytes) {
            throw new IllegalArgumentException("need counts >= 0 and 0 <= distinct <= parsed bytes, got parsed="
                    + parsedBytes + " distinct=" + distinctBytes);
        }
    }

    /** The blow-up: parsed bytes per distinct byte, at least 1; 1 when nothing costs anything. */
    public double ratio() {
        return distinctBytes == 0 ? 1.0 : (double) parsedBytes / distinctBytes;
    }

    /**
     * Counts the sharing of {@code units}.
     *
     * @param cost a file's self cost, the same in every unit that enters it; never negative
     */
    public static UnitSharing of(Collection<TranslationUnit> units, ToLongFunction<String> cost) {
        Objects.requireNonNull(cost, "cost");
        Map<String, Integer> unitsEntering = new HashMap<>();
        long parsed = 0;
        long distinct = 0;
        int mains = 0;
        for (TranslationUnit unit : units) {
            List<FileInUnit> files = unit.files();
            for (int i = 0; i < files.size(); i++) {
                String path = files.get(i).path();
                long bytes = cost.applyAsLong(path);
                if (bytes < 0) {
                    throw new IllegalArgumentException("negative cost " + bytes + " for " + path);
                }
                parsed = Math.addExact(parsed, bytes);
                if (i == 0) {
                    mains++;
                    distinct = Math.addExact(distinct, bytes);
                } else if (unitsEntering.merge(path, 1, Integer::sum) == 1) {
                    distinct = Math.addExact(distinct, bytes);
                }
            }
        }
        int shared = (int) unitsEntering.values().stream().filter(n -> n >= 2).count();
        return new UnitSharing(shared, unitsEntering.size() - shared + mains, parsed, distinct);
    }
}
