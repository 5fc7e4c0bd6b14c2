// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis;

import dev.headroom.analysis.cost.Calibration;
import dev.headroom.analysis.cost.CostModel;
import dev.headroom.model.SourceFile;
import java.util.List;

/** A cost model whose answer is plain arithmetic on file sizes, so expected costs can be written by hand. */
public final class ByteSizeCostModel implements CostModel {
    public static final long BASELINE = 1000;

    @Override
    public long selfBytes(SourceFile file) {
        return file.bytes();
    }

    @Override
    public long unitAstBytes(List<SourceFile> filesOfUnit) {
        return BASELINE + filesOfUnit.stream().mapToLong(SourceFile::bytes).sum();
    }

    @Override
    public long unitPeakBytes(List<SourceFile> filesOfUnit) {
        return 2 * filesOfUnit.stream().mapToLong(SourceFile::bytes).sum();
    }

    @Override
    public Calibration calibration() {
        return new Calibration("none", "none: sizes as costs, for tests", 0, 1, 0, "2026-11-25");
    }
}
