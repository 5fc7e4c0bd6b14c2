// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

/**
 * How much the translation units of a build parse in all, against how much distinct source they read.
 *
 * @param parsedBytes sum over roots of the bytes of everything that root reaches
 * @param distinctBytes bytes of the files reached by at least one root, each counted once
 */
public record BlowUp(long parsedBytes, long distinctBytes) {

    public BlowUp {
        if (distinctBytes < 0 || parsedBytes < distinctBytes) {
            throw new IllegalArgumentException(
                    "need 0 <= distinct <= parsed bytes, got parsed=" + parsedBytes + " distinct=" + distinctBytes);
        }
    }

    /**
     * Parsed bytes per distinct byte, at least 1. When nothing costs anything (both zero) nothing is parsed twice,
     * so the ratio is 1.
     */
    public double ratio() {
        return distinctBytes == 0 ? 1.0 : (double) parsedBytes / distinctBytes;
    }
}
