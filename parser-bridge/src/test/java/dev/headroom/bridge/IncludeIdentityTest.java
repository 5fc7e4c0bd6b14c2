// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A header reached by two spellings of its path is one file, as it is to clang: {@code #pragma once} and include
 * guards hold across spellings. GLM reaches {@code detail/type_vec4.hpp} as {@code ext/../detail/type_vec4.hpp}
 * too; parsing it again declared every template twice and cost CDT minutes.
 */
class IncludeIdentityTest {
    @TempDir
    Path dir;

    private ParsedUnit parseWith(String firstLine) throws Exception {
        Files.createDirectories(dir.resolve("lib/detail"));
        Files.createDirectories(dir.resolve("lib/ext"));
        Files.writeString(dir.resolve("lib/detail/vec.hpp"), firstLine + "\ntemplate <typename T> struct vec { T x; };\n"
                + (firstLine.startsWith("#ifndef") ? "#endif\n" : ""));
        Files.writeString(dir.resolve("lib/ext/vec_ext.hpp"), "#pragma once\n#include \"../detail/vec.hpp\"\n");
        Files.writeString(dir.resolve("lib/detail/mat.hpp"), "#pragma once\n#include \"vec.hpp\"\n");
        Files.writeString(dir.resolve("main.cpp"), "#include \"lib/detail/mat.hpp\"\n#include \"lib/ext/vec_ext.hpp\"\n");
        Path link = dir.resolve("alias");
        Files.createSymbolicLink(link, dir.resolve("lib"));
        Files.writeString(dir.resolve("main.cpp"), Files.readString(dir.resolve("main.cpp"))
                + "#include \"alias/detail/vec.hpp\"\n");
        return new TranslationUnitParser().parse(new ParseRequest(dir.resolve("main.cpp"), null, SourceLanguage.CXX,
                List.of(), List.of(dir), List.of(), Map.of(), List.of(), false), CancelSignal.NEVER);
    }

    private static long entered(ParsedUnit unit, String file) {
        return unit.includes().stream()
                .filter(i -> i.outcome() == IncludeOutcome.ENTERED && i.target().toString().endsWith(file)).count();
    }

    @Test
    void pragmaOnceHoldsAcrossDotDotAndSymbolicLinks() throws Exception {
        ParsedUnit unit = parseWith("#pragma once");
        assertEquals(1, entered(unit, "vec.hpp"), unit.includes().toString());
        assertEquals(1, unit.files().stream().filter(f -> f.path().endsWith("vec.hpp")).count());
        assertEquals(List.of(), unit.problems());
    }

    @Test
    void includeGuardsHoldAcrossSpellingsToo() throws Exception {
        ParsedUnit unit = parseWith("#ifndef VEC_HPP\n#define VEC_HPP");
        assertEquals(1, entered(unit, "vec.hpp"), unit.includes().toString());
    }
}
