// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session.probe;

/** A session class that prints to the process's output, for {@code LayerRulesTest}. */
public final class SessionPrintsProbe {
    private SessionPrintsProbe() {
    }

    static void say(String text) {
        System.out.println(text);
    }
}
