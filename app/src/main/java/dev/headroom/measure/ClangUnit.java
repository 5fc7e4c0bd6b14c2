// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One translation unit as clang compiles it.
 *
 * @param mainFile the file given to clang
 * @param flags    compiler flags, before Headroom's {@code -fsyntax-only -Xclang -print-stats}
 * @param inputs   the files whose content decides what clang sees (the headers the unit enters): a cached
 *                 measurement is used only while every one of them, and the main file, has the same content
 */
public record ClangUnit(Path mainFile, List<String> flags, List<Path> inputs) {

    public ClangUnit {
        Objects.requireNonNull(mainFile, "mainFile");
        flags = List.copyOf(flags);
        inputs = List.copyOf(inputs);
    }
}
