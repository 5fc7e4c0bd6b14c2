// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import dev.headroom.analysis.SizeMetric;
import java.util.Locale;

/** Number formatting shared by the explorer's views. */
public final class Formats {
    private Formats() {
    }

    /** {@code 1536} becomes {@code 1.5 KB}; binary multiples, one decimal from KB up. */
    public static String bytes(long value) {
        if (Math.abs(value) < 1024) {
            return value + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = value;
        int u = -1;
        while (Math.abs(v) >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    /** {@code 12345} becomes {@code 12,345}. */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Microseconds as milliseconds: {@code 12345} becomes {@code 12.3 ms}, {@code 420} becomes {@code 0.42 ms}. */
    public static String millis(long micros) {
        double ms = micros / 1000.0;
        return String.format(Locale.ROOT, Math.abs(micros) < 1000 ? "%.2f ms" : "%,.1f ms", ms);
    }

    /** A value of {@code metric} for people: bytes as KB/MB/GB, times as milliseconds, counts with separators. */
    public static String of(SizeMetric metric, long value) {
        return switch (metric.unit()) {
            case BYTES -> bytes(value);
            case MICROSECONDS -> millis(value);
            case COUNT -> count(value);
        };
    }

    /** The last segment of a path: {@code /usr/include/vulkan/vulkan.h} becomes {@code vulkan.h}. */
    public static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
