// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.headroom.bridge.SourceLanguage;
import dev.headroom.bridge.Toolchain;
import dev.headroom.bridge.ToolchainProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiler's answers kept between runs, against a stand-in compiler that counts how often it is asked. */
class ToolchainCacheTest {
    @TempDir
    Path tmp;
    Path bin;
    Path calls;
    Path cache;

    @BeforeEach
    void standInCompiler() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        bin = Files.createDirectory(tmp.resolve("bin"));
        calls = tmp.resolve("calls");
        cache = tmp.resolve("cache/headroom");
        compiler("1.0");
    }

    private void compiler(String version) throws IOException {
        Path cxx = bin.resolve("clang++");
        Files.writeString(cxx, """
                #!/bin/sh
                echo "$*" >> '%s'
                case "$*" in
                  *--version*) echo "stand-in clang version %s" ;;
                  *-dM*) printf '#define __GNUC__ 4\\n#define __cplusplus 201703L\\n' ;;
                  *) printf '#include <...> search starts here:\\n /usr/include\\nEnd of search list.\\n' ;;
                esac
                """.formatted(calls, version));
        Files.setPosixFilePermissions(cxx, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private ToolchainCache fresh(Path dir) {
        return new ToolchainCache(new ToolchainProbe(Map.of("PATH", bin.toString())), dir);
    }

    private int asked() throws IOException {
        return Files.exists(calls) ? Files.readAllLines(calls).size() : 0;
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.toList();
        }
    }

    @Test
    void anAnswerIsWrittenOnceAndReadBackUnchangedWithoutAskingAgain() throws Exception {
        Toolchain first = fresh(cache).toolchain(SourceLanguage.CXX, "c++17").orElseThrow();
        int askedOnce = asked();
        assertTrue(askedOnce > 0, "the compiler was asked");
        assertEquals(List.of(Path.of("/usr/include")), first.systemDirs());
        assertEquals(1, entries().size(), "one cache entry, in a folder created for it");
        Toolchain again = fresh(cache).toolchain(SourceLanguage.CXX, "c++17").orElseThrow();
        assertEquals(first, again);
        assertEquals(askedOnce, asked(), "a later run reads the entry instead");
    }

    @Test
    void aChangedCompilerBinaryIsAskedAgain() throws Exception {
        assertTrue(fresh(cache).toolchain(SourceLanguage.CXX, null).isPresent());
        int before = asked();
        compiler("2.0.0-upgraded");
        Toolchain upgraded = fresh(cache).toolchain(SourceLanguage.CXX, null).orElseThrow();
        assertTrue(asked() > before);
        assertEquals("stand-in clang version 2.0.0-upgraded", upgraded.version());
    }

    @Test
    void aDamagedEntryIsAskedAgainAndRewritten() throws Exception {
        Toolchain first = fresh(cache).toolchain(SourceLanguage.CXX, null).orElseThrow();
        Path entry = entries().get(0);
        Files.writeString(entry, "headroom-toolchain 1\ngarbage");
        int before = asked();
        assertEquals(first, fresh(cache).toolchain(SourceLanguage.CXX, null).orElseThrow());
        assertTrue(asked() > before);
        assertEquals(first, fresh(cache).toolchain(SourceLanguage.CXX, null).orElseThrow());
        assertEquals(List.of(entry), entries(), "rewritten in place, no temporary files left");
    }

    @Test
    void withoutACacheFolderEveryRunAsks() throws Exception {
        assertTrue(fresh(null).toolchain(SourceLanguage.CXX, null).isPresent());
        int once = asked();
        assertTrue(fresh(null).toolchain(SourceLanguage.CXX, null).isPresent());
        assertEquals(2 * once, asked());
        assertTrue(Files.notExists(cache));
    }

    @Test
    void oneCacheAsksOncePerQuestion() throws Exception {
        ToolchainCache toolchains = fresh(null);
        toolchains.toolchain(SourceLanguage.CXX, "c++17");
        int once = asked();
        toolchains.toolchain(SourceLanguage.CXX, "c++17");
        assertEquals(once, asked());
    }
}
