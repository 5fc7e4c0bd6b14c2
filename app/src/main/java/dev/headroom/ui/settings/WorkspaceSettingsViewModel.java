// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.settings;

import dev.headroom.session.SessionException;
import dev.headroom.session.SettingsCheck;
import dev.headroom.session.WorkspaceSettings;
import dev.headroom.session.WorkspaceSettings.Field;
import dev.headroom.session.WorkspaceSettingsFile;
import dev.headroom.ui.ExplorerState;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The workspace settings dialog: the include folders, defines, language standard and project folders of the
 * workspace's {@code headroom.json}, edited as a what-if. {@link #apply()} analyses the workspace again with the
 * fields as typed and writes nothing; {@link #save()} writes them into the file (atomically, keeping what else it
 * holds) and analyses it again from the disk; {@link #cancel()} drops the edits and, after an apply, goes back to the
 * saved settings. Nothing is ever saved but by {@link #save()}.
 *
 * <p>Each edit is checked in the background (folders must exist, defines be macros, the standard one clang knows);
 * the problem is told beside its field and Apply and Save are off until every field is right. Commands are called on
 * the FX thread; reading, checking and writing run on {@code executor}.
 */
public final class WorkspaceSettingsViewModel {
    private final ExplorerState state;
    private final Consumer<Map<Path, String>> reanalyse;
    private final Executor executor;
    private final Executor fxThread;

    private final Map<Field, StringProperty> typed = new EnumMap<>(Field.class);
    private final Map<Field, ReadOnlyStringWrapper> problems = new EnumMap<>(Field.class);
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper applied = new ReadOnlyBooleanWrapper(this, "applied");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(this, "canApply");
    private final ReadOnlyStringWrapper fileText = new ReadOnlyStringWrapper(this, "file", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** The file being edited, while the dialog shows. */
    private WorkspaceSettingsFile file;
    /** The settings the fields come to, when they are right. */
    private WorkspaceSettings checked;
    /** Counts edits, so that a check of older text does not overwrite a newer one's verdict. */
    private long edits;
    /** Set while the fields are being filled from the file: that is not an edit. */
    private boolean filling;

    /**
     * @param reanalyse analyses the workspace on screen again reading each project file given from its text (empty:
     *                  all from the disk), keeping the unit and header shown
     * @param executor  where the file is read, checked and written; never the FX thread
     * @param fxThread  where that work reports back: the thread commands are called on
     */
    public WorkspaceSettingsViewModel(ExplorerState state, Consumer<Map<Path, String>> reanalyse, Executor executor,
            Executor fxThread) {
        this.state = Objects.requireNonNull(state, "state");
        this.reanalyse = Objects.requireNonNull(reanalyse, "reanalyse");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        for (Field f : Field.values()) {
            StringProperty p = new SimpleStringProperty(this, f.key(), "");
            p.addListener((o, was, now) -> edited());
            typed.put(f, p);
            problems.put(f, new ReadOnlyStringWrapper(this, f.key() + "Problem", ""));
        }
        available.bind(Bindings.createBooleanBinding(() -> projectFile() != null, state.analysedProperty()));
        canApply.bind(loaded.and(valid).and(checking.not()).and(busy.not()));
        // Another workspace on screen is not the one being edited.
        state.inputsProperty().addListener((o, was, now) -> {
            if (showing.get() && !Objects.equals(was, now)) {
                close("");
            }
        });
    }

    // ---- what the dialog shows ---------------------------------------------------------------------------------

    /** The text of {@code field} as typed, one entry per line: the one thing here the view writes. */
    public StringProperty field(Field field) {
        return typed.get(field);
    }

    /** What is wrong with {@code field} as typed, or {@code ""}. */
    public ReadOnlyStringProperty problemProperty(Field field) {
        return problems.get(field).getReadOnlyProperty();
    }

    /** Whether the dialog should be on screen: from {@link #edit()} until saved or cancelled. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** Whether the workspace on screen was read from a {@code headroom.json}, whose settings can be edited. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Whether Apply and Save may be chosen: the file was read, every field is right, nothing is being written. */
    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    /** Whether the figures on screen are of settings applied from this dialog and not saved. */
    public ReadOnlyBooleanProperty appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    /** The file edited. */
    public ReadOnlyStringProperty fileProperty() {
        return fileText.getReadOnlyProperty();
    }

    /** What the last command did, or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ---- commands ----------------------------------------------------------------------------------------------

    /** Opens the dialog on the settings of the workspace on screen, as its file now holds them. */
    public void edit() {
        Path project = projectFile();
        if (project == null || showing.get()) {
            return;
        }
        file = new WorkspaceSettingsFile(project);
        fileText.set(file.file().toString());
        applied.set(false);
        loaded.set(false);
        message.set("Reading " + file.file().getFileName() + "…");
        showing.set(true);
        WorkspaceSettingsFile reading = file;
        executor.execute(() -> {
            WorkspaceSettings settings;
            try {
                settings = reading.read();
            } catch (SessionException e) {
                fxThread.execute(() -> {
                    if (file == reading) {
                        message.set("Cannot edit the settings: " + e.problem().message());
                    }
                });
                return;
            }
            fxThread.execute(() -> {
                if (file == reading) {
                    filling = true;
                    try {
                        for (Field f : Field.values()) {
                            typed.get(f).set(settings.lines(f));
                        }
                    } finally {
                        filling = false;
                    }
                    loaded.set(true);
                    message.set("Apply tries the settings without writing anything; Save writes them into "
                            + reading.file().getFileName() + ".");
                    edited();
                }
            });
        });
    }

    /** Analyses the workspace again with the fields as typed, writing nothing. */
    public void apply() {
        WorkspaceSettings settings = ready();
        if (settings == null) {
            return;
        }
        WorkspaceSettingsFile target = file;
        busy.set(true);
        executor.execute(() -> {
            try {
                String text = target.text(settings);
                fxThread.execute(() -> {
                    busy.set(false);
                    if (file == target) {
                        applied.set(true);
                        message.set("Applied: the figures are of these settings; nothing is written until you Save.");
                        reanalyse.accept(Map.of(target.file(), text));
                    }
                });
            } catch (SessionException e) {
                failed(target, "Cannot apply: " + e.problem().message());
            }
        });
    }

    /** Writes the fields into the workspace's {@code headroom.json} and analyses it again from the disk. */
    public void save() {
        WorkspaceSettings settings = ready();
        if (settings == null) {
            return;
        }
        WorkspaceSettingsFile target = file;
        busy.set(true);
        executor.execute(() -> {
            try {
                target.save(settings);
                fxThread.execute(() -> {
                    busy.set(false);
                    if (file == target) {
                        close("Saved " + target.file());
                        reanalyse.accept(Map.of());
                    }
                });
            } catch (SessionException e) {
                failed(target, "Not saved: " + e.problem().message());
            }
        });
    }

    /** Drops the edits; after an {@link #apply()}, analyses the workspace again with its settings as saved. */
    public void cancel() {
        if (!showing.get()) {
            return;
        }
        boolean wasApplied = applied.get();
        close("");
        if (wasApplied) {
            reanalyse.accept(Map.of());
        }
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    private WorkspaceSettings ready() {
        return canApply.get() && showing.get() ? checked : null;
    }

    private void failed(WorkspaceSettingsFile target, String why) {
        fxThread.execute(() -> {
            busy.set(false);
            if (file == target) {
                message.set(why);
            }
        });
    }

    private void close(String said) {
        file = null;
        checked = null;
        showing.set(false);
        loaded.set(false);
        applied.set(false);
        message.set(said);
    }

    private void edited() {
        if (filling || file == null || !loaded.get()) {
            return;
        }
        long edit = ++edits;
        checking.set(true);
        Map<Field, String> snapshot = new EnumMap<>(Field.class);
        typed.forEach((f, p) -> snapshot.put(f, p.get() == null ? "" : p.get()));
        WorkspaceSettingsFile target = file;
        executor.execute(() -> {
            SettingsCheck check = target.check(snapshot);
            fxThread.execute(() -> {
                if (edit != edits || file != target) {
                    return;
                }
                checking.set(false);
                problems.forEach((f, p) -> p.set(check.problem(f)));
                checked = check.settings().orElse(null);
                valid.set(check.valid());
            });
        });
    }

    private Path projectFile() {
        var analysed = state.analysed();
        return analysed == null ? null : analysed.projectFile().orElse(null);
    }
}
