// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

/** What became of one {@code #include} directive in one translation unit. */
public enum IncludeOutcome {
    /** The file was found and its content parsed here. */
    ENTERED,
    /** The file was found but skipped: an include guard or {@code #pragma once} had already admitted it. */
    SKIPPED_ONCE,
    /** The file was not found in any searched folder. */
    NOT_FOUND,
    /** The directive sits in a preprocessor branch that was not taken. */
    INACTIVE
}
