// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.model.UnitKind;
import dev.headroom.workspace.CompileOptions;
import dev.headroom.workspace.UnitSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShardPartitionTest {
    private static final Path ROOT = Path.of("/work/project");

    private static List<UnitSpec> units(Path root, int n) {
        List<UnitSpec> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path main = root.resolve("src/area" + (i % 7) + "/unit_" + i + ".cpp");
            out.add(new UnitSpec("src/area" + (i % 7) + "/unit_" + i + ".cpp", UnitKind.SOURCE, main, List.of(),
                    CompileOptions.empty(), root.resolve("compile_commands.json")));
        }
        return out;
    }

    private static Map<String, Integer> byName(List<UnitSpec> units, Path root, int count) {
        int[] shard = Shards.partition(units, root, count);
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < shard.length; i++) {
            out.put(units.get(i).name(), shard[i]);
        }
        return out;
    }

    @Test
    void everyUnitLandsInExactlyOneShardAndTheShardsAreEven() {
        List<UnitSpec> units = units(ROOT, 3000);
        int[] shard = Shards.partition(units, ROOT, 8);
        int[] sizes = new int[8];
        for (int s : shard) {
            assertTrue(s >= 0 && s < 8, "shard " + s + " out of range");
            sizes[s]++;
        }
        for (int size : sizes) {
            assertTrue(size > 3000 / 8 * 0.8 && size < 3000 / 8 * 1.2, "uneven shards: " + java.util.Arrays.toString(sizes));
        }
        assertEquals(3000, java.util.Arrays.stream(sizes).sum());
    }

    @Test
    void addingOrRemovingAUnitMovesNoOtherUnit() {
        List<UnitSpec> units = units(ROOT, 500);
        Map<String, Integer> before = byName(units, ROOT, 6);
        List<UnitSpec> more = new ArrayList<>(units);
        more.add(120, new UnitSpec("src/new.cpp", UnitKind.SOURCE, ROOT.resolve("src/new.cpp"), List.of(),
                CompileOptions.empty(), ROOT.resolve("compile_commands.json")));
        more.remove(400);
        Map<String, Integer> after = byName(more, ROOT, 6);
        for (UnitSpec u : more) {
            if (before.containsKey(u.name())) {
                assertEquals(before.get(u.name()), after.get(u.name()), u.name() + " moved");
            }
        }
    }

    @Test
    void theShardOfAUnitDoesNotDependOnOrderOrWhereTheTreeIsCheckedOut() {
        List<UnitSpec> units = units(ROOT, 300);
        Map<String, Integer> here = byName(units, ROOT, 5);
        List<UnitSpec> shuffled = new ArrayList<>(units(Path.of("/elsewhere/checkout"), 300));
        Collections.shuffle(shuffled, new Random(7));
        assertEquals(here, byName(shuffled, Path.of("/elsewhere/checkout"), 5));
    }

    @Test
    void oneShardHoldsEverything() {
        for (int s : Shards.partition(units(ROOT, 50), ROOT, 1)) {
            assertEquals(0, s);
        }
    }
}
