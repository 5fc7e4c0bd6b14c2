// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one clang {@code -ftime-trace} report says about one unit: the time spent in each header and in the unit
 * as a whole, in microseconds. Immutable; made by {@link TimeTraceImport}.
 */
public final class TimeTrace {

    private static final Comparator<HeaderTime> HEAVIEST_FIRST = Comparator
            .comparingLong(HeaderTime::inclusiveMicros).reversed()
            .thenComparing(HeaderTime::path);

    private final Path file;
    private final List<HeaderTime> headers;
    private final Map<String, HeaderTime> byPath;
    private final long topLevelSourceMicros;
    private final long frontendMicros;
    private final long totalMicros;

    /**
     * @param file                 the trace the times were read from
     * @param headers              one entry per distinct header path
     * @param topLevelSourceMicros the summed durations of the {@code Source} events that no other one encloses
     * @param frontendMicros       the summed durations of the {@code Frontend} events
     * @param totalMicros          the summed durations of the {@code ExecuteCompiler} events
     * @throws IllegalArgumentException if a path repeats or a time is negative
     */
    public TimeTrace(Path file, List<HeaderTime> headers, long topLevelSourceMicros, long frontendMicros,
            long totalMicros) {
        this.file = Objects.requireNonNull(file, "file");
        Map<String, HeaderTime> index = new HashMap<>();
        for (HeaderTime header : headers) {
            if (index.put(header.path(), header) != null) {
                throw new IllegalArgumentException("header listed twice: " + header.path());
            }
        }
        this.byPath = Map.copyOf(index);
        this.headers = headers.stream().sorted(HEAVIEST_FIRST).toList();
        this.topLevelSourceMicros = nonNegative(topLevelSourceMicros, "top-level source time");
        this.frontendMicros = nonNegative(frontendMicros, "frontend time");
        this.totalMicros = nonNegative(totalMicros, "total time");
    }

    /** The trace the times were read from. */
    public Path file() {
        return file;
    }

    /** Every header entered, highest inclusive time first, ties by path. */
    public List<HeaderTime> headers() {
        return headers;
    }

    /** The header whose trace path is exactly {@code path}, if the unit entered it. */
    public Optional<HeaderTime> header(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /**
     * Time inside headers entered straight from the main file: the summed durations of the {@code Source} events
     * that no other {@code Source} event on the same thread encloses. Unlike adding up inclusive times, this counts
     * each microsecond once. At most {@link #frontendMicros()} in a trace clang wrote.
     */
    public long topLevelSourceMicros() {
        return topLevelSourceMicros;
    }

    /** The unit's frontend time (preprocessing, parsing, semantic analysis): its {@code Frontend} events. */
    public long frontendMicros() {
        return frontendMicros;
    }

    /**
     * The unit's whole compile time: its {@code ExecuteCompiler} events, the span of clang's {@code cc1} job.
     * The summary event {@code Total ExecuteCompiler} that clang also writes is not used.
     */
    public long totalMicros() {
        return totalMicros;
    }

    private static long nonNegative(long micros, String what) {
        if (micros < 0) {
            throw new IllegalArgumentException(what + " must not be negative, was " + micros);
        }
        return micros;
    }
}
