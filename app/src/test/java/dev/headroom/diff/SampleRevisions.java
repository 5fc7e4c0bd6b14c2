// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies of {@code samples/vybe-sdf} and the real edit the compare tests measure: the first scalar and vec2 helpers
 * of {@code vybe_sdf_math.h} lose their inline bodies to a new {@code src/vybe/sdf/math_bodies.cpp} (named in the
 * project file), and the engine
 * header's unused {@code #include <memory>} becomes a forward declaration.
 */
public final class SampleRevisions {
    /** How many inline bodies the edit moves out of the math header. */
    public static final int MOVED_BODIES = 24;

    private static final Pattern INLINE_FUNCTION = Pattern.compile("^inline ([^\\n{]+\\)) \\{\\n(.*?)^\\}\\n",
            Pattern.MULTILINE | Pattern.DOTALL);

    private SampleRevisions() {
    }

    /** Skips where Debian's Vulkan/ImGui headers are missing; fails instead under CI. */
    public static void requireSystemHeaders() {
        for (String p : List.of("/usr/include/vulkan/vulkan.h", "/usr/include/imgui/imgui.h",
                "/usr/include/imgui/backends/imgui_impl_vulkan.h")) {
            if (!Files.exists(Path.of(p))) {
                String reason = p + " is missing (apt-get install libvulkan-dev libimgui-dev)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    fail(reason + ": CI must install it");
                }
                assumeTrue(false, reason);
            }
        }
    }

    /** The bundled sample, read only. */
    public static Path sample() {
        Path p = Path.of("..", "samples", "vybe-sdf").toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            fail("the bundled sample is missing at " + p);
        }
        return p;
    }

    /** A copy of the sample at {@code target}. */
    public static Path copy(Path target) {
        Path from = sample();
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path to = target.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Applies the edit to the copy at {@code root}, as an engineer would by hand. */
    public static void moveMathBodiesOut(Path root) {
        try {
            Path header = root.resolve("include/vybe/vybe_sdf_math.h");
            String text = Files.readString(header);
            Matcher m = INLINE_FUNCTION.matcher(text);
            StringBuilder kept = new StringBuilder();
            List<String> moved = new ArrayList<>();
            while (moved.size() < MOVED_BODIES && m.find()) {
                moved.add(m.group(1) + " {\n" + m.group(2) + "}\n");
                m.appendReplacement(kept, Matcher.quoteReplacement(m.group(1) + ";\n"));
            }
            m.appendTail(kept);
            assertTrue(moved.size() == MOVED_BODIES, "the math header has " + MOVED_BODIES + " inline bodies to move");
            Files.writeString(header, kept.toString());
            Files.writeString(root.resolve("src/vybe/sdf/math_bodies.cpp"), "// Bodies moved out of the header.\n"
                    + "#include \"vybe/vybe_sdf_math.h\"\n\nnamespace vybe {\nnamespace sdf {\n\n"
                    + String.join("\n", moved) + "\n}  // namespace sdf\n}  // namespace vybe\n");

            // A new source must be named in the project: a folder of jank modules does not pick up C++ files.
            Path project = root.resolve("headroom.json");
            String projectText = Files.readString(project);
            assertTrue(projectText.contains("\"inputs\": [\"src\"]"), "the project's inputs are src");
            Files.writeString(project, projectText.replace("\"inputs\": [\"src\"]",
                    "\"inputs\": [\"src\", \"src/vybe/sdf/math_bodies.cpp\"]"));

            Path engine = root.resolve("include/vulkan/sdf_engine.hpp");
            String engineText = Files.readString(engine);
            assertTrue(engineText.contains("#include <memory>\n"), "the engine header includes <memory>");
            Files.writeString(engine, engineText.replace("#include <memory>\n",
                    "namespace std { template <class T> struct default_delete; }\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
