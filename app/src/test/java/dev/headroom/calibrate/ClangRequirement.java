// SPDX-License-Identifier: Apache-2.0
package dev.headroom.calibrate;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the calibration tests need on the machine: skipped where it is missing, a failure under CI (CI=true). */
final class ClangRequirement {
    private ClangRequirement() {
    }

    static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Requires every path, naming the Debian packages that bring them ({@code install}) when one is missing. */
    static void require(String install, String... paths) {
        for (String p : paths) {
            if (!Files.exists(Path.of(p))) {
                String reason = p + " is missing (apt-get install " + install + ")";
                if (ci()) {
                    fail(reason + ": CI must install it");
                }
                assumeTrue(false, reason);
            }
        }
    }
}
