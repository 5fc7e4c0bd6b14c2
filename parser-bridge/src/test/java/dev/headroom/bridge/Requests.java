// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.nio.file.Path;
import java.util.List;

/** Builds parse requests the way the app does: the probed toolchain plus the test's own folders. */
final class Requests {
    private Requests() {
    }

    static ParseRequest cxx(Path main, List<Path> includeDirs, List<Path> systemDirs) {
        Toolchain t = Environment.toolchain(SourceLanguage.CXX, "c++17");
        var system = new java.util.ArrayList<>(systemDirs);
        system.addAll(t.systemDirs());
        return new ParseRequest(main, null, SourceLanguage.CXX, List.of(), includeDirs, system, t.macros(), List.of(), true);
    }

    static ParseRequest cxxText(Path virtualMain, String text, List<Path> systemDirs) {
        return cxxText(virtualMain, text, systemDirs, "c++17");
    }

    static ParseRequest cxxText(Path virtualMain, String text, List<Path> systemDirs, String std) {
        Toolchain t = Environment.toolchain(SourceLanguage.CXX, std);
        var system = new java.util.ArrayList<>(systemDirs);
        system.addAll(t.systemDirs());
        return new ParseRequest(virtualMain, text, SourceLanguage.CXX, List.of(), List.of(), system, t.macros(), List.of(), false);
    }
}
