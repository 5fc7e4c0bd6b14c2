// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

/** What became of an include directive in a unit. */
public enum IncludeStatus {
    /** Found and parsed. */
    ENTERED,
    /** Found but skipped by an include guard or {@code #pragma once}. */
    SKIPPED_ONCE,
    /** Not found in any searched folder. */
    NOT_FOUND,
    /** In a preprocessor branch that was not taken. */
    INACTIVE
}
