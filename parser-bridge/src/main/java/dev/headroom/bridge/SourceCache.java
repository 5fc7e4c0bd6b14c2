// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads each file once per analysis and shares its text between every translation unit that includes it.
 * Thread-safe: units are parsed in parallel. Files that cannot be read are remembered with the reason, so
 * an include of them can say why it failed.
 */
public final class SourceCache {
    /**
     * Texts of earlier analyses in this process, checked by size and modification time before reuse: a warm
     * process (the explorer re-analysing, a benchmark) then neither reads nor lexes an unchanged header again.
     * Soft references let the collector take them back under memory pressure.
     */
    private static final Map<String, SoftReference<Stamped>> EARLIER = new ConcurrentHashMap<>();

    /**
     * Files larger than this are refused rather than read: a generated header of 50 MB costs CDT about a minute and
     * 5 GB, and clang's own AST for it would not fit a JIT's budget either. {@code -Dheadroom.maxFileMB=N} raises it.
     */
    static final long MAX_FILE_BYTES = Long.getLong("headroom.maxFileMB", 32) * 1024 * 1024;

    private final Map<String, SourceText> texts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> exists = new ConcurrentHashMap<>();
    private final Map<String, String> unreadable = new ConcurrentHashMap<>();

    /** The text of {@code path}, or {@code null} when it cannot be read (see {@link #whyUnreadable}). */
    SourceText read(String path) {
        SourceText cached = texts.get(path);
        if (cached != null || unreadable.containsKey(path)) {
            return cached;
        }
        try {
            Path file = FileMounts.path(path);
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            String refusal = refusal(attributes);
            if (refusal != null) {
                unreadable.put(path, refusal);
                return null;
            }
            FileStamp stamp = FileStamp.of(file, attributes);
            // A mounted tree is gone after its compare, and its stamps say nothing about a later tree at that root.
            boolean onDisk = file.getFileSystem() == java.nio.file.FileSystems.getDefault();
            SoftReference<Stamped> earlierRef = onDisk ? EARLIER.get(path) : null;
            Stamped earlier = earlierRef == null ? null : earlierRef.get();
            SourceText text;
            if (earlier != null && earlier.stamp().equals(stamp)) {
                text = earlier.text();
            } else {
                byte[] bytes = readAtMost(file, MAX_FILE_BYTES);
                if (bytes == null) {
                    unreadable.put(path, tooLarge(MAX_FILE_BYTES + 1));
                    return null;
                }
                SourceDecoder.Decoded decoded;
                try {
                    decoded = SourceDecoder.decode(bytes);
                } catch (SourceDecoder.Refusal r) {
                    unreadable.put(path, r.getMessage());
                    return null;
                }
                // Malformed UTF-8 is replaced rather than fatal: old headers in Latin-1 still parse.
                text = new SourceText(decoded.chars(), bytes.length, decoded.notes());
                if (onDisk) {
                    EARLIER.put(path, new SoftReference<>(new Stamped(stamp, text)));
                }
            }
            SourceText raced = texts.putIfAbsent(path, text);
            return raced != null ? raced : text;
        } catch (IOException | SecurityException | java.nio.file.InvalidPathException e) {
            unreadable.put(path, "cannot read: " + describe(e));
            return null;
        }
    }

    /** Text given in memory rather than on disk (a synthesized main file). */
    SourceText synthesized(String content) {
        char[] chars = content.toCharArray();
        return new SourceText(chars, content.getBytes(StandardCharsets.UTF_8).length);
    }

    boolean exists(String path) {
        return exists.computeIfAbsent(path, p -> {
            try {
                return Files.isRegularFile(FileMounts.path(p));
            } catch (java.nio.file.InvalidPathException e) {
                return false;
            }
        });
    }

    /** Why {@code path} could not be read, or {@code null} if it could. */
    String whyUnreadable(String path) {
        return unreadable.get(path);
    }

    private record Stamped(FileStamp stamp, SourceText text) {
    }

    /** Why a file of these attributes is not read at all, or {@code null}. */
    private static String refusal(BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "is a folder, not a file";
        }
        if (!attributes.isRegularFile()) {
            // /dev/zero or /dev/urandom never end and a FIFO blocks until a writer comes: neither is a header.
            return "not a regular file (a device, FIFO or socket); headers must be plain files";
        }
        if (attributes.size() > MAX_FILE_BYTES) {
            return tooLarge(attributes.size());
        }
        return null;
    }

    private static String tooLarge(long size) {
        return "file too large (" + (size >> 20) + " MB, over the " + (MAX_FILE_BYTES >> 20)
                + " MB a file may have); leave it out or raise the limit with HEADROOM_JAVA_OPTS=-Dheadroom.maxFileMB=N";
    }

    /** The file's bytes, or {@code null} when it holds more than {@code limit} (it grew since it was stat'ed). */
    private static byte[] readAtMost(Path file, long limit) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 16));
            return in.read() < 0 ? bytes : null;
        }
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
