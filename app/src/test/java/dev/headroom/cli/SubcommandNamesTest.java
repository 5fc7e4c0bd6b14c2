// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The launcher routes by names read from the annotations; they must be the ones picocli's model has. */
class SubcommandNamesTest {
    @Test
    void namesFromTheAnnotationsAreExactlyPicoclisSubcommands() {
        assertEquals(HeadroomCommand.create().getSubcommands().keySet(), HeadroomCommand.subcommandNames());
    }
}
