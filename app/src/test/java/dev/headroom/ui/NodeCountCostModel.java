// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import dev.headroom.analysis.cost.Calibration;
import dev.headroom.analysis.cost.CostModel;
import dev.headroom.model.SourceFile;
import java.util.List;

/** A cost model that is plain arithmetic on AST node counts, so view-model expectations can be written by hand. */
public final class NodeCountCostModel implements CostModel {
    @Override
    public long selfBytes(SourceFile file) {
        return file.nodeCount();
    }

    @Override
    public long unitAstBytes(List<SourceFile> filesOfUnit) {
        return filesOfUnit.stream().mapToLong(SourceFile::nodeCount).sum();
    }

    @Override
    public long unitPeakBytes(List<SourceFile> filesOfUnit) {
        return unitAstBytes(filesOfUnit);
    }

    @Override
    public Calibration calibration() {
        return new Calibration("none", "node counts, for tests", 0, Double.NaN, Double.NaN, "");
    }
}
