// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import java.util.Objects;

/**
 * Replace {@code length} characters at {@code offset} of {@code file}'s text with {@code replacement}; an insertion
 * has length 0, a deletion an empty replacement. Offsets count UTF-16 characters of the file decoded as UTF-8, as the
 * parser counted them.
 *
 * @param file        absolute path of the file edited (created when it does not exist yet)
 * @param offset      where the replaced text starts
 * @param length      how many characters are replaced
 * @param replacement the new text
 */
public record TextEdit(String file, int offset, int length, String replacement) {

    public TextEdit {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(replacement, "replacement");
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative: " + offset + ", " + length);
        }
    }

    /** One past the last replaced character. */
    public int end() {
        return offset + length;
    }

    /** An insertion of {@code text} at {@code offset}. */
    public static TextEdit insert(String file, int offset, String text) {
        return new TextEdit(file, offset, 0, text);
    }

    /** A deletion of {@code length} characters at {@code offset}. */
    public static TextEdit delete(String file, int offset, int length) {
        return new TextEdit(file, offset, length, "");
    }
}
