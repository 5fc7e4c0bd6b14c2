// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a plan's edits: grouped by file, sorted by offset (edits at the same offset keep the plan's order, so
 * insertions at the end of a file appear in step order), refused when two overlap. Linear in the text length plus
 * {@code n log n} in the number of edits per file.
 */
final class EditApplier {
    private EditApplier() {
    }

    static List<FileChange> apply(List<TextEdit> edits, SourceTexts texts) throws RefactorException {
        Map<String, List<TextEdit>> byFile = new LinkedHashMap<>();
        for (TextEdit e : edits) {
            byFile.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e);
        }
        List<FileChange> out = new ArrayList<>();
        for (Map.Entry<String, List<TextEdit>> entry : byFile.entrySet()) {
            String before = texts.existing(entry.getKey()).orElse(null);
            out.add(new FileChange(entry.getKey(), before, apply(entry.getKey(), before == null ? "" : before,
                    entry.getValue())));
        }
        return out;
    }

    static String apply(String file, String text, List<TextEdit> edits) throws RefactorException {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::offset)); // stable: equal offsets keep step order
        StringBuilder out = new StringBuilder(text.length() + 256);
        int at = 0;
        for (TextEdit e : sorted) {
            if (e.offset() < at) {
                throw new RefactorException("two edits of " + file + " overlap at offset " + e.offset());
            }
            if (e.end() > text.length()) {
                throw new RefactorException("an edit of " + file + " ends at " + e.end() + ", past its end ("
                        + text.length() + " characters); was it edited since the analysis?");
            }
            out.append(text, at, e.offset()).append(e.replacement());
            at = e.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
