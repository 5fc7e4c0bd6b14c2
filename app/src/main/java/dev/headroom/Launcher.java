// SPDX-License-Identifier: Apache-2.0
package dev.headroom;

import dev.headroom.cli.HeadroomCommand;

/**
 * The program's entry point. It is not a JavaFX {@code Application}: launching one of those straight from
 * the class path fails with "JavaFX runtime components are missing", and the command line must start
 * without JavaFX at all.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(HeadroomCommand.execute(args));
    }
}
