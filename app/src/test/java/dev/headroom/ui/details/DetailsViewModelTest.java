// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.details;

import static dev.headroom.ui.ExplorerFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.model.FunctionDefinition;
import dev.headroom.model.Problem;
import dev.headroom.model.Workspace;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.ui.Explorer;
import dev.headroom.ui.NodeCountCostModel;
import dev.headroom.ui.details.Details;
import dev.headroom.ui.details.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The details and source view model: relations of the selected header, problems opened at their line. */
class DetailsViewModelTest {
    Explorer vm;
    Workspace workspace;

    @BeforeEach
    void showWorkspace() {
        workspace = workspace();
        vm = explorer(workspace);
    }

    @Test
    void selectingAHeaderGathersItsDetails() {
        vm.treemap().selectPath(CMATH);
        Details d = vm.details().detailsProperty().get();
        assertEquals(CMATH, d.node().path());
        assertEquals("app", d.unit());
        assertEquals(Set.of(ENGINE, MATH), Set.copyOf(d.includers()));
        assertEquals(List.of(), d.includes());
        assertEquals(Set.of(List.of(MAIN, ENGINE, CMATH), List.of(MAIN, MATH, CMATH)), Set.copyOf(d.chains()));
        assertEquals(2, d.totalChains());

        vm.treemap().selectPath(MATH);
        assertEquals(List.of("vybe::length", "vybe::Vec::dot"),
                vm.details().detailsProperty().get().functions().stream().map(FunctionDefinition::qualifiedName).toList());
        vm.treemap().select(null);
        assertNull(vm.details().detailsProperty().get());
    }

    @Test
    void problemsOfTheWorkspaceAndItsUnitsAreListedAndOpenAtTheirLine(@TempDir Path tmp) throws Exception {
        assertEquals(List.of("unknown key", "expected ';'"), vm.state().problems().stream().map(Problem::message).toList());
        Path header = tmp.resolve("broken.h");
        Files.writeString(header, "int a;\nint b\nint c;\n");
        vm.details().showProblem(new Problem(header.toString(), 2, "expected ';'", Problem.Source.SYNTAX));
        assertEquals(new SourceLocation(header.toString(), 2, 2), vm.details().sourceProperty().get());
        assertEquals(List.of("int a;", "int b", "int c;"), vm.details().sourceLines());
        vm.details().showProblem(new Problem(null, 0, "no compiler", Problem.Source.TOOLCHAIN));
        assertEquals(header.toString(), vm.details().sourceProperty().get().path(), "a problem without a file moves nothing");
    }

    @Test
    void sourceIsReadOffTheCallingThreadAndDecodedAsUtf8(@TempDir Path tmp) throws Exception {
        Path header = Files.writeString(tmp.resolve("naïve.h"), "// größe: 1 µs\nint x;\n", StandardCharsets.UTF_8);
        List<Runnable> queued = new ArrayList<>();
        DetailsViewModel details = new DetailsViewModel(vm.state(), queued::add, Runnable::run);

        details.showSource(header.toString(), 2, 2);
        assertEquals(1, details.sourceLines().size(), "nothing is read until the executor runs");
        assertTrue(details.sourceLines().get(0).startsWith("(reading "), details.sourceLines().toString());
        queued.forEach(Runnable::run);

        assertEquals(List.of("// größe: 1 µs", "int x;"), details.sourceLines());
        assertEquals(new SourceLocation(header.toString(), 2, 2), details.sourceProperty().get());
    }

    @Test
    void fileThatIsNotUtf8IsShownAsLatin1(@TempDir Path tmp) throws Exception {
        Path header = Files.write(tmp.resolve("latin1.h"), "// caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        vm.details().showSource(header.toString(), 0, 0);

        assertEquals(List.of("// café"), vm.details().sourceLines());
    }

    @Test
    void anotherWorkspaceClearsTheSourceOfTheOneBefore(@TempDir Path tmp) throws Exception {
        vm.details().showSource(Files.writeString(tmp.resolve("a.h"), "int a;\n").toString(), 0, 0);
        assertFalse(vm.details().sourceLines().isEmpty());

        vm.session().show(AnalysedWorkspace.of(workspace(), new NodeCountCostModel()));

        assertNull(vm.details().sourceProperty().get());
        assertTrue(vm.details().sourceLines().isEmpty());
        assertNull(vm.details().detailsProperty().get(), "nothing is selected in the new workspace");
    }

    @Test
    void eachIncludeLineOfTheSelectedHeaderSaysWhatItBringsAndWhatCuttingItSaves() {
        vm.treemap().selectPath(ENGINE);
        IncludeAnnotations notes = vm.details().annotationsProperty().get();
        assertEquals("app", notes.unit());
        assertEquals(Set.of(1, 2, 3), notes.byLine().keySet(), "engine's three include lines");
        var imgui = notes.byLine().get(2).get(0);
        assertEquals(IMGUI, imgui.target());
        assertEquals(700, imgui.inclusive(), "imgui and the vulkan it includes");
        assertEquals(200, imgui.cut(), "vulkan stays: engine includes it on line 1");
        assertEquals(0, notes.byLine().get(3).get(0).cut(), "math.h includes cmath too");
        assertTrue(notes.note(3).endsWith("cut: 0, reached elsewhere"), notes.note(3));
        assertTrue(notes.note(2).endsWith("cut: −200 B"), notes.note(2));
        assertTrue(notes.detail(3).contains("removes nothing"), notes.detail(3));
        assertNull(notes.note(4), "not an include line");

        vm.treemap().selectPath(CMATH);
        assertTrue(vm.details().annotationsProperty().get().byLine().isEmpty(), "cmath includes nothing");
    }
}
