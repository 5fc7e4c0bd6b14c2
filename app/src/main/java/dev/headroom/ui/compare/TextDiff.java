// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.compare;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.List;
import java.util.Optional;

/**
 * The side-by-side text diff of one header, computed with java-diff-utils (Myers' algorithm): rows of old and new
 * lines, and where the first change is so the view scrolls to it.
 *
 * @param key         the header
 * @param rows        one row per line pair; a line only one side has is empty on the other
 * @param firstChange the index of the first row that is not equal, or -1 when the texts are equal
 * @param note        why there is no text (a revision without the file, a saved analysis whose folder is gone)
 */
public record TextDiff(String key, List<DiffRow> rows, int firstChange, String note) {
    public TextDiff {
        rows = List.copyOf(rows);
    }

    /** The diff of two texts, either of which may be missing. */
    public static TextDiff of(String key, Optional<String> before, Optional<String> after) {
        if (before.isEmpty() && after.isEmpty()) {
            return new TextDiff(key, List.of(), -1, "neither revision's text can be read for " + key);
        }
        DiffRowGenerator generator = DiffRowGenerator.create().showInlineDiffs(false).ignoreWhiteSpaces(false).build();
        List<DiffRow> rows = generator.generateDiffRows(lines(before), lines(after));
        int first = -1;
        for (int i = 0; i < rows.size() && first < 0; i++) {
            if (rows.get(i).getTag() != DiffRow.Tag.EQUAL) {
                first = i;
            }
        }
        String note = before.isEmpty() ? "new in B" : after.isEmpty() ? "deleted in B" : first < 0 ? "no change" : "";
        return new TextDiff(key, rows, first, note);
    }

    private static List<String> lines(Optional<String> text) {
        return text.map(t -> t.lines().toList()).orElse(List.of());
    }

    /** How many rows differ. */
    public long changedRows() {
        return rows.stream().filter(r -> r.getTag() != DiffRow.Tag.EQUAL).count();
    }
}
