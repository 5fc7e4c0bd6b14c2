// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;

/** Tests that run the real clang 14 skip where it or the headers are absent, but fail under CI (CI=true). */
final class ClangEnvironment {

    static final String CLANG = "/usr/bin/clang++";
    static final String VULKAN = "/usr/include/vulkan/vulkan.h";
    static final String IMGUI = "/usr/include/imgui/imgui.h";

    private ClangEnvironment() {
    }

    /** Skips (or under CI fails) the calling test unless every one of {@code files} exists. */
    static void require(String... files) {
        for (String file : files) {
            if (!Files.exists(Path.of(file))) {
                String reason = file + " is missing; install clang-14, libvulkan-dev and libimgui-dev";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    fail(reason + " (CI=true, so this is a failure, not a skip)");
                }
                abort(reason);
            }
        }
    }
}
