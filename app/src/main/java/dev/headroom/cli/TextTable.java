// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import java.util.List;
import java.util.stream.Collectors;

/** One way of laying out headings and tables in text. */
interface TextTable {
    String heading(String text);

    String line(String text);

    String table(List<String> header, List<List<String>> rows);

    /** Columns padded to their widest cell, for terminals. */
    final class Aligned implements TextTable {
        @Override
        public String heading(String text) {
            return "\n" + text + "\n";
        }

        @Override
        public String line(String text) {
            return text + "\n";
        }

        @Override
        public String table(List<String> header, List<List<String>> rows) {
            int[] width = new int[header.size()];
            for (int i = 0; i < width.length; i++) {
                width[i] = header.get(i).length();
                for (List<String> r : rows) {
                    width[i] = Math.max(width[i], r.get(i).length());
                }
            }
            StringBuilder sb = new StringBuilder();
            appendRow(sb, header, width);
            rows.forEach(r -> appendRow(sb, r, width));
            return sb.toString();
        }

        private static void appendRow(StringBuilder sb, List<String> cells, int[] width) {
            for (int i = 0; i < cells.size(); i++) {
                boolean last = i == cells.size() - 1;
                String cell = cells.get(i);
                // Numbers read best right-aligned; the last column (a path) left-aligned and unpadded.
                if (last) {
                    sb.append(cell);
                } else {
                    sb.append(String.format("%" + width[i] + "s  ", cell));
                }
            }
            sb.append('\n');
        }
    }

    /** GitHub-flavoured Markdown. */
    final class Markdown implements TextTable {
        @Override
        public String heading(String text) {
            return "\n### " + text + "\n\n";
        }

        @Override
        public String line(String text) {
            return text + "\n";
        }

        @Override
        public String table(List<String> header, List<List<String>> rows) {
            StringBuilder sb = new StringBuilder();
            sb.append(row(header)).append(header.stream().map(h -> "---").collect(Collectors.joining("|", "|", "|\n")));
            rows.forEach(r -> sb.append(row(r)));
            return sb.toString();
        }

        private static String row(List<String> cells) {
            return cells.stream().map(c -> c.replace("|", "\\|")).collect(Collectors.joining(" | ", "| ", " |\n"));
        }
    }

    /** RFC 4180 CSV (Commons CSV); headings become comment-free section rows so a spreadsheet keeps them. */
    final class Csv implements TextTable {
        @Override
        public String heading(String text) {
            return "\n" + line(text);
        }

        @Override
        public String line(String text) {
            return record(List.of(text));
        }

        @Override
        public String table(List<String> header, List<List<String>> rows) {
            StringBuilder sb = new StringBuilder(record(header));
            rows.forEach(r -> sb.append(record(r)));
            return sb.toString();
        }

        private static String record(List<String> cells) {
            // RFC 4180 ends records with CRLF; a table printed to a terminal keeps the house's plain newline.
            return org.apache.commons.csv.CSVFormat.RFC4180.builder().setRecordSeparator('\n').get()
                    .format(cells.toArray()) + "\n";
        }
    }
}
