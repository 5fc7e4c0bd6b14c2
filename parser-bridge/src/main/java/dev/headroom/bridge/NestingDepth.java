// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

/**
 * The deepest nesting of brackets (round, square and curly) in a text and the line where it is reached, skipping comments,
 * string and character literals. CDT's parser recurses once per level, so this is what says where a parse ran out
 * of stack.
 *
 * @param depth deepest level, 0 for none
 * @param line  1-based line where it is first reached
 */
record NestingDepth(int depth, int line) {

    static NestingDepth of(char[] text) {
        int depth = 0;
        int deepest = 0;
        int deepestLine = 0;
        int line = 1;
        int n = text.length;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            switch (c) {
                case '\n' -> line++;
                case '(', '[', '{' -> {
                    if (++depth > deepest) {
                        deepest = depth;
                        deepestLine = line;
                    }
                }
                case ')', ']', '}' -> depth = Math.max(0, depth - 1);
                case '/' -> {
                    if (i + 1 < n && text[i + 1] == '/') {
                        while (i + 1 < n && text[i + 1] != '\n') {
                            i++;
                        }
                    } else if (i + 1 < n && text[i + 1] == '*') {
                        i += 2;
                        while (i + 1 < n && !(text[i] == '*' && text[i + 1] == '/')) {
                            if (text[i] == '\n') {
                                line++;
                            }
                            i++;
                        }
                        i++;
                    }
                }
                case '"', '\'' -> {
                    while (i + 1 < n && text[i + 1] != c && text[i + 1] != '\n') {
                        i += text[i + 1] == '\\' && i + 2 < n && text[i + 2] != '\n' ? 2 : 1;
                    }
                    i++;
                }
                default -> { }
            }
        }
        return new NestingDepth(deepest, deepestLine);
    }
}
