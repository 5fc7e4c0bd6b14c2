// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.util.Arrays;
import java.util.List;

/**
 * A file's text with the facts that do not depend on the translation unit: line starts and where its
 * tokens are. Computed once per file and shared by every unit that includes it.
 */
final class SourceText {
    private final char[] chars;
    private final long bytes;
    private final int[] lineStarts;
    private final List<SourceDecoder.Note> notes;
    private volatile TokenMap tokens;

    SourceText(char[] chars, long bytes) {
        this(chars, bytes, List.of());
    }

    SourceText(char[] chars, long bytes, List<SourceDecoder.Note> notes) {
        this.chars = chars;
        this.bytes = bytes;
        this.lineStarts = lineStarts(chars);
        this.notes = List.copyOf(notes);
    }

    /** Warnings from reading the text (NUL characters ignored and the like). */
    List<SourceDecoder.Note> notes() {
        return notes;
    }

    char[] chars() {
        return chars;
    }

    long bytes() {
        return bytes;
    }

    int lineCount() {
        if (chars.length == 0) {
            return 0;
        }
        return chars[chars.length - 1] == '\n' ? lineStarts.length - 1 : lineStarts.length;
    }

    /** 1-based line holding the character at {@code offset}. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    TokenMap tokens() {
        TokenMap t = tokens;
        if (t == null) {
            t = TokenMap.lex(this);
            tokens = t;
        }
        return t;
    }

    private static int[] lineStarts(char[] chars) {
        int n = 1;
        for (char c : chars) {
            if (c == '\n') {
                n++;
            }
        }
        int[] starts = new int[n];
        int k = 1;
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }
}
