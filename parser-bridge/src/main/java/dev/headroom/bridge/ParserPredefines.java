// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The compiler's predefined macros, adjusted where the CDT 9.2 parser would misread what they select.
 *
 * <p>Clang predefines macros that tell headers which language features it has; CDT lacks some of those
 * features, and the headers then write constructs it cannot parse. Each adjustment makes a header pick a form
 * CDT reads, with the same declarations:
 * <ul>
 *   <li>{@code __cpp_concepts} is dropped: CDT has no {@code concept} or {@code requires}, and libraries fall
 *       back to their pre-concepts spelling of the same templates.</li>
 *   <li>Under C++20, {@code consteval} is defined as {@code constexpr}: CDT has no {@code consteval} keyword
 *       (libstdc++ 12's {@code <chrono>}, {@code <compare>}, {@code <source_location>}); a consteval function
 *       is a constexpr function to the AST's shape.</li>
 *   <li>Under C++20, {@code __DEPRECATED} is dropped: libstdc++ 12 then spells {@code
 *       _GLIBCXX20_DEPRECATED_SUGGEST} as {@code __attribute__((__deprecated__(...)))} between an alias
 *       declaration's name and its {@code =} ({@code bits/allocator.h}), where CDT accepts {@code [[...]]} but
 *       not a GNU attribute, and drops the whole alias. Without the macro libstdc++ writes no deprecation
 *       attributes; they declare nothing.</li>
 * </ul>
 * C++17 and earlier keep {@code __DEPRECATED}: the cost model was fitted with it, and no libstdc++ 12 alias
 * declaration carries a GNU attribute there.
 */
final class ParserPredefines {
    private static final long CXX20 = 202002L;

    private ParserPredefines() {
    }

    /** What the adjustments say about the dialect, appended to its name, e.g. {@code " without concepts"}. */
    record Adjusted(Map<String, String> macros, String dialectNote) {
    }

    static Adjusted forCdt(SourceLanguage language, Map<String, String> compilerMacros) {
        Map<String, String> macros = new LinkedHashMap<>(compilerMacros);
        String note = "";
        if (macros.remove("__cpp_concepts") != null) {
            note = " without concepts (CDT has none)";
        }
        if (language == SourceLanguage.CXX && cplusplus(macros) >= CXX20) {
            macros.put("consteval", "constexpr");
            macros.remove("__DEPRECATED");
        }
        return new Adjusted(macros, note);
    }

    private static long cplusplus(Map<String, String> macros) {
        String value = macros.getOrDefault("__cplusplus", "0").strip();
        try {
            return Long.parseLong(value.endsWith("L") ? value.substring(0, value.length() - 1) : value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
