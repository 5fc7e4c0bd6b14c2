// SPDX-License-Identifier: Apache-2.0
package dev.headroom.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see the old content or the whole new content, never half of it, and a crash leaves
 * at worst a temporary file that a later write of the same file removes.
 *
 * <p>The content goes to {@code .NAME.headroom-tmp-RANDOM} in the target's folder (a rename is atomic only within
 * one file system), is forced to the disk, and is then renamed over the target. Only a missing or regular file is
 * replaced: a symbolic link, a folder, a device or a FIFO is refused, since renaming over them would replace the
 * link or device rather than write where it points. A new file gets the mode {@link Files#newOutputStream} would
 * give it (the umask's), an existing one keeps its mode. Every failure is an {@link IOException} that names the
 * target and the reason, and leaves no temporary file.
 */
public final class AtomicFiles {
    private static final String TEMP_MARK = ".headroom-tmp-";
    /** Older temporary files are left over from killed runs; younger ones may belong to a write in progress. */
    private static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private AtomicFiles() {
    }

    /** What writes the content; it may close the stream it is given, which does no harm. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the whole content.
         *
         * @param out where to write it; buffered
         * @throws IOException when the content cannot be produced or written
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} atomically; its folder must exist.
     *
     * @throws IOException naming {@code target} when the path is empty, is not a regular file, its folder is
     *                     missing, or writing fails
     */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /**
     * Writes {@code target} atomically, first creating its folder and any missing parents: for caches, whose
     * folder is the program's own.
     *
     * @throws IOException naming {@code target} when the path is empty, is not a regular file, its folder cannot
     *                     be created, or writing fails
     */
    public static void writeCreatingFolders(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    private static void write(Path target, Content content, boolean createFolders) throws IOException {
        if (target.toString().isEmpty()) {
            throw new IOException("empty path; give a file path");
        }
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        if (folder == null || !replaceable(file)) {
            throw new IOException(file + " is not a regular file; give a file path");
        }
        prepareFolder(file, folder, createFolders);
        removeStaleTempFiles(folder, file.getFileName().toString());
        Path tmp = createTemp(file, folder);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(new NonClosingOutputStream(out));
                out.flush();
                // On the disk before the rename: a crash must not leave a renamed but empty file.
                channel.force(true);
            }
            keepMode(file, tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException e) {
            throw failure(file, tmp, e);
        } finally {
            if (!moved) {
                deleteQuietly(tmp);
            }
        }
    }

    /** Whether {@code file} is missing or a regular file (not through a link). */
    private static boolean replaceable(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile();
        } catch (NoSuchFileException missing) {
            return true;
        } catch (IOException unreadable) {
            // Whatever cannot be looked at cannot be written either; the write below says why.
            return true;
        }
    }

    private static void prepareFolder(Path file, Path folder, boolean create) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(folder)) {
            throw new IOException("cannot write " + file + ": " + folder + " is not a folder");
        }
        if (!create) {
            throw new IOException("cannot write " + file + ": folder " + folder + " does not exist");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IOException("cannot create folder " + folder + ": " + reason(e), e);
        }
    }

    private static Path createTemp(Path file, Path folder) throws IOException {
        String prefix = "." + file.getFileName() + TEMP_MARK;
        for (int attempt = 0; ; attempt++) {
            Path tmp = folder.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
            // CREATE_NEW rather than createTempFile: the file gets the umask's mode (createTempFile's is 0600).
            try {
                FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                if (attempt >= 10) {
                    throw new IOException("cannot write " + file + ": no free temporary name in " + folder, taken);
                }
            } catch (NoSuchFileException | AccessDeniedException e) {
                throw new IOException("cannot write " + file + ": cannot create files in " + folder, e);
            } catch (IOException e) {
                throw failure(file, tmp, e);
            }
        }
    }

    /** A replaced file keeps its mode, as it would if it were overwritten in place. */
    private static void keepMode(Path file, Path tmp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (old == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(tmp, old.readAttributes().permissions());
        } catch (NoSuchFileException gone) {
            // the old file went meanwhile; the new one keeps the umask's mode
        }
    }

    private static void removeStaleTempFiles(Path folder, String name) {
        String prefix = "." + name + TEMP_MARK;
        FileTime cutoff = FileTime.from(Instant.now().minus(STALE_AFTER));
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder,
                p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path p : leftovers) {
                try {
                    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).compareTo(cutoff) < 0) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException e) {
                    // someone else's clean-up got there first, or it is not ours to delete
                }
            }
        } catch (IOException e) {
            // clean-up is a courtesy; the write itself reports a folder it cannot use
        }
    }

    private static IOException failure(Path file, Path tmp, IOException e) {
        String why = reason(e).replace(tmp.toString(), file.toString());
        return new IOException("cannot write " + file + ": " + why, e);
    }

    /** The reason alone: a FileSystemException's message also names the file, which may be the temporary one. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // left for the stale-file clean-up of the next write
        }
    }

}
