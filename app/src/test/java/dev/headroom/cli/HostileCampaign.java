// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The long hostile-input campaign, by hand: {@code samples/tools/fuzz-campaign.sh [SEEDS] [FIRST_SEED]}. Runs
 * {@link HostileCorpus} once per seed and prints the figures: inputs tried, crashes, hangs, wrong results.
 */
public final class HostileCampaign {
    private HostileCampaign() {
    }

    public static void main(String[] args) throws Exception {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long first = args.length > 1 ? Long.parseLong(args[1]) : 1;
        byte[] header = HostileCorpus.defaultSeedHeader();
        HostileCorpus.Findings total = new HostileCorpus.Findings();
        long t0 = System.nanoTime();
        for (long seed = first; seed < first + seeds; seed++) {
            Path dir = Files.createTempDirectory("headroom-campaign-" + seed + "-");
            new HostileCorpus(dir, seed, header, total).runAll(40, 6);
            System.err.printf("seed %d: %s%n", seed, total.toString().lines().findFirst().orElse(""));
            try (var all = Files.walk(dir)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.printf("%d seeds (%d..%d), %.0f s: %s%n", seeds, first, first + seeds - 1,
                (System.nanoTime() - t0) / 1e9, total);
        System.exit(total.clean() ? 0 : 1);
    }
}
