// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import dev.headroom.model.HeaderOutline;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a header's declarations lie in its text, line by line, and whether its preprocessor structure lets them be
 * cut apart: what a split takes verbatim and what it refuses. A declaration's span is its whole lines plus the
 * comment lines right above it; the text between the first and the last declaration must be those spans and
 * namespace braces only, and the text around them an include guard or {@code #pragma once} and includes only.
 * Linear in the text.
 */
final class HeaderLayout {
    private static final Pattern DIRECTIVE = Pattern.compile("[ \\t]*#[ \\t]*([a-z_]+)(.*)");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|::|\\S");

    final String text;
    final String blank;
    final int[] lineStarts;
    /** Per declaration, its span {start, end}. */
    final int[][] spans;
    /** Declarations sharing a line with the one before, so they cannot part. */
    final List<int[]> together = new ArrayList<>();
    final List<SplitRefusal> refused = new ArrayList<>();
    /** Where the declarations and their namespaces start and end: the umbrella replaces this. */
    int regionStart;
    int regionEnd;
    boolean pragmaOnce;
    String guard;
    /** Lines of the includes before the first declaration. */
    final List<Integer> includeLines = new ArrayList<>();

    HeaderLayout(String header, String text, List<HeaderOutline.Declaration> declarations) {
        this.text = text;
        this.blank = blankComments(text);
        this.lineStarts = lineStarts(text);
        this.spans = new int[declarations.size()][];
        for (int i = 0; i < declarations.size(); i++) {
            HeaderOutline.Declaration d = declarations.get(i);
            int first = lineOf(d.offset());
            int last = lineOf(Math.max(d.offset(), d.end() - 1));
            int start = lineStart(first);
            String before = blank.substring(start, d.offset()).strip();
            // A macro expanding to nothing (IMGUI_API, an export attribute) starts the text before CDT's node does.
            java.util.Set<String> macros = new java.util.HashSet<>();
            d.macros().forEach(m -> macros.add(m.name()));
            if (!before.isEmpty() && java.util.Arrays.stream(before.split("\\s+")).allMatch(macros::contains)) {
                before = "";
            }
            if (!before.isEmpty()) {
                if (i > 0 && lineOf(Math.max(declarations.get(i - 1).offset(), declarations.get(i - 1).end() - 1))
                        == first) {
                    together.add(new int[] {i - 1, i});
                } else {
                    refused.add(new SplitRefusal(d.name(), header, first + 1, SplitBlocker.SHARED_LINE));
                }
            }
            while (first > 0 && commentOnly(first - 1)) {
                first--;
            }
            spans[i] = new int[] {lineStart(first), lineEnd(last)};
        }
        for (int[] pair : together) {
            spans[pair[1]][0] = spans[pair[0]][1];
        }
        region(header);
    }

    /** The text of declaration {@code i}'s span. */
    String span(int i) {
        return text.substring(spans[i][0], spans[i][1]);
    }

    /** 1-based line of {@code offset}. */
    int line(int offset) {
        return lineOf(offset) + 1;
    }

    private void region(String header) {
        int firstCode = -1;
        int lastCode = -1;
        for (int l = 0; l < lineStarts.length; l++) {
            String b = blankLine(l).strip();
            if (!b.isEmpty() && !DIRECTIVE.matcher(b).matches()) {
                firstCode = firstCode < 0 ? l : firstCode;
                lastCode = l;
            }
        }
        if (firstCode < 0) {
            return;
        }
        regionStart = lineStart(firstCode);
        regionEnd = lineEnd(lastCode);
        for (int[] s : spans) {
            regionStart = Math.min(regionStart, s[0]);
            regionEnd = Math.max(regionEnd, s[1]);
        }
        char[] middle = blank.substring(0, regionEnd).toCharArray();
        for (int[] s : spans) {
            for (int c = s[0]; c < s[1]; c++) {
                middle[c] = middle[c] == '\n' ? '\n' : ' ';
            }
        }
        String rest = new String(middle);
        StringBuilder leftover = new StringBuilder();
        String openGuard = null;
        for (int l = 0; l < lineStarts.length; l++) {
            int start = lineStart(l);
            String b = start < rest.length() ? rest.substring(start, Math.min(lineEnd(l), rest.length()))
                    : blankLine(l);
            Matcher m = DIRECTIVE.matcher(b.stripTrailing());
            boolean inside = start >= regionStart && start < regionEnd;
            if (m.matches()) {
                directive(header, l, m.group(1), m.group(2).strip(), inside, openGuard);
                if (m.group(1).equals("ifndef") && guard == null && !inside && openGuard == null) {
                    openGuard = m.group(2).strip();
                }
            } else if (inside) {
                leftover.append(b.replace('\n', ' ')).append('\n');
            } else {
                leftover.append('\n');
            }
        }
        // Namespace braces may spread over lines ("namespace ImGui" then "{"): the rest is checked as one text.
        Matcher token = TOKEN.matcher(leftover);
        int expect = 0; // 0: anything, 1: a namespace's name, 2: "::" or "{"
        while (token.find()) {
            String t = token.group();
            boolean ok = switch (expect) {
                case 1 -> t.matches("[A-Za-z_][A-Za-z0-9_]*");
                case 2 -> t.equals("::") || t.equals("{");
                default -> t.equals("namespace") || t.equals("}") || t.equals(";");
            };
            if (!ok) {
                int line = (int) leftover.substring(0, token.start()).chars().filter(c -> c == '\n').count();
                refused.add(new SplitRefusal(blankLine(line).strip(), header, line + 1, SplitBlocker.UNPLACED_TEXT));
                return;
            }
            expect = switch (expect) {
                case 1 -> 2;
                case 2 -> t.equals("::") ? 1 : 0;
                default -> t.equals("namespace") ? 1 : 0;
            };
        }
    }

    private void directive(String header, int l, String name, String rest, boolean inside, String openGuard) {
        String written = text.substring(lineStart(l), lineEnd(l)).strip();
        boolean before = lineStart(l) < regionStart;
        switch (name) {
            case "pragma" -> {
                if (rest.equals("once") && before) {
                    pragmaOnce = true;
                } else {
                    refused.add(new SplitRefusal(written, header, l + 1, SplitBlocker.DIRECTIVE));
                }
            }
            case "ifndef" -> {
                if (before && guard == null && openGuard == null && next(l).matches("#\\s*define\\s+"
                        + Pattern.quote(rest) + "\\s*")) {
                    return;
                }
                refused.add(new SplitRefusal(written, header, l + 1, SplitBlocker.CONDITIONAL));
            }
            case "define" -> {
                if (before && openGuard != null && guard == null && rest.equals(openGuard)) {
                    guard = openGuard;
                    return;
                }
                refused.add(new SplitRefusal(written, header, l + 1, SplitBlocker.MACRO_DEFINED));
            }
            case "endif" -> {
                if (guard == null || inside || before) {
                    refused.add(new SplitRefusal(written, header, l + 1, SplitBlocker.CONDITIONAL));
                }
            }
            case "if", "ifdef", "elif", "else", "elifdef", "elifndef" ->
                    refused.add(new SplitRefusal(written, header, l + 1, SplitBlocker.CONDITIONAL));
            case "undef" -> refused.add(new SplitRefusal(written, header, l + 1, SplitBlocker.MACRO_DEFINED));
            case "include" -> {
                if (before) {
                    includeLines.add(l + 1);
                } else {
                    refused.add(new SplitRefusal(written, header, l + 1, SplitBlocker.INCLUDE_BETWEEN));
                }
            }
            default -> refused.add(new SplitRefusal(written, header, l + 1, SplitBlocker.DIRECTIVE));
        }
        if (text.substring(lineStart(l), lineEnd(l)).stripTrailing().endsWith("\\")) {
            refused.add(new SplitRefusal(written, header, l + 1, SplitBlocker.DIRECTIVE));
        }
    }

    private String next(int l) {
        for (int n = l + 1; n < lineStarts.length; n++) {
            String b = blankLine(n).strip();
            if (!b.isEmpty()) {
                return b;
            }
        }
        return "";
    }

    private boolean commentOnly(int l) {
        return blankLine(l).isBlank() && !text.substring(lineStart(l), lineEnd(l)).isBlank();
    }

    private String blankLine(int l) {
        return blank.substring(lineStart(l), lineEnd(l));
    }

    private int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    int lineStart(int l) {
        return lineStarts[l];
    }

    /** One past the line's newline (or the end of the text). */
    int lineEnd(int l) {
        return l + 1 < lineStarts.length ? lineStarts[l + 1] : text.length();
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The text with comments and the insides of literals as spaces, newlines kept: the same offsets. */
    static String blankComments(String text) {
        char[] out = text.toCharArray();
        int n = out.length;
        for (int i = 0; i < n; i++) {
            char c = out[i];
            char next = i + 1 < n ? out[i + 1] : 0;
            if (c == '/' && next == '/') {
                while (i < n && out[i] != '\n') {
                    out[i++] = ' ';
                }
            } else if (c == '/' && next == '*') {
                out[i++] = ' ';
                out[i++] = ' ';
                while (i < n && !(out[i] == '*' && i + 1 < n && out[i + 1] == '/')) {
                    out[i] = out[i] == '\n' ? '\n' : ' ';
                    i++;
                }
                if (i < n) {
                    out[i++] = ' ';
                }
                if (i < n) {
                    out[i] = ' ';
                }
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && out[i] != c && out[i] != '\n') {
                    if (out[i] == '\\' && i + 1 < n) {
                        out[i++] = ' ';
                    }
                    out[i++] = ' ';
                }
            }
        }
        return new String(out);
    }
}
