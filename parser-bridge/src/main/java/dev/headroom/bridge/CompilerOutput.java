// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what gcc and clang print for {@code -E -v} and {@code -dM -E}. */
final class CompilerOutput {
    private CompilerOutput() {
    }

    /** The folders between {@code #include <...> search starts here:} and {@code End of search list.} */
    static List<Path> parseSearchPath(String verboseOutput) {
        List<Path> dirs = new ArrayList<>();
        boolean inside = false;
        for (String line : verboseOutput.lines().toList()) {
            if (line.startsWith("#include <...> search starts here")) {
                inside = true;
            } else if (line.startsWith("End of search list")) {
                inside = false;
            } else if (inside && line.startsWith(" ")) {
                String dir = line.trim();
                if (dir.endsWith("(framework directory)")) {
                    continue; // macOS frameworks are not plain include folders
                }
                dirs.add(Path.of(dir).toAbsolutePath().normalize());
            }
        }
        return dirs;
    }

    /**
     * {@code #define NAME VALUE} lines as a map; a function-like macro keeps its parameters in the key
     * ({@code MAX(a,b)}), the form CDT's scanner takes.
     */
    static Map<String, String> parseMacros(String defineOutput) {
        Map<String, String> macros = new LinkedHashMap<>();
        for (String line : defineOutput.lines().toList()) {
            if (!line.startsWith("#define ")) {
                continue;
            }
            String rest = line.substring("#define ".length());
            int end = nameEnd(rest);
            String name = rest.substring(0, end);
            String value = end < rest.length() ? rest.substring(end + 1) : "";
            macros.put(name, value);
        }
        return macros;
    }

    private static int nameEnd(String s) {
        int i = 0;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '(') {
            int close = s.indexOf(')', i);
            return close < 0 ? s.length() : close + 1;
        }
        return i;
    }

    /** The dialect named by {@code __cplusplus} or {@code __STDC_VERSION__}. */
    static String dialect(SourceLanguage language, Map<String, String> macros) {
        String gnu = macros.containsKey("__STRICT_ANSI__") ? "" : "gnu";
        if (language == SourceLanguage.C) {
            String v = macros.getOrDefault("__STDC_VERSION__", "");
            String year = switch (v.replace("L", "")) {
                case "199901" -> "99";
                case "201112" -> "11";
                case "201710" -> "17";
                case "202000", "202311" -> "23";
                default -> "89";
            };
            return (gnu.isEmpty() ? "c" : "gnu") + year;
        }
        String v = macros.getOrDefault("__cplusplus", "").replace("L", "");
        String year = switch (v) {
            case "199711" -> "98";
            case "201103" -> "11";
            case "201402" -> "14";
            case "201703" -> "17";
            case "202002" -> "20";
            default -> v.compareTo("202002") > 0 ? "23" : "?";
        };
        return (gnu.isEmpty() ? "c" : "gnu") + "++" + year;
    }
}
