// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import dev.headroom.bridge.ParsedUnit;
import dev.headroom.model.AnalysisStats;
import java.util.List;

/**
 * What one shard of an analysis ({@code analyze --shard I/N}) leaves for {@code merge}: the facts every unit of the
 * shard's share gave its parse, exactly as the unit cache keeps them, and enough about the run to refuse a part
 * that belongs to another one. Plain data, written as JSON by {@link Shards}.
 *
 * @param format    {@link Shards#FORMAT}: the shape of this file
 * @param generator the Headroom that wrote it ({@code headroom 1.2.0}); parts of different Headroom do not merge
 * @param costModel the cost model's provenance; parts estimated with different models do not merge
 * @param shard     this part's index, {@code 0 <= shard < shards}
 * @param shards    how many parts the analysis was split into
 * @param inputs    fingerprint of every unit of the whole workspace (name, kind and everything that decides its
 *                  parse), so a merge can tell it reads the same inputs the shards did
 * @param origin    the request the shard ran, so a merge can read the same inputs again
 * @param unitCount how many units the whole workspace has
 * @param stats     how this shard's run went
 * @param units     the units of this shard, in unit order
 */
public record ShardPart(String format, String generator, String costModel, int shard, int shards, String inputs,
        Origin origin, int unitCount, AnalysisStats stats, List<Unit> units) {

    public ShardPart {
        units = units == null ? List.of() : List.copyOf(units);
    }

    /**
     * The request a shard ran, as given (relative inputs are read against {@code workingDirectory}).
     *
     * @param inputs           files and folders, in the order given
     * @param compilerFlags    compiler flags in command order
     * @param workingDirectory the folder the command ran in
     * @param collectUses      whether names were resolved
     */
    public record Origin(List<String> inputs, List<String> compilerFlags, String workingDirectory, boolean collectUses) {
        public Origin {
            inputs = List.copyOf(inputs);
            compilerFlags = List.copyOf(compilerFlags);
        }
    }

    /**
     * One unit's result.
     *
     * @param index  its place among the workspace's units
     * @param name   its name, to say which unit a problem is about
     * @param key    its unit cache key: everything that decided the parse
     * @param cached whether the shard took it from its unit cache
     * @param result the facts of its parse (for an abandoned unit: no files, and the problem that says why)
     */
    public record Unit(int index, String name, String key, boolean cached, ParsedUnit result) {
    }
}
