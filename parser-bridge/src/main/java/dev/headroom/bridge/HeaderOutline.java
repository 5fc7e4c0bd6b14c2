// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.nio.file.Path;
import java.util.List;

/**
 * A header's declarations at file and namespace scope, as one unit including it parsed them: what a header split
 * moves. Offsets count characters of the header's text as the parser read it.
 *
 * @param header       the header
 * @param declarations in file order
 * @param problems     syntax and preprocessor problems of the parse
 */
public record HeaderOutline(Path header, List<TopLevelDeclaration> declarations, List<ParseProblem> problems) {

    public HeaderOutline {
        declarations = List.copyOf(declarations);
        problems = List.copyOf(problems);
    }

    /**
     * One declaration at file or namespace scope (a namespace's body is opened, never a declaration of its own).
     *
     * @param name        what it declares, qualified ({@code vybe::sdf::vec3}), or its first words when it declares
     *                    no name ({@code using namespace std})
     * @param symbols     every qualified name it declares (a class, its enumerators, each declarator)
     * @param namespaces  the named namespaces it lies in, outermost first
     * @param offset      where its text starts in the header
     * @param length      how long its text is
     * @param shape       what stands in the way of moving it verbatim, or {@link Shape#PLAIN}
     * @param uses        indices (in {@link HeaderOutline#declarations()}) of the header's declarations it names
     * @param usesFiles   per symbol it names that is declared in other files, those files (any one of them will do)
     * @param usesPlaces  where, in other files, the declarations and definitions of what it names start: with those
     *                    files' outlines, which of their declarations it needs
     * @param macros      macros expanded in its text
     * @param unresolved  whether some name in it did not resolve (a dependent name in a template, a typo): what it
     *                    needs cannot be known exactly
     */
    public record TopLevelDeclaration(String name, List<String> symbols, List<String> namespaces, int offset,
            int length, Shape shape, List<Integer> uses, List<List<Path>> usesFiles, List<Place> usesPlaces,
            List<MacroUse> macros, boolean unresolved) {

        public TopLevelDeclaration {
            symbols = List.copyOf(symbols);
            namespaces = List.copyOf(namespaces);
            uses = List.copyOf(uses);
            usesFiles = usesFiles.stream().map(List::copyOf).toList();
            usesPlaces = List.copyOf(usesPlaces);
            macros = List.copyOf(macros);
        }
    }

    /**
     * Where a declaration's node starts in another file.
     *
     * @param file   the file
     * @param offset the node's first character in it
     */
    public record Place(Path file, int offset) {
    }

    /**
     * A macro expanded in a declaration.
     *
     * @param name      the macro
     * @param definedIn the file defining it, or {@code null} when built in or given on the command line
     */
    public record MacroUse(String name, Path definedIn) {
    }

    /** Whether a declaration can be moved to another header as it is written. */
    public enum Shape {
        PLAIN,
        /** Its declared name comes out of a macro expansion. */
        NAME_FROM_MACRO,
        /** The whole declaration is one macro expansion. */
        FROM_MACRO,
        /** An {@code extern "C"} (or other linkage) block. */
        LINKAGE_BLOCK,
        /** An inline or unnamed namespace, whose members a new header cannot reopen the same way. */
        SPECIAL_NAMESPACE,
        /** Its text is not in the header (an include inside a namespace brought it). */
        ELSEWHERE
    }
}
