// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import dev.headroom.bridge.SourceLanguage;
import dev.headroom.bridge.Toolchain;
import dev.headroom.bridge.ToolchainProbe;
import dev.headroom.files.AtomicFiles;
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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiler's include folders and predefined macros, kept on disk between runs so that later runs start without
 * spawning it. An entry is keyed by the compiler binary's real path, size and time and by the question (language,
 * {@code -std=}), so an upgraded compiler is asked again. The parser bridge asks; this only remembers.
 */
final class ToolchainCache {
    private static final String FORMAT = "headroom-toolchain 1";
    private final ToolchainProbe probe;
    private final Path dir;
    private final Map<String, Optional<Toolchain>> memo = new ConcurrentHashMap<>();

    /** Caches {@code probe}'s answers in {@code dir}; a null {@code dir} keeps them in memory only. */
    ToolchainCache(ToolchainProbe probe, Path dir) {
        this.probe = probe;
        this.dir = dir;
    }

    /** The toolchain for a language and {@code -std=} (null: the compiler's default), or empty without a compiler. */
    Optional<Toolchain> toolchain(SourceLanguage language, String std) {
        return memo.computeIfAbsent(language + "|" + std,
                k -> probe.findCompiler(language).map(c -> cachedOrAsked(c, language, std)));
    }

    private Toolchain cachedOrAsked(Path compiler, SourceLanguage language, String std) {
        if (dir == null) {
            return probe.ask(compiler, language, std);
        }
        Path file = dir.resolve("toolchain-" + key(compiler, language, std) + ".txt");
        Toolchain cached = read(file);
        if (cached != null) {
            return cached;
        }
        Toolchain fresh = probe.ask(compiler, language, std);
        try {
            AtomicFiles.writeCreatingFolders(file, out -> out.write(text(fresh).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            // The cache only saves time; without it the compiler is asked again next run.
        }
        return fresh;
    }

    static String key(Path compiler, SourceLanguage language, String std) {
        String identity;
        try {
            Path real = compiler.toRealPath();
            identity = real + "|" + Files.size(real) + "|" + Files.getLastModifiedTime(real).toMillis();
        } catch (IOException e) {
            identity = compiler.toString();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((identity + "|" + language + "|" + std + "|" + FORMAT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Toolchain t) {
        StringBuilder sb = new StringBuilder(FORMAT).append('\n');
        sb.append("compiler=").append(t.compiler()).append('\n');
        sb.append("version=").append(t.version()).append('\n');
        sb.append("language=").append(t.language()).append('\n');
        sb.append("std=").append(t.std() == null ? "" : t.std()).append('\n');
        sb.append("dialect=").append(t.dialect()).append('\n');
        t.systemDirs().forEach(d -> sb.append("dir=").append(d).append('\n'));
        t.macros().forEach((k, v) -> sb.append("macro=").append(k).append('\t').append(v).append('\n'));
        return sb.toString();
    }

    private static Toolchain read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
                return null;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            List<Path> dirs = new ArrayList<>();
            Map<String, String> macros = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String k = line.substring(0, eq);
                String v = line.substring(eq + 1);
                switch (k) {
                    case "dir" -> dirs.add(Path.of(v));
                    case "macro" -> {
                        int tab = v.indexOf('\t');
                        macros.put(v.substring(0, tab), v.substring(tab + 1));
                    }
                    default -> fields.put(k, v);
                }
            }
            return new Toolchain(fields.get("compiler"), fields.get("version"),
                    SourceLanguage.valueOf(fields.get("language")),
                    fields.get("std").isEmpty() ? null : fields.get("std"), dirs, macros, fields.get("dialect"));
        } catch (IOException | RuntimeException e) {
            return null; // a damaged entry is simply asked again
        }
    }
}
