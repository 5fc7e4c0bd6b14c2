// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the explorer finds what to open and when it refuses to start. */
class GuiLauncherTest {
    Preferences node;
    UiSettings settings;

    @BeforeEach
    void freshSettings() {
        node = Preferences.userRoot().node("dev/headroom/test/" + System.nanoTime());
        settings = new UiSettings(node);
    }

    @AfterEach
    void dropSettings() throws Exception {
        node.removeNode();
    }

    @Test
    void linuxWithoutADisplayIsRefusedInOneLine() {
        String why = GuiLauncher.missingDisplay(Map.of(), "Linux", null);
        assertNotNull(why);
        assertTrue(why.contains("DISPLAY") && !why.contains("\n"), why);
        assertNull(GuiLauncher.missingDisplay(Map.of("DISPLAY", ":0"), "Linux", null));
        assertNull(GuiLauncher.missingDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null));
        assertNull(GuiLauncher.missingDisplay(Map.of(), "Mac OS X", null));
        assertNull(GuiLauncher.missingDisplay(Map.of(), "Linux", "Monocle"));
    }

    @Test
    void runWithoutADisplayPrintsTheReasonAndReturnsTwo() {
        if (System.getProperty("glass.platform") != null || System.getenv("DISPLAY") != null) {
            // Tests run on Monocle; the check itself is covered above. Here only the no-display path is exercised.
            String previous = System.clearProperty("glass.platform");
            try {
                if (System.getenv("DISPLAY") != null) {
                    return;
                }
                assertNoDisplayRun();
            } finally {
                if (previous != null) {
                    System.setProperty("glass.platform", previous);
                }
            }
        } else {
            assertNoDisplayRun();
        }
    }

    private void assertNoDisplayRun() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GuiLauncher.run(List.of(), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(GuiLauncher.NO_DISPLAY, code);
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("headroom: no display"), text);
        assertEquals(1, text.lines().count(), text);
    }

    @Test
    void withoutALastWorkspaceTheBundledSampleIsFoundFromTheJarsFolder(@TempDir Path tmp) throws Exception {
        Path repo = tmp.resolve("repo");
        Path sample = Files.createDirectories(repo.resolve("samples/vybe-sdf"));
        Path jar = Files.createDirectories(repo.resolve("app/target")).resolve("headroom-app.jar");
        Files.writeString(jar, "");
        assertEquals(List.of(sample), GuiLauncher.defaultInputs(settings, jar, tmp.resolve("elsewhere")));
        assertEquals(List.of(sample), GuiLauncher.defaultInputs(settings, null, repo), "or from the working folder");
        assertEquals(List.of(), GuiLauncher.defaultInputs(settings, null, tmp.resolve("elsewhere")));
    }

    @Test
    void theLastWorkspaceWinsWhileItStillExists(@TempDir Path tmp) throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        settings.remember(List.of(project));
        assertEquals(List.of(project), GuiLauncher.defaultInputs(settings, null, tmp));
        Files.delete(project);
        assertEquals(List.of(), GuiLauncher.defaultInputs(settings, null, tmp));
    }

    @Test
    void recentWorkspacesAreMostRecentFirstWithoutDuplicates() {
        settings.remember(List.of(Path.of("/a")));
        settings.remember(List.of(Path.of("/b"), Path.of("/c")));
        settings.remember(List.of(Path.of("/a")));
        assertEquals(List.of(List.of(Path.of("/a")), List.of(Path.of("/b"), Path.of("/c"))), settings.recentWorkspaces());
        assertEquals(List.of(Path.of("/a")), settings.lastWorkspace());
    }
}
