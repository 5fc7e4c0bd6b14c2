// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

import java.util.Map;

/**
 * Measured values written beside the estimates: per unit what clang reported, per file the parse time imported from
 * {@code -ftime-trace}. Either map may be empty.
 */
public record Measurements(Map<String, MeasuredUnit> units, Map<String, MeasuredHeaderTime> headers) {
    public Measurements {
        units = Map.copyOf(units);
        headers = Map.copyOf(headers);
    }
}
