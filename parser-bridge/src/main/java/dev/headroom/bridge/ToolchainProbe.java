// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Finds a C/C++ compiler on PATH and asks it once for its include search path ({@code -E -v}) and predefined
 * macros ({@code -dM -E}), and remembers the answers for as long as it lives. Keeping them between runs is the
 * caller's business (Headroom's ingest caches them on disk), not the parser's.
 *
 * <p>clang++ is preferred: Headroom's cost model is calibrated against clang, and asking clang makes CDT
 * take the same {@code #if} branches clang takes. {@code $CXX} (or {@code $CC} for C) overrides the choice.
 */
public final class ToolchainProbe {
    private final Map<String, String> env;
    private final Map<String, Optional<Toolchain>> memo = new ConcurrentHashMap<>();

    /** A probe that looks for compilers on this process's {@code PATH}, honouring {@code $CXX} and {@code $CC}. */
    public ToolchainProbe() {
        this(System.getenv());
    }

    /** A probe that looks for compilers on {@code env}'s {@code PATH}, honouring its {@code CXX} and {@code CC}. */
    public ToolchainProbe(Map<String, String> env) {
        this.env = env;
    }

    /** The toolchain for a language and {@code -std=} (null: the compiler's default), or empty when no compiler is found. */
    public Optional<Toolchain> probe(SourceLanguage language, String std) {
        return memo.computeIfAbsent(language + "|" + std, k -> findCompiler(language).map(c -> ask(c, language, std)));
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

    /**
     * Asks {@code compiler} for its search path and macros for a language and {@code -std=} (null: its default),
     * starting it three times; {@link #probe} remembers the answer, this does not.
     *
     * @throws IllegalStateException when the compiler cannot be run or does not finish in 60 s
     */
    public Toolchain ask(Path compiler, SourceLanguage language, String std) {
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
}
