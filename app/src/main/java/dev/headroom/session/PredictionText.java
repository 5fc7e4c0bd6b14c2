// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** A prediction in the lines a patch's heading and the command line show, so both say the same thing. */
public final class PredictionText {
    private PredictionText() {
    }

    /** The prediction in a few lines: per header, units, the JIT and the jank note. */
    public static List<String> lines(SavingPrediction prediction, UnaryOperator<String> relative) {
        List<String> out = new ArrayList<>();
        for (SavingPrediction.HeaderSaving h : prediction.headers()) {
            out.add("Predicted saving: " + size(h.saved()) + " of estimated AST memory in each of the " + h.units()
                    + " unit" + (h.units() == 1 ? "" : "s") + " including " + relative.apply(h.header()) + " ("
                    + size(h.before()) + " -> " + size(h.after()) + " for the header itself)");
        }
        if (!prediction.units().isEmpty()) {
            out.add("Predicted total: " + size(prediction.totalBytes()) + " of estimated AST memory over the "
                    + prediction.units().size() + " unit" + (prediction.units().size() == 1 ? "" : "s") + " that change");
            out.add("Units: " + String.join(", ", prediction.units().stream()
                    .map(u -> u.unit() + " " + size(u.astBefore()) + " -> " + size(u.astAfter())).toList()));
        }
        if (prediction.jit() != null) {
            out.add("JIT peak: " + size(prediction.jit().before()) + " -> " + size(prediction.jit().after())
                    + " (limit " + size(prediction.jit().limit()) + ")");
        }
        if (!prediction.jankNote().isEmpty()) {
            out.add(prediction.jankNote() + (prediction.modules().isEmpty() ? ""
                    : " (" + String.join(", ", prediction.modules()) + ")"));
        }
        return out;
    }

    /** Bytes as KB or MB with one decimal. */
    public static String size(long bytes) {
        double abs = Math.abs(bytes);
        if (abs >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (abs >= 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return bytes + " B";
    }
}
