// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What tells one version of a file from the next without reading it: size, modification time and, where the
 * file system has it, the inode change time and the file key. A tool can put the modification time back after an
 * edit of the same size ({@code touch -r}, {@code rsync -t}, a checkout); nothing short of changing the clock can
 * put the change time back, so a file whose stamp is equal has not been written.
 *
 * @param size     bytes
 * @param modified modification time in nanoseconds since the epoch
 * @param changed  inode change time in nanoseconds, or -1 where the file system does not say
 * @param key      the file key (device and inode), or {@code ""} where there is none
 */
public record FileStamp(long size, long modified, long changed, String key) {

    public static FileStamp of(Path file) throws IOException {
        return of(file, Files.readAttributes(file, BasicFileAttributes.class));
    }

    static FileStamp of(Path file, BasicFileAttributes attributes) {
        long changed = -1;
        try {
            if (Files.getAttribute(file, "unix:ctime") instanceof FileTime t) {
                changed = nanos(t);
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            // Not a Unix file system: size and modification time are all there is, and the content hash decides.
        }
        Object key = attributes.fileKey();
        return new FileStamp(attributes.size(), nanos(attributes.lastModifiedTime()), changed,
                key == null ? "" : key.toString());
    }

    private static long nanos(FileTime t) {
        return t.to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
