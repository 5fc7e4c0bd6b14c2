// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Inclusive and self time per header, from {@code Source} spans nested by time containment.
 *
 * <p>Algorithm: the spans of each thread are sorted by start, longer first, and swept with a stack of the spans
 * still open. A span nests in the innermost open span that has not ended by its start; intervals are half-open, so
 * a zero-duration span at a header's first microsecond lies inside it, one at the microsecond it ends lies after
 * it, and a zero-duration span never encloses another. When two spans cover exactly the same interval, the one
 * later in the trace array is the outer one, because clang writes an event when it ends, inner before outer.
 * Self time is the duration minus the direct children, each child clipped to its parent: clang truncates start
 * and duration to whole microseconds separately, so a child can seem to outlast its parent by a microsecond.
 * Inclusive time is the plain sum of a header's spans, so a header re-entered inside itself counts twice.
 * O(n log n) for n spans.
 */
final class SourceNesting {

    private static final Comparator<SourceSpan> SWEEP_ORDER = Comparator
            .comparingInt(SourceSpan::thread)
            .thenComparingLong(SourceSpan::start)
            .thenComparing(Comparator.comparingLong(SourceSpan::end).reversed())
            .thenComparing(Comparator.comparingInt(SourceSpan::order).reversed());

    private final List<HeaderTime> headers;
    private final long topLevelMicros;

    private SourceNesting(List<HeaderTime> headers, long topLevelMicros) {
        this.headers = List.copyOf(headers);
        this.topLevelMicros = topLevelMicros;
    }

    /**
     * Nests {@code spans} and sums them per header.
     *
     * @param paths the header path of each index a span may carry
     */
    static SourceNesting of(List<SourceSpan> spans, List<String> paths) {
        SourceSpan[] sorted = spans.toArray(SourceSpan[]::new);
        Arrays.sort(sorted, SWEEP_ORDER);
        int headerCount = paths.size();
        long[] inclusive = new long[headerCount];
        long[] self = new long[headerCount];
        int[] entries = new int[headerCount];
        long topLevel = 0;

        // Open spans as positions into sorted[]; childTime[i] is the clipped time of sorted[i]'s direct children.
        int[] open = new int[sorted.length];
        int depth = 0;
        long[] childTime = new long[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            SourceSpan span = sorted[i];
            if (i > 0 && sorted[i - 1].thread() != span.thread()) {
                depth = 0;
            }
            while (depth > 0 && sorted[open[depth - 1]].end() <= span.start()) {
                depth--;
            }
            if (depth == 0) {
                topLevel += span.duration();
            } else {
                int parent = open[depth - 1];
                childTime[parent] += Math.min(span.end(), sorted[parent].end()) - span.start();
            }
            open[depth++] = i;
        }
        for (int i = 0; i < sorted.length; i++) {
            SourceSpan span = sorted[i];
            inclusive[span.header()] += span.duration();
            self[span.header()] += span.duration() - childTime[i];
            entries[span.header()]++;
        }
        List<HeaderTime> headers = new ArrayList<>();
        for (int h = 0; h < headerCount; h++) {
            if (entries[h] > 0) {
                headers.add(new HeaderTime(paths.get(h), inclusive[h], self[h], entries[h]));
            }
        }
        return new SourceNesting(headers, topLevel);
    }

    /** One entry per header that has at least one span. */
    List<HeaderTime> headers() {
        return headers;
    }

    /** The summed durations of the spans that no other span encloses. */
    long topLevelMicros() {
        return topLevelMicros;
    }
}
