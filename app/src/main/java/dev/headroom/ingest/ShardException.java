// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import java.nio.file.Path;

/** A shard part that cannot be read or merged: names the file and says what to do. */
public final class ShardException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public ShardException(Path file, String message) {
        super(message);
        this.file = file;
    }

    public ShardException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The part at fault, or {@code null} when the fault is the set of parts (one is missing). */
    public Path file() {
        return file;
    }
}
