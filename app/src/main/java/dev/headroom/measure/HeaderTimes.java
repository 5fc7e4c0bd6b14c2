// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import dev.headroom.model.MeasuredHeaderTime;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Measured parse time per header over several imported traces, keyed by the model's normalized paths. */
public final class HeaderTimes {
    private HeaderTimes() {
    }

    /** Sums each header's times over the traces; clang's paths are normalized to match the model's. */
    public static Map<String, MeasuredHeaderTime> merge(Collection<TimeTrace> traces) {
        Map<String, MeasuredHeaderTime> out = new LinkedHashMap<>();
        for (TimeTrace trace : traces) {
            for (HeaderTime h : trace.headers()) {
                String path = Path.of(h.path()).toAbsolutePath().normalize().toString();
                out.merge(path, new MeasuredHeaderTime(path, h.selfMicros(), h.inclusiveMicros(), h.entries()),
                        (a, b) -> new MeasuredHeaderTime(path, a.selfMicros() + b.selfMicros(),
                                a.inclusiveMicros() + b.inclusiveMicros(), a.entries() + b.entries()));
            }
        }
        return out;
    }
}
