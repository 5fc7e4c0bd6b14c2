// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import java.util.Locale;

/** Byte counts as people read them, and back: "1850MB", "1.5 GB", "512k". */
final class Bytes {
    private Bytes() {
    }

    static String human(long bytes) {
        if (bytes >= 1L << 30 && bytes < 10L << 30) {
            return (bytes >> 20) + " MB"; // budgets are spoken of in MB: 1850 MB, not 1.8 GB
        }
        double b = bytes;
        if (Math.abs(b) < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        int i = -1;
        do {
            b /= 1024;
            i++;
        } while (Math.abs(b) >= 1024 && i < units.length - 1);
        return String.format(Locale.ROOT, b >= 100 ? "%.0f %s" : "%.1f %s", b, units[i]);
    }

    /** Parses sizes with an optional unit (B, K/KB, M/MB, G/GB; powers of 1024). */
    static long parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace(" ", "");
        int i = 0;
        while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
            i++;
        }
        if (i == 0) {
            throw new IllegalArgumentException("'" + text + "' is not a size; write e.g. 1850MB or 2GB");
        }
        double value;
        try {
            value = Double.parseDouble(t.substring(0, i));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a size; write e.g. 1850MB or 2GB", e);
        }
        long scale = switch (t.substring(i)) {
            case "", "B" -> 1L;
            case "K", "KB", "KIB" -> 1L << 10;
            case "M", "MB", "MIB" -> 1L << 20;
            case "G", "GB", "GIB" -> 1L << 30;
            default -> throw new IllegalArgumentException("unknown size unit in '" + text + "'; use B, KB, MB or GB");
        };
        return Math.round(value * scale);
    }
}
