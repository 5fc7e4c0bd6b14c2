// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Finds a C/C++ compiler on PATH and asks it once for its include search path ({@code -E -v}) and predefined
 * macros ({@code -dM -E}). Answers are cached on disk keyed by the compiler binary's path, size and time
 * and the question, so later runs start without spawning it.
 *
 * <p>clang++ is preferred: Headroom's cost model is calibrated against clang, and asking clang makes CDT
 * take the same {@code #if} branches clang takes. {@code $CXX} (or {@code $CC} for C) overrides the choice.
 */
public final class ToolchainProbe {
    private static final String CACHE_FORMAT = "headroom-toolchain 2";
    private final Path cacheDir;
    private final Map<String, String> env;
    private final Map<String, Optional<Toolchain>> memo = new ConcurrentHashMap<>();

    public ToolchainProbe(Path cacheDir) {
        this(cacheDir, System.getenv());
    }

    ToolchainProbe(Path cacheDir, Map<String, String> env) {
        this.cacheDir = cacheDir;
        this.env = env;
    }

    /** The default cache folder: {@code $XDG_CACHE_HOME/headroom} or {@code ~/.cache/headroom}. */
    public static Path defaultCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("headroom");
    }

    /** The toolchain for a language and {@code -std=} (null: the compiler's default), or empty when no compiler is found. */
    public Optional<Toolchain> probe(SourceLanguage language, String std) {
        return memo.computeIfAbsent(language + "|" + std, k -> findCompiler(language).map(c -> probeWithCache(c, language, std)));
    }

    /** A compiler of the given name on PATH, if there is one. */
    public Optional<Path> findCompilerNamed(String name) {
        return searchPath(List.of(name));
    }

    /** The compiler this probe would ask, if any. */
    public Optional<Path> findCompiler(SourceLanguage language) {
        String override = env.get(language == SourceLanguage.C ? "CC" : "CXX");
        List<String> names = new ArrayList<>();
        if (override != null && !override.isBlank()) {
            names.add(override.trim());
        }
        names.addAll(language == SourceLanguage.C ? List.of("clang", "cc", "gcc") : List.of("clang++", "c++", "g++"));
        return searchPath(names);
    }

    private Optional<Path> searchPath(List<String> names) {
        String path = env.getOrDefault("PATH", "");
        for (String name : names) {
            if (name.contains("/")) {
                Path p = Path.of(name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
                continue;
            }
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private Toolchain probeWithCache(Path compiler, SourceLanguage language, String std) {
        String key = cacheKey(compiler, language, std);
        Path cacheFile = cacheDir.resolve("toolchain-" + key + ".txt");
        Toolchain cached = readCache(cacheFile);
        if (cached != null) {
            return cached;
        }
        Toolchain fresh = ask(compiler, language, std);
        writeCache(cacheFile, fresh);
        return fresh;
    }

    private static String cacheKey(Path compiler, SourceLanguage language, String std) {
        String identity;
        try {
            Path real = compiler.toRealPath();
            identity = real + "|" + Files.size(real) + "|" + Files.getLastModifiedTime(real).toMillis();
        } catch (IOException e) {
            identity = compiler.toString();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((identity + "|" + language + "|" + std + "|" + CACHE_FORMAT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Toolchain ask(Path compiler, SourceLanguage language, String std) {
        List<String> base = new ArrayList<>(List.of(compiler.toString(), "-x", language.compilerName()));
        if (std != null) {
            base.add("-std=" + std);
        }
        List<String> verbose = new ArrayList<>(base);
        verbose.addAll(List.of("-E", "-v", "-"));
        List<String> defines = new ArrayList<>(base);
        defines.addAll(List.of("-dM", "-E", "-"));
        String searchOutput = run(verbose);
        String macroOutput = run(defines);
        String version = run(List.of(compiler.toString(), "--version")).lines().findFirst().orElse("unknown");
        Map<String, String> macros = CompilerOutput.parseMacros(macroOutput);
        ParserPredefines.Adjusted forCdt = ParserPredefines.forCdt(language, macros);
        return new Toolchain(compiler.toString(), version, language, std,
                CompilerOutput.parseSearchPath(searchOutput), forCdt.macros(),
                CompilerOutput.dialect(language, macros) + forCdt.dialectNote());
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(nullDevice())))
                    .start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 60 s");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + command.get(0), e);
        }
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null";
    }

    private static Toolchain readCache(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(CACHE_FORMAT)) {
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
            return null; // a damaged cache entry is simply asked again
        }
    }

    private static void writeCache(Path file, Toolchain t) {
        StringBuilder sb = new StringBuilder(CACHE_FORMAT).append('\n');
        sb.append("compiler=").append(t.compiler()).append('\n');
        sb.append("version=").append(t.version()).append('\n');
        sb.append("language=").append(t.language()).append('\n');
        sb.append("std=").append(t.std() == null ? "" : t.std()).append('\n');
        sb.append("dialect=").append(t.dialect()).append('\n');
        t.systemDirs().forEach(d -> sb.append("dir=").append(d).append('\n'));
        t.macros().forEach((k, v) -> sb.append("macro=").append(k).append('\t').append(v).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "toolchain", ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // The cache only saves time; without it the compiler is asked again next run.
        }
    }
}
