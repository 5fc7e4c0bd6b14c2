// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

/** The language a translation unit is parsed as; it picks CDT's C or C++ parser and the compiler's mode. */
public enum SourceLanguage {
    C("c"),
    CXX("c++");

    private final String compilerName;

    SourceLanguage(String compilerName) {
        this.compilerName = compilerName;
    }

    /** The name compilers take after {@code -x}. */
    public String compilerName() {
        return compilerName;
    }
}
