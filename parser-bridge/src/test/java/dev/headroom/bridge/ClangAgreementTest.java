// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What CDT sees agrees with what clang itself reports for the same unit and flags. */
class ClangAgreementTest {
    @TempDir
    Path dir;

    private final TranslationUnitParser parser = new TranslationUnitParser();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<vector>|<string>|<cmath>|<unordered_map>",
            "<vulkan/vulkan.h>",
            "<imgui.h>",
            "<vulkan/vulkan.h>|<imgui.h>|<imgui_impl_vulkan.h>|<memory>|<functional>|<optional>"})
    void filesEnteredMatchClangDashH(String includes) throws Exception {
        Path clang = Environment.clang();
        Environment.requireFile("/usr/include/vulkan/vulkan.h");
        Environment.requireFile("/usr/include/imgui/imgui.h");
        List<Path> extra = List.of(Path.of("/usr/include/imgui"), Path.of("/usr/include/imgui/backends"));
        Path main = dir.resolve("main.cpp");
        Files.writeString(main, java.util.Arrays.stream(includes.split("\\|"))
                .map(i -> "#include " + i + "\n").collect(Collectors.joining()));

        ParsedUnit unit = parser.parse(Requests.cxx(main, List.of(), extra), CancelSignal.NEVER);
        Set<String> ours = unit.files().stream().skip(1).map(f -> f.path().toString())
                .collect(Collectors.toCollection(TreeSet::new));

        List<String> command = new ArrayList<>(List.of(clang.toString(), "-std=c++17", "-fsyntax-only", "-H"));
        extra.forEach(d -> command.addAll(List.of("-isystem", d.toString())));
        command.add(main.toString());
        Set<String> clangs = headersListedByDashH(run(command));

        assertEquals(clangs, ours);
    }

    @Test
    void enumeratorCountOfVulkanCoreMatchesClangAstDump() throws Exception {
        Path clang = Environment.clang();
        Environment.requireFile("/usr/include/vulkan/vulkan_core.h");
        Path main = dir.resolve("main.cpp");
        Files.writeString(main, "#include <vulkan/vulkan_core.h>\n");
        ParsedUnit unit = parser.parse(Requests.cxx(main, List.of(), List.of()), CancelSignal.NEVER);
        int ours = unit.files().stream().mapToInt(f -> f.declarations(DeclarationKind.ENUMERATOR)).sum();

        String dump = run(List.of(clang.toString(), "-std=c++17", "-fsyntax-only", "-Xclang", "-ast-dump",
                "-fno-color-diagnostics", main.toString()));
        long clangs = dump.lines().filter(l -> l.contains("EnumConstantDecl")).count();

        assertEquals(clangs, ours);
    }

    static Set<String> headersListedByDashH(String stderr) {
        Set<String> files = new TreeSet<>();
        for (String line : stderr.lines().toList()) {
            if (line.startsWith("Multiple include guards may be useful for")) {
                break;
            }
            int i = 0;
            while (i < line.length() && line.charAt(i) == '.') {
                i++;
            }
            if (i > 0 && i < line.length() && line.charAt(i) == ' ') {
                files.add(Path.of(line.substring(i + 1).trim()).toAbsolutePath().normalize().toString());
            }
        }
        return files;
    }

    static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor(120, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), () -> String.join(" ", command) + " failed:\n" + new String(out, StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8);
    }
}
