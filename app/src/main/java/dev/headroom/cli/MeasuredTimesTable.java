// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.model.Measurements;
import dev.headroom.model.MeasuredHeaderTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The headers clang spent most time in, from imported {@code -ftime-trace} files. */
final class MeasuredTimesTable {
    private MeasuredTimesTable() {
    }

    static String render(Measurements measured, String root, int top) {
        if (measured.headers().isEmpty()) {
            return "";
        }
        String prefix = root.endsWith("/") ? root : root + "/";
        List<List<String>> rows = new ArrayList<>();
        measured.headers().values().stream()
                .sorted(Comparator.comparingLong(MeasuredHeaderTime::selfMicros).reversed().thenComparing(MeasuredHeaderTime::path))
                .limit(top)
                .forEach(h -> rows.add(List.of(ms(h.selfMicros()), ms(h.inclusiveMicros()), String.valueOf(h.entries()),
                        h.path().startsWith(prefix) ? h.path().substring(prefix.length()) : h.path())));
        TextTable style = new TextTable.Aligned();
        return style.heading("Measured parse time (clang -ftime-trace, imported)")
                + style.table(List.of("self ms", "incl. ms", "entries", "file"), rows);
    }

    private static String ms(long micros) {
        return String.format(Locale.ROOT, "%.1f", micros / 1000.0);
    }
}
