// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A parse stopped on its way says the file and line it had reached, and what it was doing. */
class ParsePositionTest {
    @TempDir
    Path dir;

    @Test
    void aParseStoppedWhileParsingIsAtTheLineOfItsLastToken() throws Exception {
        Files.writeString(dir.resolve("empty.h"), "\n");
        StringBuilder main = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            main.append("int v").append(i).append(";\n#include \"empty.h\"\n"); // line 2i-1 and 2i
        }
        Path file = Files.writeString(dir.resolve("main.cpp"), main.toString());
        AtomicInteger includes = new AtomicInteger();
        AtomicReference<ParseLocator> locator = new AtomicReference<>(ParseLocator.NOWHERE);
        CancelSignal stopAtTheHundredthInclude = new CancelSignal() {
            @Override
            public boolean cancelled() {
                return includes.get() >= 100;
            }

            @Override
            public void entering(String path) {
                includes.incrementAndGet();
            }

            @Override
            public void locatedBy(ParseLocator l) {
                locator.set(l);
            }
        };

        assertThrows(ParseCancelledException.class, () -> new TranslationUnitParser()
                .parse(Requests.cxx(file, List.of(), List.of()), stopAtTheHundredthInclude));

        ParsePoint point = locator.get().where().orElseThrow();
        assertEquals(ParsePoint.Phase.PARSING, point.phase());
        assertEquals(file.toAbsolutePath().normalize(), point.file());
        // The 101st include is on line 202; the parser's last token is a declaration just before it.
        assertTrue(point.line() >= 195 && point.line() <= 202, point.describe());
    }
}
