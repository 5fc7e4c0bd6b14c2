// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a file's bytes into the characters CDT parses, the way clang reads them: UTF-8, a byte order mark
 * dropped, NUL bytes ignored with a warning, lone carriage returns ending lines. Every repair keeps the length in
 * characters, so offsets and line numbers stay those of the file (a refactor's edits land where CDT saw them).
 * Refuses binary files and UTF-16, which clang refuses too.
 */
final class SourceDecoder {
    /**
     * A file whose first 8 KiB hold a NUL and more than this share (per mille) of control bytes other than white
     * space is binary; text with a stray NUL is not. The workspace loader applies the same rule to its inputs.
     */
    private static final int BINARY_CONTROL_PER_MILLE = 100;
    private static final int SNIFF = 8192;

    private SourceDecoder() {
    }

    /** A decoded file: characters for CDT and warnings located by line. */
    record Decoded(char[] chars, List<Note> notes) {
    }

    /** A warning about the file's text, not a reason to refuse it. */
    record Note(int line, String message) {
    }

    /** Why a file is not C/C++ text. */
    static final class Refusal extends Exception {
        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }

    static Decoded decode(byte[] bytes) throws Refusal {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new Refusal(utf16("byte order mark " + (bytes[0] == (byte) 0xFF ? "FF FE" : "FE FF")));
        }
        int sniff = Math.min(bytes.length, SNIFF);
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < sniff; i++) {
            if (bytes[i] == 0) {
                if ((i & 1) == 0) {
                    evenNuls++;
                } else {
                    oddNuls++;
                }
            }
        }
        if (sniff >= 16 && Math.max(evenNuls, oddNuls) * 10 > sniff * 4 && Math.min(evenNuls, oddNuls) * 20 < sniff) {
            throw new Refusal(utf16("every other byte is NUL"));
        }
        int nuls = evenNuls + oddNuls;
        if (nuls > 0 && controls(bytes, sniff) * 1000L > (long) sniff * BINARY_CONTROL_PER_MILLE) {
            throw new Refusal("binary file (" + nuls + " NUL bytes in its first " + sniff
                    + "), not C/C++ text; leave it out of the inputs or the include path");
        }
        char[] chars = new String(bytes, StandardCharsets.UTF_8).toCharArray();
        List<Note> notes = new ArrayList<>();
        int line = 1;
        int nulCount = 0;
        int firstNulLine = 0;
        int replaced = 0;
        int firstReplacedLine = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\n') {
                line++;
            } else if (c == '\r') {
                if (i + 1 >= chars.length || chars[i + 1] != '\n') {
                    chars[i] = '\n'; // a lone CR ends a line for clang; CDT counts only LF
                    line++;
                }
            } else if (c == 0) {
                chars[i] = ' ';
                if (nulCount++ == 0) {
                    firstNulLine = line;
                }
            } else if (c == '\uFEFF' && i == 0) {
                chars[i] = ' '; // a UTF-8 byte order mark; CDT would take it for a stray character
            } else if (c == '\uFFFD') {
                if (replaced++ == 0) {
                    firstReplacedLine = line;
                }
            }
        }
        if (nulCount > 0) {
            notes.add(new Note(firstNulLine, nulCount + " NUL character" + (nulCount == 1 ? "" : "s")
                    + " ignored, as clang does (warning: null character ignored)"));
        }
        if (replaced > 0 && replaced * 4 > chars.length) {
            notes.add(new Note(firstReplacedLine, replaced + " of " + chars.length
                    + " characters are not valid UTF-8: this looks like binary data, not C/C++ text"));
        }
        return new Decoded(chars, List.copyOf(notes));
    }

    private static int controls(byte[] bytes, int n) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B) || b == 0x7F) {
                count++;
            }
        }
        return count;
    }

    private static String utf16(String evidence) {
        return "UTF-16 text (" + evidence + "): clang reads only UTF-8 and refuses it too;"
                + " convert it with iconv -f UTF-16 -t UTF-8";
    }
}
