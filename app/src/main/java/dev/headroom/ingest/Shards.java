// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.bridge.ParsedUnit;
import dev.headroom.files.AtomicFiles;
import dev.headroom.model.AnalysisStats;
import dev.headroom.model.Workspace;
import dev.headroom.workspace.UnitSpec;
import dev.headroom.workspace.WorkspaceInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * Splits an analysis into shards and merges them back: {@code analyze --shard I/N} parses the units of part
 * {@code I} and writes their facts ({@link ShardPart}); {@code merge} reads every part, checks they are the parts of
 * one analysis of the inputs it reads again, and builds the workspace from the parts' facts in unit order, exactly
 * as a single run builds it from its parses.
 *
 * <p>A unit's shard is a hash of what names it (kind, name, main file relative to the workspace root, and its
 * ordinal among units so named), modulo {@code N}: it does not depend on the other units, so adding or removing a
 * unit moves no other unit, and it reads the same on every machine that checks out the project anywhere.
 */
public final class Shards {
    /** The shape of a part file; bump when {@link ShardPart} changes. */
    public static final String FORMAT = "headroom-shard 1";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Shards() {
    }

    /** The shard, {@code 0 <= s < count}, of every unit in order. */
    public static int[] partition(List<UnitSpec> units, Path root, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("the shard count must be 1 or more, was " + count);
        }
        Path base = root.toAbsolutePath().normalize();
        Map<String, Integer> seen = new HashMap<>();
        int[] shard = new int[units.size()];
        for (int i = 0; i < units.size(); i++) {
            UnitSpec u = units.get(i);
            Path main = u.mainFile().toAbsolutePath().normalize();
            String where = main.startsWith(base) ? base.relativize(main).toString().replace('\\', '/') : main.toString();
            String identity = u.kind() + "\u0000" + u.name() + "\u0000" + where;
            int ordinal = seen.merge(identity, 1, Integer::sum) - 1;
            byte[] h = sha256().digest((identity + "\u0000" + ordinal).getBytes(StandardCharsets.UTF_8));
            long hash = 0;
            for (int b = 0; b < 8; b++) {
                hash = (hash << 8) | (h[b] & 0xff);
            }
            shard[i] = (int) Long.remainderUnsigned(hash, count);
        }
        return shard;
    }

    /**
     * Parses the units of shard {@code index} of {@code count} and returns their part; parses nothing else.
     *
     * @throws AnalysisCancelledException when {@code cancelled} says so
     */
    public static ShardPart analyse(WorkspaceAnalyzer analyzer, WorkspaceInputs inputs, int index, int count,
            ShardPart.Origin origin, String generator, String costModel, AnalysisListener listener,
            BooleanSupplier cancelled) throws AnalysisCancelledException {
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("shard " + index + " is not one of 0.." + (count - 1));
        }
        long start = System.nanoTime();
        int[] partition = partition(inputs.units(), inputs.root(), count);
        WorkspaceAnalyzer.Setup setup = analyzer.setUp(inputs, listener);
        List<String> keys = setup.keys();
        WorkspaceAnalyzer.Parsed parsed = analyzer.parse(inputs, setup, i -> partition[i] == index, listener, cancelled);
        List<ShardPart.Unit> units = new ArrayList<>();
        for (int i = 0; i < partition.length; i++) {
            if (partition[i] == index) {
                units.add(new ShardPart.Unit(i, inputs.units().get(i).name(), keys.get(i), parsed.cached()[i],
                        parsed.results()[i]));
            }
        }
        WorkspaceAnalyzer.Counts c = parsed.counts();
        AnalysisStats stats = new AnalysisStats((System.nanoTime() - start) / 1_000_000, analyzer.threads(),
                c.parsed(), c.shared(), c.cached());
        return new ShardPart(FORMAT, generator, costModel, index, count, fingerprint(inputs, keys), origin,
                partition.length, stats, units);
    }

    /** Writes {@code part} to {@code file} atomically, creating its folder. */
    public static void write(ShardPart part, Path file) throws IOException {
        AtomicFiles.writeCreatingFolders(file, out -> JSON.writeValue(out, part));
    }

    /**
     * Reads a part, refusing a file that is not one, or one of another format.
     *
     * @throws ShardException naming the file and what is wrong with it
     */
    public static ShardPart read(Path file) throws ShardException {
        if (!Files.isRegularFile(file)) {
            throw new ShardException(file, "no such shard part; give the files `analyze --shard I/N --json FILE` wrote");
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new ShardException(file, "not a shard part (unreadable JSON: " + firstLine(e.getMessage())
                    + "); give the files `analyze --shard I/N --json FILE` wrote", e);
        }
        JsonNode format = tree == null ? null : tree.get("format");
        if (format == null || !format.isTextual()) {
            throw new ShardException(file, "not a shard part (no \"format\"; an `analyze --json` file is whole already,"
                    + " nothing to merge); give the files `analyze --shard I/N --json FILE` wrote");
        }
        if (!FORMAT.equals(format.asText())) {
            throw new ShardException(file, "written in shard format \"" + format.asText() + "\", this Headroom reads \""
                    + FORMAT + "\"; run every shard again with this Headroom");
        }
        try {
            ShardPart part = JSON.treeToValue(tree, ShardPart.class);
            if (part.origin() == null || part.inputs() == null || part.shards() < 1 || part.shard() < 0
                    || part.shard() >= part.shards()) {
                throw new ShardException(file, "a damaged shard part (shard " + part.shard() + " of " + part.shards()
                        + "); run that shard again");
            }
            return part;
        } catch (IOException | IllegalArgumentException e) {
            throw new ShardException(file, "a damaged shard part (" + firstLine(e.getMessage()) + "); run that shard again",
                    e);
        }
    }

    /**
     * Checks that {@code parts} are every part of one analysis, with nothing twice, and returns them by shard index.
     *
     * @param generator the Headroom merging, which must be the one that wrote every part
     * @param costModel the cost model merging, which must be the one every part was made with
     * @throws ShardException naming the part at fault and what to do
     */
    public static List<ShardPart> checkComplete(Map<Path, ShardPart> parts, String generator, String costModel)
            throws ShardException {
        if (parts.isEmpty()) {
            throw new ShardException(null, "no shard parts to merge; give every file `analyze --shard I/N` wrote");
        }
        Map.Entry<Path, ShardPart> first = parts.entrySet().iterator().next();
        TreeMap<Integer, Path> byIndex = new TreeMap<>();
        for (Map.Entry<Path, ShardPart> e : parts.entrySet()) {
            Path file = e.getKey();
            ShardPart p = e.getValue();
            if (!generator.equals(p.generator())) {
                throw new ShardException(file, "written by " + p.generator() + ", this is " + generator
                        + "; run every shard and the merge with one Headroom");
            }
            if (!costModel.equals(p.costModel())) {
                throw new ShardException(file, "made with another cost model (" + p.costModel() + ", this merge has "
                        + costModel + "); run every shard and the merge with one Headroom and one cost model");
            }
            if (p.shards() != first.getValue().shards()) {
                throw new ShardException(file, "is shard " + (p.shard() + 1) + "/" + p.shards() + " but "
                        + first.getKey() + " is of " + first.getValue().shards() + " shards; give the parts of one run");
            }
            if (!p.inputs().equals(first.getValue().inputs()) || !p.origin().equals(first.getValue().origin())) {
                throw new ShardException(file, "was made from other inputs than " + first.getKey()
                        + " (units, flags, toolchain or command differ); run every shard on the same commit with the"
                        + " same command");
            }
            Path twice = byIndex.put(p.shard(), file);
            if (twice != null) {
                throw new ShardException(file, "is shard " + (p.shard() + 1) + "/" + p.shards() + " again, as " + twice
                        + " is; give each shard once");
            }
        }
        int count = first.getValue().shards();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (!byIndex.containsKey(i)) {
                missing.add(i + 1);
            }
        }
        if (!missing.isEmpty()) {
            throw new ShardException(null, "shard" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing.stream().map(i -> i + "/" + count).toList()) + " missing (" + parts.size()
                    + " of " + count + " given); give every part of the run");
        }
        return byIndex.values().stream().map(parts::get).toList();
    }

    /**
     * Builds the workspace from complete {@code parts} (as {@link #checkComplete} returns them) of an analysis of
     * {@code inputs}, parsing nothing.
     *
     * @throws ShardException when the inputs read now are not those the parts were made from
     */
    public static Workspace merge(WorkspaceAnalyzer analyzer, WorkspaceInputs inputs, Map<Path, ShardPart> files,
            List<ShardPart> parts, AnalysisListener listener) throws ShardException {
        WorkspaceAnalyzer.Setup setup = analyzer.setUp(inputs, listener);
        List<String> keys = setup.keys();
        int count = parts.get(0).shards();
        int[] partition = partition(inputs.units(), inputs.root(), count);
        ParsedUnit[] results = new ParsedUnit[partition.length];
        boolean[] cached = new boolean[partition.length];
        long wall = 0;
        int threads = 0;
        int parsed = 0;
        int shared = 0;
        int fromCache = 0;
        for (ShardPart p : parts) {
            Path file = fileOf(files, p);
            if (p.unitCount() != partition.length) {
                throw new ShardException(file, "was made from " + p.unitCount() + " units, the inputs read now have "
                        + partition.length + "; merge in a checkout of the commit the shards analysed");
            }
            for (ShardPart.Unit u : p.units()) {
                if (u.index() < 0 || u.index() >= partition.length || u.result() == null) {
                    throw new ShardException(file, "a damaged shard part (unit " + u.index() + "); run that shard again");
                }
                UnitSpec spec = inputs.units().get(u.index());
                if (!spec.name().equals(u.name()) || !keys.get(u.index()).equals(u.key())) {
                    throw new ShardException(file, "unit " + u.name() + " was parsed with other text, flags, search path"
                            + " or toolchain than " + spec.name() + " has here; merge in a checkout of the commit the"
                            + " shards analysed, with the same compiler");
                }
                if (partition[u.index()] != p.shard()) {
                    throw new ShardException(file, "holds unit " + u.name() + ", which belongs to shard "
                            + (partition[u.index()] + 1) + "/" + count + "; run every shard with one Headroom");
                }
                results[u.index()] = u.result();
                cached[u.index()] = u.cached();
            }
            AnalysisStats s = p.stats();
            if (s != null) {
                wall = Math.max(wall, s.wallMillis());
                threads = Math.max(threads, s.threads());
                parsed += s.unitsParsed();
                shared += s.unitsShared();
                fromCache += s.unitsCached();
            }
        }
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                throw new ShardException(fileOf(files, parts.get(partition[i])), "lacks unit "
                        + inputs.units().get(i).name() + " of its share; run shard " + (partition[i] + 1) + "/" + count
                        + " again");
            }
        }
        if (!fingerprint(inputs, keys).equals(parts.get(0).inputs())) {
            throw new ShardException(fileOf(files, parts.get(0)), "was made from other inputs than those read now;"
                    + " merge in a checkout of the commit the shards analysed");
        }
        return analyzer.build(inputs, setup, results, cached, new AnalysisStats(wall, threads, parsed, shared, fromCache));
    }

    /** The problems the part's units met, as {@code analyze} prints them. */
    public static List<String> problems(ShardPart part) {
        List<String> out = new ArrayList<>();
        for (ShardPart.Unit u : part.units()) {
            u.result().problems().forEach(p -> out.add(p.toString()));
        }
        return out;
    }

    private static Path fileOf(Map<Path, ShardPart> files, ShardPart part) {
        return files.entrySet().stream().filter(e -> e.getValue() == part).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Every unit's name, kind and parse key, and the workspace's name and root. */
    static String fingerprint(WorkspaceInputs inputs, List<String> keys) {
        MessageDigest digest = sha256();
        update(digest, inputs.name());
        update(digest, inputs.root().toAbsolutePath().normalize().toString());
        for (int i = 0; i < keys.size(); i++) {
            UnitSpec u = inputs.units().get(i);
            update(digest, u.kind().name());
            update(digest, u.name());
            update(digest, keys.get(i));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
