// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.session.SavingsVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code report --verify}: each header's estimated saving beside what clang measured with it emptied. */
final class VerifyTable {
    private VerifyTable() {
    }

    static String render(List<SavingsVerifier.Row> rows, String root) {
        String prefix = root.endsWith("/") ? root : root + "/";
        StringBuilder sb = new StringBuilder("\nSavings measured by clang (each header emptied through a VFS overlay;"
                + " estimated = retained cost in the unit)\n");
        if (rows.isEmpty()) {
            return sb.append("nothing to verify\n").toString();
        }
        List<List<String>> table = new ArrayList<>();
        for (SavingsVerifier.Row r : rows) {
            double error = r.errorPercent();
            table.add(List.of(r.unit(), r.header().startsWith(prefix) ? r.header().substring(prefix.length()) : r.header(),
                    Bytes.human(r.estimatedBytes()), Bytes.human(r.measuredAstBytes()), Bytes.human(r.measuredPeakBytes()),
                    Double.isNaN(error) ? "-" : String.format(Locale.ROOT, "%+.0f%%", error)));
        }
        sb.append(new TextTable.Aligned().table(List.of("unit", "header", "estimated", "clang AST saved",
                "clang peak saved", "estimate vs clang"), table));
        return sb.toString();
    }
}
