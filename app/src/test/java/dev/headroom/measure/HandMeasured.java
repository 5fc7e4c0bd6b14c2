// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a person measures by hand: copies a folder of headers, edits the copy, runs clang on it and reads the AST
 * Context section's {@code Bytes used:} off its output. Independent of {@link PrintStatsParser} and of overlays.
 */
public final class HandMeasured {
    private static final Pattern AST_BYTES = Pattern.compile(
            "\\*\\*\\* AST Context Stats:.*?^Bytes used: (\\d+)$", Pattern.DOTALL | Pattern.MULTILINE);

    private HandMeasured() {
    }

    /** Skips (or under CI fails) unless clang, GNU time, and the Vulkan and ImGui headers are installed. */
    public static void requireClangAndHeaders() {
        ClangEnvironment.require(ClangEnvironment.CLANG, "/usr/bin/time", ClangEnvironment.VULKAN,
                ClangEnvironment.IMGUI, "/usr/include/imgui/backends/imgui_impl_vulkan.h");
    }

    /**
     * Skips (or under CI fails) unless every one of {@code files} exists, naming the Debian packages that bring
     * them ({@code packages}).
     */
    public static void requireInstalled(String packages, String... files) {
        for (String file : files) {
            if (!java.nio.file.Files.exists(Path.of(file))) {
                String reason = file + " is missing (apt-get install " + packages + ")";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    org.junit.jupiter.api.Assertions.fail(reason + "; CI=true, so this is a failure, not a skip");
                }
                org.junit.jupiter.api.Assumptions.abort(reason);
            }
        }
    }

    /** {@code clang++ FLAGS -ferror-limit=0 -Wno-everything -fsyntax-only -Xclang -print-stats UNIT}'s AST bytes. */
    public static long astBytes(Path unit, List<String> flags) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/clang++"));
        cmd.addAll(flags);
        cmd.addAll(List.of("-ferror-limit=0", "-Wno-everything", "-fsyntax-only", "-Xclang", "-print-stats",
                unit.toString()));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = AST_BYTES.matcher(stderr);
        assertTrue(m.find(), "clang printed no AST Context statistics: " + stderr.lines().limit(5).toList());
        return Long.parseLong(m.group(1));
    }

    /** Copies the folder {@code from} to {@code to}, every file. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
