// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Gate for tests that need things from the machine (system headers, a compiler). They skip with a reason
 * where the thing is missing, and fail under CI ({@code CI=true}), where .ci/run installs everything.
 */
final class Environment {
    private static final ToolchainProbe PROBE = new ToolchainProbe();

    private Environment() {
    }

    static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static void require(boolean present, String what) {
        if (present) {
            return;
        }
        String reason = what + " is missing (apt-get install libvulkan-dev libimgui-dev clang)";
        if (underCi()) {
            fail(reason + ": CI must install it");
        }
        assumeTrue(false, reason);
    }

    static void requireFile(String path) {
        require(Files.isRegularFile(Path.of(path)), path);
    }

    static Toolchain toolchain(SourceLanguage language, String std) {
        Optional<Toolchain> toolchain = PROBE.probe(language, std);
        require(toolchain.isPresent(), "a C/C++ compiler on PATH");
        return toolchain.orElseThrow();
    }

    static Path clang() {
        Optional<Path> clang = PROBE.findCompilerNamed("clang++");
        require(clang.isPresent(), "clang++");
        return clang.orElseThrow();
    }
}
