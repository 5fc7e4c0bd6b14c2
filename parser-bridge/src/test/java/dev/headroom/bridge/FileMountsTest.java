// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tree held in memory parses as the same tree on disk would: includes resolve inside it, the system's headers
 * still come from disk, {@code #pragma once} holds, and a file the tree lacks is not found even if the disk has one
 * at that path.
 */
class FileMountsTest {

    private static ParsedUnit parse(Path root) {
        Path main = Path.of(root.toString(), "src/main.cpp");
        return new TranslationUnitParser().parse(Requests.cxx(main, List.of(Path.of(root.toString(), "include")),
                List.of()), CancelSignal.NEVER);
    }

    @Test
    void aMountedTreeIsParsedFromMemoryWithTheSystemHeadersFromDisk() throws Exception {
        try (FileSystem memory = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = memory.getPath("/headroom-test/0/app");
            Files.createDirectories(root.resolve("src"));
            Files.createDirectories(root.resolve("include/app"));
            Files.writeString(root.resolve("include/app/shape.h"),
                    "#pragma once\n#include <cstdint>\nstruct Shape { std::uint32_t sides; };\n");
            Files.writeString(root.resolve("include/app/both.h"), "#pragma once\n#include \"shape.h\"\n");
            Files.writeString(root.resolve("src/main.cpp"), "#include <app/shape.h>\n#include <app/both.h>\n"
                    + "#include \"local.h\"\nint sides(Shape s) { return (int) s.sides; }\n");
            ParsedUnit unit;
            try (FileMounts.Mount mount = FileMounts.mount(root)) {
                assertTrue(FileMounts.mounted(mount.root() + "/src/main.cpp"));
                unit = parse(root);
            }
            assertFalse(FileMounts.mounted(root + "/src/main.cpp"), "closing the mount unmounts it");

            assertEquals(1, unit.files().stream().filter(f -> f.path().endsWith("shape.h")).count(),
                    "pragma once holds in memory: " + unit.files());
            assertTrue(unit.files().stream().anyMatch(f -> f.path().toString().endsWith("/cstdint")),
                    "the toolchain's headers come from disk");
            List<IncludeDirective> missing = unit.includes().stream()
                    .filter(i -> i.outcome() == IncludeOutcome.NOT_FOUND).toList();
            assertEquals(1, missing.size(), unit.includes().toString());
            assertEquals("\"local.h\"", missing.get(0).spelled());
            assertFalse(Files.exists(Path.of(root.toString())), "nothing of the tree is on disk");
        }
    }

    @Test
    void aRootIsMountedOnceAndMustBeAbsolute() throws Exception {
        try (FileSystem memory = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = memory.getPath("/headroom-test/1/app");
            try (FileMounts.Mount mount = FileMounts.mount(root)) {
                assertEquals("/headroom-test/1/app", mount.root());
                assertThrows(IllegalArgumentException.class, () -> FileMounts.mount(root));
                assertEquals(Path.of("/headroom-test/1/apps/x.h"), FileMounts.path("/headroom-test/1/apps/x.h"),
                        "a sibling whose name starts like the root is not under it");
                assertEquals(memory, FileMounts.path("/headroom-test/1/app/x.h").getFileSystem());
            }
            assertThrows(IllegalArgumentException.class, () -> FileMounts.mount(memory.getPath("relative")));
        }
    }
}
