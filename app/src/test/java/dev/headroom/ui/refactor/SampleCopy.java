// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.refactor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of the bundled sample, so a test can patch it or analyse it without touching the repository. */
public final class SampleCopy {
    private SampleCopy() {
    }

    /** Skips the test where the sample's Debian headers are missing; fails instead under CI (CI=true). */
    public static void requireHeaders() {
        for (String p : java.util.List.of("/usr/include/vulkan/vulkan.h", "/usr/include/imgui/imgui.h",
                "/usr/include/imgui/backends/imgui_impl_vulkan.h")) {
            if (!Files.exists(Path.of(p))) {
                String reason = p + " is missing (apt-get install libvulkan-dev libimgui-dev)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    org.junit.jupiter.api.Assertions.fail(reason + ": CI must install it");
                }
                org.junit.jupiter.api.Assumptions.assumeTrue(false, reason);
            }
        }
    }

    /** The bundled {@code samples/vybe-sdf}, absolute. */
    public static Path sample() {
        return Path.of("..", "samples", "vybe-sdf").toAbsolutePath().normalize();
    }

    /** Copies the sample to {@code target} and returns it. */
    public static Path of(Path target) throws IOException {
        Path sample = sample();
        try (var paths = Files.walk(sample)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path to = target.resolve(sample.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
