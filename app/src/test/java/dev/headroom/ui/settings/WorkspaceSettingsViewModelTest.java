// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.settings;

import static dev.headroom.ui.ExplorerFixtures.rowBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.model.TranslationUnit;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.AnalysisRequest;
import dev.headroom.session.AnalysisSession;
import dev.headroom.session.Progress;
import dev.headroom.session.WorkspaceSettings.Field;
import dev.headroom.ui.Explorer;
import dev.headroom.ui.refactor.SampleCopy;
import dev.headroom.ui.session.SessionViewModel;
import dev.headroom.ui.session.WorkspaceOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace settings dialog's view model on a copy of the sample, parsed for real without a Stage: Apply changes
 * the figures and writes nothing, Save writes a file the command line's road reads to the same figures, and a field
 * that cannot be saved turns Apply and Save off.
 */
class WorkspaceSettingsViewModelTest {
    @TempDir
    Path tmp;
    Path copy;
    Path project;
    Explorer explorer;
    WorkspaceSettingsViewModel vm;
    AnalysisSession session = AnalysisSession.bundled();

    @BeforeEach
    void openACopyOfTheSample() throws Exception {
        SampleCopy.requireHeaders();
        copy = SampleCopy.of(tmp.resolve("vybe-sdf"));
        project = copy.resolve("headroom.json");
        Path cache = tmp.resolve("cache");
        explorer = new Explorer(WorkspaceOpener.through(session, r -> r.withCacheDir(cache).withRun(2, true)),
                session.costModel().calibration(), Runnable::run, Runnable::run);
        explorer.session().open(List.of(copy));
        succeeded();
        vm = explorer.settings();
    }

    void succeeded() {
        assertEquals(SessionViewModel.AnalysisState.SUCCEEDED, explorer.session().stateProperty().get(),
                explorer.session().progressMessageProperty().get());
    }

    /** Every file of the copy and its content, to show that nothing was written. */
    Map<String, String> tree() throws Exception {
        try (var files = Files.walk(copy)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toMap(p -> copy.relativize(p).toString(),
                    p -> {
                        try {
                            return Files.readString(p);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }, (a, b) -> a, TreeMap::new));
        }
    }

    Map<String, String> dialects() {
        return explorer.state().analysed().workspace().units().stream()
                .collect(Collectors.toMap(TranslationUnit::name, TranslationUnit::dialect, (a, b) -> a, TreeMap::new));
    }

    @Test
    void dialogShowsTheSettingsAsTheFileWritesThem() {
        assertTrue(vm.availableProperty().get());
        vm.edit();

        assertTrue(vm.showingProperty().get());
        assertEquals(project.toString(), vm.fileProperty().get());
        assertEquals("include", vm.field(Field.INCLUDE_DIRS).get());
        assertEquals("/usr/include/imgui\n/usr/include/imgui/backends", vm.field(Field.SYSTEM_INCLUDE_DIRS).get());
        assertEquals("", vm.field(Field.DEFINES).get());
        assertEquals("c++17", vm.field(Field.STD).get());
        assertEquals("", vm.field(Field.PROJECT_FOLDERS).get());
        assertTrue(vm.canApplyProperty().get(), "the settings as saved can be applied");
    }

    @Test
    void applyAnalysesWithTheEditedSettingsAndWritesNothing() throws Exception {
        Map<String, String> before = tree();
        Map<String, Long> figures = rowBytes(explorer);
        assertTrue(dialects().values().stream().allMatch(d -> d.startsWith("c++17")), dialects().toString());
        vm.edit();

        vm.field(Field.STD).set("c++20");
        vm.field(Field.DEFINES).set("VK_NO_PROTOTYPES\nVYBE_EMPTY=");
        vm.apply();

        succeeded();
        assertTrue(dialects().values().stream().allMatch(d -> d.startsWith("c++20")), "parsed as C++20: " + dialects());
        assertNotEquals(figures, rowBytes(explorer), "the figures are of the edited settings");
        assertTrue(vm.appliedProperty().get());
        assertTrue(explorer.session().settingsTriedProperty().get());
        assertTrue(vm.showingProperty().get(), "the dialog stays to Save or Cancel");
        assertEquals(before, tree(), "nothing was written into the workspace");

        explorer.reload();
        succeeded();
        assertTrue(dialects().values().stream().allMatch(d -> d.startsWith("c++20")), "F5 keeps the settings tried");

        vm.cancel();
        succeeded();
        assertFalse(vm.showingProperty().get());
        assertFalse(explorer.session().settingsTriedProperty().get());
        assertEquals(figures, rowBytes(explorer), "Cancel goes back to the settings as saved");
        assertEquals(before, tree());
    }

