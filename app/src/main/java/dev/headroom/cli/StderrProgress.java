// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.session.Progress;
import java.io.PrintWriter;

/** Progress as one line per finished unit on stderr, so stdout stays clean for the table or JSON. */
final class StderrProgress implements Progress {
    private final PrintWriter err;

    StderrProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void note(String message) {
        synchronized (err) {
            err.println("headroom: " + message);
            err.flush();
        }
    }

    @Override
    public void unitFinished(String unit, int done, int total, long millis, boolean cached) {
        synchronized (err) {
            err.printf("[%d/%d] %s %s%n", done, total, unit, cached ? "(cached)" : millis + " ms");
            err.flush();
        }
    }
}
