// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

/** The language a translation unit is parsed as. */
public enum Language {
    /** ISO C (and GNU C). */
    C,
    /** ISO C++ (and GNU C++). */
    CXX
}
