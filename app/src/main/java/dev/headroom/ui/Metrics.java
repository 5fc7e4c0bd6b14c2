// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import dev.headroom.analysis.Calibration;
import dev.headroom.analysis.CostModel;
import dev.headroom.model.SourceFile;

/** Cost models the explorer can be started with. */
public final class Metrics {
    private Metrics() {
    }

    /**
     * A provisional stand-in for the calibrated cost model: one "byte" per AST node of the file. It ranks files the
     * way the AST node count does but its absolute figures are not clang's bytes; the calibration it reports says
     * so. Replace it with the calibrated {@link CostModel} where the app shell builds its view model.
     */
    public static CostModel provisionalEstimate() {
        return PROVISIONAL;
    }

    private static final CostModel PROVISIONAL = new CostModel() {
        private final Calibration uncalibrated = new Calibration("none", "provisional: AST nodes x 1, not fitted to clang",
                0, Double.NaN, Double.NaN, "");

        @Override
        public long selfBytes(SourceFile file) {
            return file.nodeCount();
        }

        @Override
        public Calibration calibration() {
            return uncalibrated;
        }
    };
}
