// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.details;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.model.TranslationUnit;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.SavingsVerifier;
import dev.headroom.session.SessionCancelledException;
import dev.headroom.session.SessionException;
import dev.headroom.ui.ExplorerState;
import dev.headroom.ui.Formats;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Measure with clang" for the selected header: clang compiles the selected unit as it is and with the header made
 * empty (a virtual overlay; nothing on disk changes), and the measured saving stands beside the estimate, each
 * labelled. Runs on {@code executor}; a result for a header no longer selected is kept and shown when it is again.
 */
public final class ClangMeasureViewModel {
    /** Measures one header of one unit; the session's {@link SavingsVerifier#measure} in the app. */
    @FunctionalInterface
    public interface Measurer {
        SavingsVerifier.HeaderMeasurement measure(AnalysedWorkspace analysed, String unit, String header,
                java.util.function.BooleanSupplier cancelled) throws SessionException, SessionCancelledException;
    }

    private record Key(String unit, String header) {
    }

    private final ExplorerState state;
    private final Measurer measurer;
    private final Executor executor;
    private final Executor fxThread;
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final Map<Key, String> measured = new HashMap<>();
    private final BooleanBinding canMeasure;
    private AtomicBoolean running = new AtomicBoolean();

    public ClangMeasureViewModel(ExplorerState state, Measurer measurer, Executor executor, Executor fxThread) {
        this.state = Objects.requireNonNull(state, "state");
        this.measurer = Objects.requireNonNull(measurer, "measurer");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        canMeasure = Bindings.createBooleanBinding(() -> key() != null && !busy.get(), state.selectedProperty(),
                state.selectedUnitProperty(), state.analysedProperty(), busy);
        state.selectedProperty().addListener((o, a, b) -> showKnown());
        state.selectedUnitProperty().addListener((o, a, b) -> showKnown());
        state.analysedProperty().addListener((o, a, b) -> {
            // Figures of the workspace before are not the new one's.
            running.set(true);
            running = new AtomicBoolean();
            measured.clear();
            busy.set(false);
            result.set("");
        });
    }

    /** The line under the details title: the last measurement of the selected header, or what is happening. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether a header of a parsed unit is selected and nothing is being measured. */
    public BooleanBinding canMeasure() {
        return canMeasure;
    }

    /** Starts measuring the selected header in the selected unit. */
    public void measure() {
        Key key = key();
        AnalysedWorkspace analysed = state.analysedProperty().get();
        if (key == null || analysed == null || busy.get()) {
            return;
        }
        busy.set(true);
        result.set("clang is compiling " + key.unit() + " twice (as it is, and without "
                + Formats.fileName(key.header()) + ")…");
        AtomicBoolean stop = running;
        executor.execute(() -> {
            String text;
            try {
                text = describe(measurer.measure(analysed, key.unit(), key.header(), stop::get));
            } catch (SessionException e) {
                text = "Cannot measure: " + e.problem().message();
            } catch (SessionCancelledException e) {
                return;
            } catch (RuntimeException e) {
                text = "Cannot measure: " + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                        : " (" + e.getMessage() + ")");
            }
            String line = text;
            fxThread.execute(() -> {
                if (stop != running) {
                    return; // another workspace since
                }
                busy.set(false);
                measured.put(key, line);
                showKnown();
            });
        });
    }

    /** Stops a measurement under way (a new workspace, the window closing). */
    public void cancel() {
        running.set(true);
        running = new AtomicBoolean();
        busy.set(false);
    }

    private void showKnown() {
        if (busy.get()) {
            return;
        }
        Key key = key();
        result.set(key == null ? "" : measured.getOrDefault(key, ""));
    }

    private Key key() {
        HeaderNode node = state.selectedProperty().get();
        TranslationUnit unit = state.selectedUnitProperty().get();
        AnalysedWorkspace analysed = state.analysedProperty().get();
        if (node == null || node.file() == null || unit == null || analysed == null || !analysed.compilable()) {
            return null;
        }
        return new Key(unit.name(), node.path());
    }

    static String describe(SavingsVerifier.HeaderMeasurement m) {
        SavingsVerifier.Row row = m.saving();
        StringBuilder s = new StringBuilder();
        s.append("Without it ").append(row.unit()).append(" saves ").append(Formats.bytes(row.estimatedBytes()))
                .append(" estimated, ").append(Formats.bytes(row.measuredAstBytes())).append(" measured by clang");
        double error = row.errorPercent();
        if (!Double.isNaN(error)) {
            s.append(String.format(java.util.Locale.ROOT, " (estimate %+.0f%%)", error));
        }
        s.append(". The unit: ").append(Formats.bytes(m.unitEstimated())).append(" estimated, ")
                .append(Formats.bytes(m.unitMeasured())).append(" measured");
        if (m.clangErrors() > 0) {
            s.append("; clang reported ").append(m.clangErrors()).append(m.clangErrors() == 1 ? " error" : " errors")
                    .append(" in the unit, so its figures cover less than the whole unit");
        }
        s.append(" (clang ").append(m.clangVersion()).append(row.cached() ? ", from the cache)." : ").");
        if (m.clangErrors() == 0) {
            // SavingsVerifier kept the unit's figure; the correction is fitted when a workspace is analysed.
            s.append(" The unit's figure is kept for this workspace's correction from its next analysis.");
        }
        return s.toString();
    }
}
