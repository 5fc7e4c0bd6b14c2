// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.files.AtomicFiles;
import dev.headroom.model.Problem;
import dev.headroom.refactor.Patch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes patches into a folder the user chose, each atomically, and never into the analysed tree: a folder inside it
 * or one that cannot be written is refused before anything is written.
 */
public final class PatchExport {
    private PatchExport() {
    }

    /**
     * Writes {@code patches} into {@code folder}, creating it if needed.
     *
     * @param analysedRoot the root of the analysed tree, which must not contain {@code folder}
     * @return the files written, in order
     * @throws SessionException when the folder lies in the analysed tree or cannot be written; nothing is written then
     */
    public static List<Path> write(Path folder, Path analysedRoot, List<Patch> patches) throws SessionException {
        Path dir = check(folder, analysedRoot);
        List<Path> written = new ArrayList<>();
        try {
            for (Patch patch : patches) {
                Path target = dir.resolve(patch.fileName());
                AtomicFiles.write(target, out -> out.write(patch.text().getBytes(StandardCharsets.UTF_8)));
                written.add(target);
            }
        } catch (IOException e) {
            throw refused(dir, "could not be written: " + e.getMessage());
        }
        return written;
    }

    /**
     * Checks, before any work, that patches may go into {@code folder}: outside the analysed tree, and a folder that
     * exists or can be created and can be written.
     *
     * @return the folder, absolute
     */
    public static Path check(Path folder, Path analysedRoot) throws SessionException {
        Path dir = folder.toAbsolutePath().normalize();
        Path root = analysedRoot.toAbsolutePath().normalize();
        if (dir.startsWith(root) || real(dir).startsWith(real(root))) {
            throw refused(dir, "is inside the analysed tree " + root + "; patches go elsewhere, so the tree stays as"
                    + " analysed");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw refused(dir, "cannot be created: " + e.getMessage());
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw refused(dir, "is not a writable folder");
        }
        return dir;
    }

    /**
     * The path with symbolic links resolved as far as it exists, so a link into the tree is seen for what it is; the
     * part that does not exist yet is appended as written.
     */
    private static Path real(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path).toString()).normalize();
        } catch (IOException e) {
            return path;
        }
    }

    private static SessionException refused(Path dir, String why) {
        return new SessionException(new Problem(dir.toString(), 0, "output folder " + dir + " " + why,
                Problem.Source.INPUT));
    }
}
