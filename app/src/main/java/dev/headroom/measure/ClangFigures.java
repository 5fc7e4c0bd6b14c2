// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

/**
 * What one clang run spent.
 *
 * @param astBytes     ASTContext "Bytes used" ({@link PrintStats#astContextBytesUsed})
 * @param peakRssBytes clang's peak resident set size (GNU time {@code %M})
 * @param wallMillis   wall time of the run
 * @param errors       errors clang reported; a what-if that removes a header others use has some, and clang
 *                     still parses the whole unit ({@code -ferror-limit=0})
 */
public record ClangFigures(long astBytes, long peakRssBytes, long wallMillis, int errors) {

    public ClangFigures {
        if (astBytes < 0 || peakRssBytes < 0 || wallMillis < 0 || errors < 0) {
            throw new IllegalArgumentException("negative figure");
        }
    }
}
