// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.details;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.analysis.usage.HeaderUtilisation.HeaderUse;
import dev.headroom.analysis.usage.HeaderUtilisation.ModuleUtilisation;
import dev.headroom.model.TranslationUnit;
import dev.headroom.session.HeaderUtilisations;
import dev.headroom.session.SessionCancelledException;
import dev.headroom.session.SessionException;
import dev.headroom.ui.ExplorerState;
import dev.headroom.ui.Formats;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The selected header's utilisation by the unit on screen: declarations parsed, used and needed, and what the
 * needed ones are estimated to cost. The unit's outline parse runs on {@code executor} the first time one of its
 * headers is selected (about as long as the unit's own parse); its result is kept for every header of the unit.
 */
public final class UtilisationViewModel {
    private final ExplorerState state;
    private final Executor executor;
    private final Executor fxThread;
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper(this, "line", "");
    private final Set<String> running = new HashSet<>();
    private AtomicBoolean stop = new AtomicBoolean();

    public UtilisationViewModel(ExplorerState state, Executor executor, Executor fxThread) {
        this.state = Objects.requireNonNull(state, "state");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        state.selectedProperty().addListener((o, a, b) -> refresh());
        state.selectedUnitProperty().addListener((o, a, b) -> refresh());
        state.analysedProperty().addListener((o, a, b) -> {
            stop.set(true);
            stop = new AtomicBoolean();
            running.clear();
            refresh();
        });
    }

    /** One line for the details pane; empty when no header of a parsed workspace is selected. */
    public ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }

    /** Stops an outline parse under way (the window closing). */
    public void cancel() {
        stop.set(true);
        stop = new AtomicBoolean();
        running.clear();
    }

    private void refresh() {
        HeaderNode node = state.selectedProperty().get();
        TranslationUnit unit = state.selectedUnitProperty().get();
        HeaderUtilisations utilisations = state.utilisations();
        if (node == null || !node.isHeader() || unit == null || utilisations == null) {
            line.set("");
            return;
        }
        var known = utilisations.known(unit.name());
        if (known.isPresent()) {
            line.set(describe(known.get(), node.path()));
            return;
        }
        line.set("Counting what " + unit.name() + " uses of its headers (one more parse of the unit)…");
        if (!running.add(unit.name())) {
            return;
        }
        AtomicBoolean cancelled = stop;
        String name = unit.name();
        executor.execute(() -> {
            String failure = null;
            try {
                utilisations.unit(name, cancelled::get);
            } catch (SessionException e) {
                failure = "Cannot count uses: " + e.problem().message();
            } catch (SessionCancelledException e) {
                return;
            } catch (RuntimeException e) {
                failure = "Cannot count uses: " + e;
            }
            String why = failure;
            fxThread.execute(() -> {
                if (cancelled != stop) {
                    return;
                }
                running.remove(name);
                if (why != null) {
                    line.set(why);
                } else {
                    refresh();
                }
            });
        });
    }

    static String describe(ModuleUtilisation m, String header) {
        return m.header(header).map(h -> sentence(m.module(), h)).orElse(Formats.fileName(header)
                + ": not outlined for " + m.module() + " (the unit's own file, or not entered by it)");
    }

    private static String sentence(String module, HeaderUse h) {
        if (h.parsed() == 0) {
            return String.format(Locale.ROOT, "%s declares nothing at file or namespace scope as %s parses it",
                    Formats.fileName(h.header()), module);
        }
        return String.format(Locale.ROOT, "Utilisation: %,d declarations at file or namespace scope, %,d used by %s (%.1f%%); %,d needed"
                + " with what they use, about %s of its %s (estimated)", h.parsed(), h.used(), module,
                h.usedPercent(), h.needed(), Formats.bytes(h.neededAstBytes()), Formats.bytes(h.astBytes()));
    }
}
