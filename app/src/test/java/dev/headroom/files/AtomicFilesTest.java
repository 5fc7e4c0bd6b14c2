// SPDX-License-Identifier: Apache-2.0
package dev.headroom.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The faults users met with hand-rolled atomic writes, one test each. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private static AtomicFiles.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheWholeContentAndLeavesNothingElseBehind() throws Exception {
        Path file = dir.resolve("model.json");
        AtomicFiles.write(file, text("{\"a\":1}"));
        assertEquals("{\"a\":1}", Files.readString(file));
        assertEquals(List.of("model.json"), names());
    }

    @Test
    void readersSeeTheOldContentUntilTheNewIsComplete() throws Exception {
        Path file = dir.resolve("model.json");
        Files.writeString(file, "old");
        AtomicFiles.write(file, out -> {
            out.write("new, half".getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertEquals("old", Files.readString(file), "the target is untouched while the content is written");
            out.write(" and the rest".getBytes(StandardCharsets.UTF_8));
        });
        assertEquals("new, half and the rest", Files.readString(file));
    }

    @Test
    void aFailingWriterKeepsTheOldFileAndDeletesItsTempFile() throws Exception {
        Path file = dir.resolve("model.json");
        Files.writeString(file, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk on fire");
        }));
        assertEquals("cannot write " + file + ": disk on fire", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("model.json"), names());
    }

    @Test
    void aWriterThrowingAnUncheckedExceptionAlsoLeavesNoTempFile() throws Exception {
        Path file = dir.resolve("model.json");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        }));
        assertEquals(List.of(), names());
    }

    @Test
    void aWriterClosingItsStreamAsJacksonDoesIsHarmless() throws Exception {
        Path file = dir.resolve("model.json");
        AtomicFiles.write(file, out -> {
            out.write('x');
            out.close();
        });
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aSymbolicLinkIsRefusedAndWhatItPointsToIsUntouched() throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(link, text("new")));
        assertEquals(link + " is not a regular file; give a file path", e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("keep", Files.readString(real));
        assertEquals(List.of("link.json", "real.json"), names());
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("out"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(sub, text("x")));
        assertEquals(sub + " is not a regular file; give a file path", e.getMessage());
        assertTrue(Files.isDirectory(sub));
    }

    @Test
    void aDeviceIsRefusedRatherThanReplaced() {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull), "needs /dev/null");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(devNull, text("x")));
        assertEquals("/dev/null is not a regular file; give a file path", e.getMessage());
        assertFalse(Files.isRegularFile(devNull), "still the device");
    }

    @Test
    void aFifoIsRefused() throws Exception {
        Path fifo = dir.resolve("pipe");
        try {
            assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo failed");
        } catch (IOException noMkfifo) {
            assumeTrue(false, "needs mkfifo");
        }
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(fifo, text("x")));
        assertEquals(fifo + " is not a regular file; give a file path", e.getMessage());
        assertEquals(List.of("pipe"), names());
    }

    @Test
    void anEmptyPathIsRefused() {
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(Path.of(""), text("x")));
        assertTrue(e.getMessage().startsWith("empty path"), e.getMessage());
    }

    @Test
    void aMissingFolderIsAnErrorNamingItAndIsNotCreated() {
        Path folder = dir.resolve("a/b");
        Path file = folder.resolve("model.json");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, text("x")));
        assertEquals("cannot write " + file + ": folder " + folder + " does not exist", e.getMessage());
        assertFalse(Files.exists(dir.resolve("a")));
    }

    @Test
    void aCacheWriteCreatesItsFolderWhenAskedTo() throws Exception {
        Path file = dir.resolve("cache/units/k.json");
        AtomicFiles.writeCreatingFolders(file, text("x"));
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aNewFileGetsTheModeAPlainNewOutputStreamWouldGiveIt() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX modes");
        Path plain = dir.resolve("plain");
        Files.newOutputStream(plain).close();
        Path file = dir.resolve("model.json");
        AtomicFiles.write(file, text("x"));
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ)
                || !Files.getPosixFilePermissions(plain).contains(PosixFilePermission.OTHERS_READ),
                "not createTempFile's 0600");
    }

    @Test
    void aReplacedFileKeepsItsMode() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX modes");
        Path file = Files.writeString(dir.resolve("secret.json"), "old");
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(file, ownerOnly);
        AtomicFiles.write(file, text("new"));
        assertEquals(ownerOnly, Files.getPosixFilePermissions(file));
    }

    @Test
    void staleTempFilesOfKilledRunsAreRemovedButFreshOnesAreLeft() throws Exception {
        Path stale = Files.writeString(dir.resolve(".model.json.headroom-tmp-killed"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path fresh = Files.writeString(dir.resolve(".model.json.headroom-tmp-running"), "half");
        Path other = Files.writeString(dir.resolve(".other.json.headroom-tmp-killed"), "half");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        AtomicFiles.write(dir.resolve("model.json"), text("x"));
        assertTrue(Files.exists(fresh), "a younger temp file may be another run's write in progress");
        assertEquals(List.of(".model.json.headroom-tmp-running", ".other.json.headroom-tmp-killed", "model.json"),
                names());
    }

    @Test
    void anIoErrorNamesTheTargetAndTheReasonNotTheTempFile() {
        Path file = Path.of("/proc/headroom.json");
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, text("x")));
        assertTrue(e.getMessage().startsWith("cannot write /proc/headroom.json: "), e.getMessage());
        assertFalse(e.getMessage().contains("headroom-tmp"), e.getMessage());
    }

    @Test
    void aWriteErrorFromTheFileSystemNamesTheTargetNotTheTempFile() throws Exception {
        Path file = dir.resolve("model.json");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            // What a full disk reports, naming the file being written: the temporary one.
            String tmp = firstTempFile();
            throw new java.nio.file.FileSystemException(tmp, null, "No space left on device");
        }));
        assertEquals("cannot write " + file + ": No space left on device", e.getMessage());
    }

    private String firstTempFile() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().contains(".headroom-tmp-")).findFirst().orElseThrow()
                    .toString();
        }
    }
}
