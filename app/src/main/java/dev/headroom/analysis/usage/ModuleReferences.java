// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.usage;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The C++ names a jank module's text spells and how a qualified name finds its declarations: the one resolver that
 * header splits and header utilisation share.
 */
public final class ModuleReferences {
    private static final Pattern QUALIFIED = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:::[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern CPP_STRING = Pattern.compile("\\(cpp/[A-Za-z_.-]+\\s+\"([^\"]*)\"");
    private static final Pattern CPP_NAME = Pattern.compile("\\bcpp/([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)");

    private ModuleReferences() {
    }

    /**
     * The qualified names a jank module's {@code text} spells: {@code alias/name} under the alias' scope
     * ({@code sdfx/draw_frame} with {@code :scope "vybe.sdf"} is {@code vybe::sdf::draw_frame}; an empty scope
     * leaves {@code draw_frame}), {@code cpp/a.b} as {@code a::b}, and the names inside {@code (cpp/... "...")}
     * strings.
     *
     * @param scopeByAlias each native require's {@code :as} with its {@code :scope} (dots, empty for none)
     */
    public static Set<String> jank(String text, Map<String, String> scopeByAlias) {
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : scopeByAlias.entrySet()) {
            Matcher m = Pattern.compile("(?<![A-Za-z0-9_.*+!?<>=/-])" + Pattern.quote(e.getKey())
                    + "/([A-Za-z_][A-Za-z0-9_]*)").matcher(text);
            String prefix = e.getValue().isEmpty() ? "" : e.getValue().replace(".", "::") + "::";
            while (m.find()) {
                out.add(prefix + m.group(1));
            }
        }
        Matcher names = CPP_NAME.matcher(text);
        while (names.find()) {
            out.add(names.group(1).replace(".", "::"));
        }
        Matcher strings = CPP_STRING.matcher(text);
        while (strings.find()) {
            Matcher q = QUALIFIED.matcher(strings.group(1));
            while (q.find()) {
                out.add(q.group());
            }
        }
        return out;
    }

    /**
     * What {@code symbol} names in {@code bySymbol}, dropping trailing {@code ::parts} until something matches (a
     * member {@code ImVec2::x} finds the class {@code ImVec2}); {@code null} when nothing does.
     */
    public static <T> T lookUp(Map<String, T> bySymbol, String symbol) {
        String s = symbol;
        while (true) {
            T found = bySymbol.get(s);
            if (found != null) {
                return found;
            }
            int cut = s.lastIndexOf("::");
            if (cut < 0) {
                return null;
            }
            s = s.substring(0, cut);
        }
    }
}
