// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Recognises C/C++ files by name, the way compiler drivers do. */
final class SourceFiles {

    private static final Set<String> C_SOURCES = Set.of("c", "m");
    // ".C" (capital) is C++ by gcc's rules, so these are compared case-sensitively.
    private static final Set<String> CXX_SOURCES = Set.of("cc", "cpp", "cxx", "c++", "C", "mm");
    private static final Set<String> CXX_HEADERS = Set.of("hh", "hpp", "hxx");

    private SourceFiles() {
    }

    /** True for every extension a C/C++ compiler accepts as input, headers included. */
    static boolean isCFamily(String fileName) {
        return isSource(fileName) || isHeader(fileName);
    }

    static boolean isCFamily(Path file) {
        return isCFamily(fileName(file));
    }

    /** True for .c .cc .cpp .cxx .c++ .C .m .mm. */
    static boolean isSource(String fileName) {
        String ext = extension(fileName);
        return C_SOURCES.contains(ext) || CXX_SOURCES.contains(ext);
    }

    /** True for .h .hh .hpp .hxx. */
    static boolean isHeader(String fileName) {
        String ext = extension(fileName);
        return ext.equals("h") || CXX_HEADERS.contains(ext);
    }

    static boolean isHeader(Path file) {
        return isHeader(fileName(file));
    }

    /**
     * The language the extension implies, or {@code null} when it implies none: a {@code .h} header is valid C and
     * C++, so the parser's default decides.
     */
    static Language languageOf(String fileName) {
        String ext = extension(fileName);
        if (C_SOURCES.contains(ext)) {
            return Language.C;
        }
        if (CXX_SOURCES.contains(ext) || CXX_HEADERS.contains(ext)) {
            return Language.CXX;
        }
        return null;
    }

    static Language languageOf(Path file) {
        return languageOf(fileName(file));
    }

    static boolean hasExtension(Path file, String wanted) {
        return extension(fileName(file)).toLowerCase(Locale.ROOT).equals(wanted);
    }

    static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString();
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1);
    }
}
