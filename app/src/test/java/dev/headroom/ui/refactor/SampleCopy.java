// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.refactor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of the bundled sample, so a test can patch it or analyse it without touching the repository. */
public final class SampleCopy {
    private SampleCopy() {
    }

    /** The bundled {@code samples/vybe-sdf}, absolute. */
    public static Path sample() {
        return Path.of("..", "samples", "vybe-sdf").toAbsolutePath().normalize();
    }

    /** Copies the sample to {@code target} and returns it. */
    public static Path of(Path target) throws IOException {
        Path sample = sample();
        try (var paths = Files.walk(sample)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path to = target.resolve(sample.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
