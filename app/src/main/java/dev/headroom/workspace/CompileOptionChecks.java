// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a compiler would reject in a set of compile options: a macro name that is not an identifier, a language
 * standard that does not exist. Said before the parse, so that a typo is not silently a different unit.
 */
public final class CompileOptionChecks {
    private static final Pattern MACRO_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\([A-Za-z0-9_$, .]*\\))?");
    private static final Pattern STD = Pattern.compile(
            "(c|gnu)(89|90|99|9x|11|1x|17|18|2x|23)|(c|gnu)\\+\\+(98|03|0x|11|1y|14|1z|17|2a|20|2b|23|2c|26)"
                    + "|iso9899:(1990|199409|1999|199x|2011|2017|2018)");
    private static final Set<String> STD_EXAMPLES = Set.of("c++17", "gnu++20", "c11");

    private CompileOptionChecks() {
    }

    /** Why {@code name} cannot be a macro's name, or {@code null} when it can. */
    public static String badMacroName(String name) {
        if (name == null || name.isEmpty()) {
            return "a macro needs a name";
        }
        if (!MACRO_NAME.matcher(name).matches()) {
            return "'" + printable(name) + "' is not a macro name (an identifier, optionally with (parameters))";
        }
        return null;
    }

    /** Why {@code std} is not a language standard clang knows, or {@code null} when it is (or is unset). */
    public static String badStd(String std) {
        if (std == null || STD.matcher(std).matches()) {
            return null;
        }
        return "-std=" + printable(std) + " is not a language standard clang knows; use one such as "
                + String.join(", ", new java.util.TreeSet<>(STD_EXAMPLES));
    }

    /** Every problem with {@code options}, one message each. */
    public static List<String> problems(CompileOptions options) {
        List<String> out = new ArrayList<>();
        for (MacroOption m : options.macros()) {
            String bad = badMacroName(m.name());
            if (bad != null) {
                out.add((m.undefine() ? "-U " : "-D ") + bad + "; the flag is ignored");
            }
        }
        String std = badStd(options.std());
        if (std != null) {
            out.add(std);
        }
        return out;
    }

    /** Control characters shown as escapes, so a message stays one readable line. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0xD800 && c <= 0xDFFF)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
