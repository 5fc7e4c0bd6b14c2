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
            Path file = Path.of(path);
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            long modified = attributes.lastModifiedTime().toMillis();
            SoftReference<Stamped> earlierRef = EARLIER.get(path);
            Stamped earlier = earlierRef == null ? null : earlierRef.get();
            SourceText text;
            if (earlier != null && earlier.size() == attributes.size() && earlier.modified() == modified) {
                text = earlier.text();
            } else {
                byte[] bytes = Files.readAllBytes(file);
                if (looksBinary(bytes)) {
                    unreadable.put(path, "binary file (NUL bytes), not C/C++ text");
                    return null;
                }
                // Malformed UTF-8 is replaced rather than fatal: old headers in Latin-1 still parse.
                text = new SourceText(new String(bytes, StandardCharsets.UTF_8).toCharArray(), bytes.length);
                EARLIER.put(path, new SoftReference<>(new Stamped(bytes.length, modified, text)));
            }
            SourceText raced = texts.putIfAbsent(path, text);
            return raced != null ? raced : text;
        } catch (IOException | SecurityException e) {
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
        return exists.computeIfAbsent(path, p -> Files.isRegularFile(Path.of(p)));
    }

    /** Why {@code path} could not be read, or {@code null} if it could. */
    String whyUnreadable(String path) {
        return unreadable.get(path);
    }

    private record Stamped(long size, long modified, SourceText text) {
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
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
