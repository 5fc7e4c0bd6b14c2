// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * clang's figures for whole units, kept under the cache folder ({@code clang-units/}, never in the analysed tree) so
 * that every later analysis of the same workspace knows them: the measurements a workspace correction is fitted to.
 *
 * <p>An entry's key is SHA-256 of the flags, the main file's path and content and the path and content of every
 * file the unit enters, so a unit whose main file or any header changed has a new key: its old figure is never
 * found again, never used, and a stale measurement cannot correct anything. The clang version is stored in the
 * entry, not the key, so an analysis that runs no clang can still read the figures. Entries are written atomically.
 * Keying a unit reads every file it enters once.
 */
public final class UnitFigureStore {
    private static final String FORMAT = "headroom-unit-figures 1";

    private final Path folder;

    /** A store in {@code clang-units/} under {@code cacheDir}. */
    public UnitFigureStore(Path cacheDir) {
        this.folder = Objects.requireNonNull(cacheDir, "cacheDir").resolve("clang-units");
    }

    /**
     * What clang measured for one unit's content.
     *
     * @param astBytes     ASTContext bytes used
     * @param peakBytes    peak memory above an empty unit, or -1 when the run that measured it did not say
     * @param millis       wall time of the run
     * @param clangVersion the clang that measured
     */
    public record Entry(long astBytes, long peakBytes, long millis, String clangVersion) {
        public Entry {
            Objects.requireNonNull(clangVersion, "clangVersion");
            if (astBytes < 0 || millis < 0 || peakBytes < -1) {
                throw new IllegalArgumentException("negative figure");
            }
        }
    }

    /**
     * The key of a unit as it is on disk now.
     *
     * @param inputs every file the unit enters; a missing one keys as missing
     * @throws IOException when a file cannot be read
     */
    public static String key(List<String> flags, Path mainFile, List<Path> inputs) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ContentDigest.text(sha, FORMAT);
            flags.forEach(f -> ContentDigest.text(sha, "flag " + f));
            ContentDigest.text(sha, "main " + mainFile.toAbsolutePath().normalize());
            ContentDigest.file(sha, mainFile);
            for (Path input : inputs) {
                ContentDigest.text(sha, "input " + input.toAbsolutePath().normalize());
                ContentDigest.file(sha, input);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The figures stored under {@code key}; empty when none are, or the entry is damaged. */
    public Optional<Entry> read(String key) {
        try {
            return FigureRecord.read(folder.resolve(key + ".txt"), FORMAT, 4).map(v -> new Entry(Long.parseLong(v.get(0)),
                    Long.parseLong(v.get(1)), Long.parseLong(v.get(2)), v.get(3)));
        } catch (NumberFormatException e) {
            return Optional.empty(); // a damaged entry is as good as none: the unit is measured again
        }
    }

    /**
     * Keeps {@code entry} under {@code key}, atomically.
     *
     * @throws IOException when the cache folder cannot be written
     */
    public void write(String key, Entry entry) throws IOException {
        FigureRecord.write(folder.resolve(key + ".txt"), FORMAT, entry.astBytes(), entry.peakBytes(), entry.millis(),
                entry.clangVersion());
    }
}
