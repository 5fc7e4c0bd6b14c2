// SPDX-License-Identifier: Apache-2.0
package dev.headroom.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream whose {@code close()} only flushes: writers such as Jackson close the stream they are given, which must
 * not close the caller's (an atomic write's channel before it is forced, standard output).
 */
public final class NonClosingOutputStream extends FilterOutputStream {
    public NonClosingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
