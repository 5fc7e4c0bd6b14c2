// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.session.ParseWorkers;
import java.io.PrintStream;

/**
 * The hidden entry of a parse worker, outside picocli (nothing of the command line is loaded in a worker, so it
 * starts sooner). Its stdout is the protocol's alone: anything else that prints goes to stderr.
 */
public final class ParseWorkerEntry {
    private ParseWorkerEntry() {
    }

    /** Whether {@code args} start a parse worker. */
    public static boolean wanted(String[] args) {
        return args.length == 1 && args[0].equals(ParseWorkers.ARGUMENT);
    }

    /** Serves as a parse worker; returns the exit code. */
    public static int run() {
        PrintStream protocol = System.out;
        System.setOut(System.err);
        return ParseWorkers.serve(System.in, protocol);
    }
}
