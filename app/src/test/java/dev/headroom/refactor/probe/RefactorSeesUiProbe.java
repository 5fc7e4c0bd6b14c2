// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor.probe;

import dev.headroom.ui.Formats;

/** A refactor class that reaches up into the explorer, for {@code LayerRulesTest}. */
public final class RefactorSeesUiProbe {
    private RefactorSeesUiProbe() {
    }

    static String size(long bytes) {
        return Formats.bytes(bytes);
    }
}
