// SPDX-License-Identifier: Apache-2.0
package dev.headroom;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.cli.HeadroomCommand;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which arguments go to the command line and which open the explorer. */
class LauncherTest {
    static final Set<String> SUBCOMMANDS = HeadroomCommand.subcommandNames();

    @Test
    void subcommandsAndOptionsRunTheCommandLine() {
        assertTrue(SUBCOMMANDS.contains("analyze"));
        for (String[] args : new String[][] {{"analyze", "x"}, {"help"}, {"-h"}, {"--help"}, {"-V"}, {"--version"}}) {
            assertTrue(Launcher.wantsCommandLine(args, SUBCOMMANDS), String.join(" ", args));
        }
    }

    @Test
    void noArgumentsOrPathsOpenTheExplorer() {
        assertFalse(Launcher.wantsCommandLine(new String[0], SUBCOMMANDS));
        assertFalse(Launcher.wantsCommandLine(new String[] {"samples/vybe-sdf"}, SUBCOMMANDS));
        assertFalse(Launcher.wantsCommandLine(new String[] {"a.h", "b.h"}, SUBCOMMANDS));
    }

    @Test
    void aMistypedCommandGoesToTheCommandLineWhichSuggestsTheRightOne() {
        assertTrue(Launcher.wantsCommandLine(new String[] {"anlyze", "samples/vybe-sdf"}, SUBCOMMANDS),
                "a bare word that names no file is a command, answered by picocli, not by the explorer");
    }
}