    @Test
    void saveWritesAFileTheCommandLinesRoadReadsToTheSameFigures() throws Exception {
        vm.edit();
        vm.field(Field.STD).set("c++20");
        vm.field(Field.DEFINES).set("-DVK_NO_PROTOTYPES\nVYBE_EMPTY=");
        vm.apply();
        Map<String, Long> applied = rowBytes(explorer);

        vm.save();

        succeeded();
        assertFalse(vm.showingProperty().get(), "the dialog closes");
        assertFalse(explorer.session().settingsTriedProperty().get(), "the file on the disk is what is analysed");
        assertEquals(applied, rowBytes(explorer), "Apply showed what Save gives");
        assertEquals("""
                {
                  "name": "vybe-sdf",
                  "inputs": ["src"],
                  "includeDirs": ["include"],
                  "systemIncludeDirs": ["/usr/include/imgui", "/usr/include/imgui/backends"],
                  "defines": {
                    "VK_NO_PROTOTYPES": "1",
                    "VYBE_EMPTY": ""
                  },
                  "std": "c++20"
                }
                """, Files.readString(project), "the other keys kept, in the documented order, pretty");
        try (var leftovers = Files.list(copy)) {
            assertEquals(List.of("headroom.json", "include", "src"),
                    leftovers.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }

        AnalysedWorkspace cli = session.prepare(AnalysisRequest.of(List.of(copy)).withCacheDir(tmp.resolve("cli"))
                .withRun(2, false)).run(Progress.SILENT, () -> false);
        assertEquals(unitBytes(explorer.state().analysed()), unitBytes(cli),
                "the command line reads the saved file as the explorer tried it");
    }

    static Map<String, Long> unitBytes(AnalysedWorkspace analysed) {
        Map<String, Long> out = new TreeMap<>();
        analysed.costs().units().forEach(u -> out.put(u.unit(), u.astBytes()));
        return out;
    }

    @Test
    void savingTheSameSettingsTwiceWritesTheSameText() throws Exception {
        vm.edit();
        vm.field(Field.PROJECT_FOLDERS).set("include");
        vm.save();
        String first = Files.readString(project);
        vm.edit();
        vm.save();
        assertEquals(first, Files.readString(project));
        assertTrue(first.contains("\"projectFolders\": [\"include\"],\n  \"std\""), "in the documented order: " + first);
    }

    @Test
    void aFieldThatCannotBeSavedIsToldBesideItAndTurnsApplyAndSaveOff() throws Exception {
        Map<String, String> before = tree();
        Map<String, Long> figures = rowBytes(explorer);
        vm.edit();

        vm.field(Field.INCLUDE_DIRS).set("include\nincldue");
        assertFalse(vm.canApplyProperty().get());
        assertEquals("line 2: incldue (" + copy.resolve("incldue") + ") is not an existing folder",
                vm.problemProperty(Field.INCLUDE_DIRS).get());
        vm.field(Field.INCLUDE_DIRS).set("include");
        assertEquals("", vm.problemProperty(Field.INCLUDE_DIRS).get());
        assertTrue(vm.canApplyProperty().get());

        vm.field(Field.DEFINES).set("NDEBUG=\n=1");
        assertEquals("line 2: a macro needs a name; write NAME, NAME=VALUE or NAME= for an empty macro",
                vm.problemProperty(Field.DEFINES).get());
        assertFalse(vm.canApplyProperty().get());
        vm.field(Field.DEFINES).set("NDEBUG\nNDEBUG=2");
        assertTrue(vm.problemProperty(Field.DEFINES).get().contains("defined on line 1 already"),
                vm.problemProperty(Field.DEFINES).get());
        vm.field(Field.DEFINES).set("NDEBUG=");

        vm.field(Field.STD).set("c++21");
        assertTrue(vm.problemProperty(Field.STD).get().startsWith("-std=c++21 is not a language standard clang knows"),
                vm.problemProperty(Field.STD).get());
        assertFalse(vm.canApplyProperty().get());

        vm.apply();
        vm.save();
        assertEquals(before, tree(), "neither Apply nor Save does anything while a field is wrong");
        assertEquals(figures, rowBytes(explorer));
        assertTrue(vm.showingProperty().get());

        vm.field(Field.STD).set("-std=gnu++17");
        assertTrue(vm.canApplyProperty().get());
        assertEquals("", vm.problemProperty(Field.STD).get());
    }

    @Test
    void aWorkspaceWithoutAProjectFileHasNoSettingsToEdit() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        Files.writeString(plain.resolve("main.cpp"), "int main() { return 0; }\n");
        explorer.session().open(List.of(plain));
        succeeded();

        assertFalse(vm.availableProperty().get());
        vm.edit();
        assertFalse(vm.showingProperty().get());
    }
}
