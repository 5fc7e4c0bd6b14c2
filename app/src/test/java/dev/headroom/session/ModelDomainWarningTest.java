// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.analysis.UnitFigures;
import dev.headroom.measure.HandMeasured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Units whose feature mix lies beyond what the bundled model was fitted on are named before anyone trusts them: a
 * unit that instantiates libstdc++'s regex and streams from concrete code is, a plain C header is not.
 */
class ModelDomainWarningTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsHeaders() {
        HandMeasured.requireInstalled("libstdc++-12-dev", "/usr/include/c++/12/regex", "/usr/include/stdio.h");
    }

    @Test
    void anInstantiationHeavyUnitIsWarnedAboutAndAPlainCHeaderIsNot() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("patterns.cpp"), """
                #include <regex>
                #include <sstream>
                #include <string>
                #include <vector>
                std::vector<std::string> words(const std::string& s) {
                    static const std::regex word(R"(\\w+)");
                    std::vector<std::string> out;
                    for (std::sregex_iterator it(s.begin(), s.end(), word), end; it != end; ++it) out.push_back(it->str());
                    return out;
                }
                std::string joined(const std::vector<std::string>& w) { std::ostringstream os; for (auto& s : w) os << s << ' '; return os.str(); }
                bool email(const std::string& s) { static const std::regex re(R"(\\w+@\\w+\\.\\w+)"); return std::regex_match(s, re); }
                """);
        Files.writeString(src.resolve("point.h"), """
                #include <stdio.h>
                #include <string.h>
                struct point { int x, y; };
                int point_print(const struct point* p, FILE* out);
                size_t point_name(char* buf, size_t n);
                """);
        AnalysisRequest request = new AnalysisRequest(List.of(src.resolve("patterns.cpp"), src.resolve("point.h")),
                List.of("-std=c++17"), src, 2, false, dir.resolve("cache"), false, null, null, false, List.of());
        AnalysedWorkspace ws = AnalysisSession.bundled().prepare(request).run(Progress.SILENT, () -> false);

        UnitFigures.Figure heavy = ws.figures().unit("patterns.cpp").orElseThrow();
        UnitFigures.Figure plain = ws.figures().unit("point.h").orElseThrow();
        assertTrue(heavy.outsideDomain(), "regex instantiated from concrete code: " + heavy.mix());
        assertTrue(heavy.beyondDomain().get(0).contains("template instantiation"), heavy.beyondDomain().toString());
        assertFalse(plain.outsideDomain(), "a C header: " + plain.mix());
        assertEquals(List.of(heavy), ws.figures().unmeasuredOutsideDomain());
        assertEquals("1 unit is more template-heavy than anything the model was fitted on; measure it with clang:"
                + " headroom analyze --measure-with-clang", ws.figures().domainWarning().orElseThrow());
        assertEquals(UnitFigures.Source.ESTIMATED, heavy.source(), "nothing measured, nothing corrected");
    }
}
