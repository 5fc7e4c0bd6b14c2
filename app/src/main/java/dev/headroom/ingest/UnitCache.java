// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.bridge.FileMounts;
import dev.headroom.bridge.FileStamp;
import dev.headroom.bridge.IncludeDirective;
import dev.headroom.bridge.IncludeOutcome;
import dev.headroom.bridge.ParseRequest;
import dev.headroom.bridge.ParsedFile;
import dev.headroom.bridge.ParsedUnit;
import dev.headroom.files.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps parsed units on disk between runs, keyed by everything that decides a parse (flags, macros, search
 * path, main text) and checked on the way out against the content (SHA-256) of every file the unit entered: any
 * change of content misses, whatever the file's size and modification time say (an edit of the same size with
 * its time put back is still seen). Hashes are remembered per process by {@link FileStamp}, which includes the
 * inode change time nobody can put back, so a header shared by many units is read once per run. An include that was not
 * found is checked too: if one of the places it was looked for now holds a file, the entry is stale.
 */
final class UnitCache {
    /** Bump when ParsedUnit's shape or the facts collected change. */
    private static final String FORMAT = "headroom-unit-cache 7";

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    UnitCache(Path dir) {
        this.dir = dir.resolve("units");
    }

    /** Why entries cannot be kept in this cache's folder, or {@code null} when they can. */
    String whyUnusable() {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, "probe", ".tmp");
            Files.delete(probe);
            return null;
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way"
                    : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                    : e.getClass().getSimpleName();
            return dir + ": " + reason;
        }
    }

    static String keyOf(ParseRequest request) {
        MessageDigest digest = sha256();
        update(digest, FORMAT);
        update(digest, request.mainFile().toString());
        update(digest, request.mainContent() == null ? "<disk>" : request.mainContent());
        update(digest, request.language().name());
        request.quoteDirs().forEach(p -> update(digest, "q" + p));
        request.includeDirs().forEach(p -> update(digest, "I" + p));
        request.systemDirs().forEach(p -> update(digest, "S" + p));
        request.forcedIncludes().forEach(p -> update(digest, "F" + p));
        request.macros().forEach((k, v) -> update(digest, k + "=" + v));
        update(digest, String.valueOf(request.collectUses()));
        return HexFormat.of().formatHex(digest.digest());
    }

    Optional<ParsedUnit> load(String key) {
        Path file = dir.resolve(key + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Entry entry = json.readValue(file.toFile(), Entry.class);
            if (!FORMAT.equals(entry.format()) || !stillValid(entry)) {
                return Optional.empty();
            }
            return Optional.of(entry.unit());
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged entry is parsed again and overwritten
        }
    }

    void store(String key, ParseRequest request, ParsedUnit unit) {
        try {
            Map<String, Stamp> stamps = new LinkedHashMap<>();
            for (ParsedFile f : unit.files()) {
                if (request.mainContent() != null && f.path().equals(unit.mainFile())) {
                    continue; // synthesized text is part of the key
                }
                stamps.put(f.path().toString(), stamp(FileMounts.path(f.path())));
            }
            Entry entry = new Entry(FORMAT, stamps, notFoundCandidates(request, unit), unit);
            AtomicFiles.writeCreatingFolders(dir.resolve(key + ".json"), out -> json.writeValue(out, entry));
        } catch (IOException | RuntimeException e) {
            // The cache only saves time; a unit that cannot be stored is parsed again next run.
        }
    }

    private boolean stillValid(Entry entry) throws IOException {
        for (Map.Entry<String, Stamp> e : entry.files().entrySet()) {
            Path p = FileMounts.path(e.getKey());
            if (!Files.isRegularFile(p)) {
                return false;
            }
            Stamp was = e.getValue();
            if (Files.size(p) != was.size() || !hash(p).equals(was.sha256())) {
                return false;
            }
        }
        for (String candidate : entry.notFound()) {
            if (Files.exists(FileMounts.path(candidate))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> notFoundCandidates(ParseRequest request, ParsedUnit unit) {
        List<String> candidates = new ArrayList<>();
        for (IncludeDirective d : unit.includes()) {
            if (d.outcome() != IncludeOutcome.NOT_FOUND) {
                continue;
            }
            String name = d.spelled().substring(1, d.spelled().length() - 1);
            List<Path> dirs = new ArrayList<>();
            if (!d.angled()) {
                if (d.includer().getParent() != null) {
                    dirs.add(d.includer().getParent());
                }
                dirs.addAll(request.quoteDirs());
            }
            dirs.addAll(request.angleSearchPath());
            dirs.forEach(dir -> candidates.add(dir.resolve(name).normalize().toString()));
        }
        return candidates;
    }

    private static Stamp stamp(Path p) throws IOException {
        return new Stamp(Files.size(p), Files.getLastModifiedTime(p).toMillis(), hash(p));
    }

    /** Content hashes of this process, valid while the file's stamp is unchanged. */
    private static final Map<Path, Hashed> HASHES = new java.util.concurrent.ConcurrentHashMap<>();

    private record Hashed(FileStamp stamp, String sha256) {
    }

    private static String hash(Path p) throws IOException {
        if (p.getFileSystem() != java.nio.file.FileSystems.getDefault()) {
            return hashContent(p); // a mounted tree's stamps say nothing about the next tree at that root
        }
        FileStamp before = FileStamp.of(p);
        Hashed known = HASHES.get(p);
        if (known != null && known.stamp().equals(before)) {
            return known.sha256();
        }
        String sha256 = hashContent(p);
        if (FileStamp.of(p).equals(before)) { // not written while it was read
            HASHES.put(p, new Hashed(before, sha256));
        }
        return sha256;
    }

    private static String hashContent(Path p) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(p), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    record Stamp(long size, long modified, String sha256) {
    }

    record Entry(String format, Map<String, Stamp> files, List<String> notFound, ParsedUnit unit) {
    }
}
