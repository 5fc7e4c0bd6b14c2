// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeTraceRunnerTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    private static HeaderTime headerEndingWith(TimeTrace trace, String suffix) {
        return trace.headers().stream().filter(h -> h.path().endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no header ending with " + suffix + " in " + trace.headers()));
    }

    @Test
    void realVulkanAndImguiTraceHasSensibleHeaderTimes() throws Exception {
        ClangEnvironment.require(ClangEnvironment.CLANG, ClangEnvironment.VULKAN, ClangEnvironment.IMGUI);
        Path unit = Files.writeString(dir.resolve("unit.cpp"),
                "#include <vulkan/vulkan.h>\n#include <imgui.h>\nint main() { return 0; }\n");

        TimeTrace trace = new TimeTraceRunner(ClangEnvironment.CLANG, TIMEOUT)
                .run(unit, List.of("-isystem", "/usr/include/imgui"));

        HeaderTime vulkanCore = headerEndingWith(trace, "/vulkan/vulkan_core.h");
        HeaderTime vulkan = headerEndingWith(trace, "/vulkan/vulkan.h");
        HeaderTime imgui = headerEndingWith(trace, "/imgui/imgui.h");
        assertTrue(vulkanCore.selfMicros() > 0, vulkanCore::toString);
        assertTrue(vulkan.inclusiveMicros() >= vulkanCore.inclusiveMicros(), "vulkan.h encloses vulkan_core.h");
        assertTrue(vulkan.selfMicros() < vulkan.inclusiveMicros(), "vulkan.h's own includes are not its self time");
        assertEquals(1, imgui.entries());
        for (HeaderTime header : trace.headers()) {
            assertTrue(header.selfMicros() <= header.inclusiveMicros(), header::toString);
        }
        assertEquals(vulkan.inclusiveMicros() + imgui.inclusiveMicros(), trace.topLevelSourceMicros(),
                "the unit includes exactly these two headers");
        assertTrue(trace.topLevelSourceMicros() <= trace.frontendMicros(), "headers are parsed inside the frontend");
        assertTrue(trace.frontendMicros() <= trace.totalMicros(), "the frontend is part of the compile");
    }

    @Test
    void runnerLeavesNoTemporaryFolderBehind() throws Exception {
        ClangEnvironment.require(ClangEnvironment.CLANG);
        Path unit = Files.writeString(dir.resolve("small.cpp"), "#include <cstddef>\n");

        TimeTrace trace = new TimeTraceRunner(ClangEnvironment.CLANG, TIMEOUT).run(unit, List.of());

        assertEquals(TimeTraceRunner.TRACE_NAME, trace.file().getFileName().toString());
        assertFalse(Files.exists(trace.file().getParent()), trace.file().getParent()::toString);
    }

    @Test
    void compileErrorIsReportedWithClangsMessage() throws Exception {
        ClangEnvironment.require(ClangEnvironment.CLANG);
        Path unit = Files.writeString(dir.resolve("broken.cpp"), "#include <no_such_header_anywhere.h>\n");

        TimeTraceException e = assertThrows(TimeTraceException.class,
                () -> new TimeTraceRunner(ClangEnvironment.CLANG, TIMEOUT).run(unit, List.of()));

        assertEquals(unit.toAbsolutePath(), e.file());
        assertTrue(e.getMessage().contains("failed with exit code 1"), e.getMessage());
        assertTrue(e.getMessage().contains("'no_such_header_anywhere.h' file not found"), e.getMessage());
    }

    @Test
    void compilerThatCannotBeStartedIsReported() throws Exception {
        Path unit = Files.writeString(dir.resolve("any.cpp"), "int x;\n");
        String missing = dir.resolve("no-such-clang").toString();

        TimeTraceException e = assertThrows(TimeTraceException.class,
                () -> new TimeTraceRunner(missing, TIMEOUT).run(unit, List.of()));

        assertTrue(e.getMessage().startsWith(unit.toAbsolutePath() + ": cannot run " + missing), e.getMessage());
    }

    @Test
    void missingUnitIsReportedBeforeRunningAnything() {
        Path unit = dir.resolve("absent.cpp");

        TimeTraceException e = assertThrows(TimeTraceException.class,
                () -> new TimeTraceRunner("clang++", TIMEOUT).run(unit, List.of()));

        assertEquals(unit.toAbsolutePath() + ": no such file", e.getMessage());
    }

    @Test
    void nonPositiveTimeoutIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TimeTraceRunner("clang++", Duration.ZERO));
    }
}
