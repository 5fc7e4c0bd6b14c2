// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

/** Where a file comes from, which decides who can change it. */
public enum Origin {
    /** Under the workspace: the user's own code. */
    PROJECT,
    /** Found through the user's own {@code -isystem} folders or outside the workspace: a library the project uses. */
    THIRD_PARTY,
    /** Found through the compiler's built-in search path: the C and C++ standard libraries. */
    SYSTEM,
    /** Text Headroom wrote for a unit (a jank module's list of header requires). */
    SYNTHESIZED
}
