// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;

/** What the keys of clang's figure caches are made of: labelled text and the bytes of the files a unit reads. */
final class ContentDigest {
    private ContentDigest() {
    }

    /** Adds {@code s} and a terminator, so "ab" + "c" and "a" + "bc" digest apart. */
    static void text(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /** Adds {@code file}'s bytes, or that it is missing. */
    static void file(MessageDigest sha, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            text(sha, "missing");
            return;
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
