// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Files as a what-if would have them: absolute path to replacement text, shown to clang through a virtual file
 * system overlay ({@code -ivfsoverlay}) so the analysed tree is never written.
 *
 * <p>{@link #writeTo} writes the replacement files and clang's overlay YAML (format version 0) into a folder the
 * caller owns. The overlay uses {@code 'use-external-names': false}, so clang keeps the original path of an
 * overlaid file: quoted includes in a replaced file still resolve beside the original, as they would in the edited
 * tree. An emptied header is the header replaced by an empty text.
 */
public final class FileOverlay {
    private final Map<Path, String> replacements;

    private FileOverlay(Map<Path, String> replacements) {
        this.replacements = replacements;
    }

    /**
     * An overlay that replaces the given files.
     *
     * @param replacements absolute path of each file to replace, to its replacement text; at least one
     * @throws IllegalArgumentException when empty or a path is relative
     */
    public static FileOverlay of(Map<Path, String> replacements) {
        if (replacements.isEmpty()) {
            throw new IllegalArgumentException("an overlay replaces at least one file");
        }
        Map<Path, String> sorted = new TreeMap<>();
        replacements.forEach((path, text) -> {
            Objects.requireNonNull(text, "text");
            if (!path.isAbsolute()) {
                throw new IllegalArgumentException("overlaid paths are absolute: " + path);
            }
            sorted.put(path.normalize(), text);
        });
        return new FileOverlay(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sorted)));
    }

    /** The overlay that makes each of {@code headers} an empty file. */
    public static FileOverlay emptying(Path... headers) {
        Map<Path, String> empty = new LinkedHashMap<>();
        for (Path header : headers) {
            empty.put(header.toAbsolutePath(), "");
        }
        return of(empty);
    }

    /** Replaced files, by absolute path, in path order. */
    public Map<Path, String> replacements() {
        return replacements;
    }

    /** SHA-256 of every replaced path and its text: equal overlays have equal digests. */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            replacements.forEach((path, text) -> {
                sha.update(path.toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(text.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the replacement files and the overlay YAML into {@code folder} (which must exist and belong to the
     * caller) and returns the YAML's path, for {@code -ivfsoverlay}.
     */
    public Path writeTo(Path folder) throws IOException {
        Map<Path, List<String>> byDirectory = new TreeMap<>();
        int index = 0;
        for (Map.Entry<Path, String> e : replacements.entrySet()) {
            Path external = folder.resolve("file" + index++ + suffix(e.getKey()));
            Files.writeString(external, e.getValue(), StandardCharsets.UTF_8);
            byDirectory.computeIfAbsent(e.getKey().getParent(), d -> new ArrayList<>())
                    .add("{ 'type': 'file', 'name': " + quoted(e.getKey().getFileName().toString())
                            + ", 'external-contents': " + quoted(external.toAbsolutePath().toString()) + " }");
        }
        StringBuilder yaml = new StringBuilder(
                "{ 'version': 0, 'case-sensitive': 'true', 'use-external-names': false,\n  'roots': [\n");
        List<String> roots = new ArrayList<>();
        byDirectory.forEach((dir, files) -> roots.add("    { 'type': 'directory', 'name': " + quoted(dir.toString())
                + ", 'contents': [\n      " + String.join(",\n      ", files) + " ] }"));
        yaml.append(String.join(",\n", roots)).append("\n  ] }\n");
        return Files.writeString(folder.resolve("overlay.yaml"), yaml, StandardCharsets.UTF_8);
    }

    private static String suffix(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? ".h" : name.substring(dot);
    }

    /** A YAML single-quoted scalar: a quote inside is written twice. */
    private static String quoted(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileOverlay other && replacements.equals(other.replacements);
    }

    @Override
    public int hashCode() {
        return replacements.hashCode();
    }

    @Override
    public String toString() {
        return "FileOverlay" + replacements.keySet();
    }
}
