// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

import java.util.List;
import java.util.Objects;

/**
 * A header's declarations at file and namespace scope, as one unit including it parsed them: what a header split
 * moves, each with what it names. Offsets count characters of the header's text.
 *
 * @param header       absolute path of the header
 * @param declarations in file order
 * @param problems     the parse's problems in the header
 */
public record HeaderOutline(String header, List<Declaration> declarations, List<Problem> problems) {

    public HeaderOutline {
        Objects.requireNonNull(header, "header");
        declarations = List.copyOf(declarations);
        problems = List.copyOf(problems);
    }

    /**
     * One declaration at file or namespace scope.
     *
     * @param name       what it declares, qualified, or its first words when it declares no name
     * @param symbols    every qualified name it declares (a class, its enumerators, each declarator)
     * @param namespaces the named namespaces it lies in, outermost first
     * @param offset     where its text starts
     * @param length     how long its text is
     * @param shape      what stands in the way of moving it verbatim
     * @param uses       indices of the header's declarations it names
     * @param usesFiles  per symbol it names that other files declare, their absolute paths (any one will do)
     * @param usesPlaces where in other files the declarations of what it names start: with those files' outlines,
     *                   which of their declarations it needs
     * @param macros     macros expanded in its text
     * @param unresolved whether a name in it did not resolve, so what it needs is not known exactly
     */
    public record Declaration(String name, List<String> symbols, List<String> namespaces, int offset, int length,
            Shape shape, List<Integer> uses, List<List<String>> usesFiles, List<Place> usesPlaces, List<MacroUse> macros,
            boolean unresolved) {

        public Declaration {
            symbols = List.copyOf(symbols);
            namespaces = List.copyOf(namespaces);
            uses = List.copyOf(uses);
            usesFiles = usesFiles.stream().map(List::copyOf).toList();
            usesPlaces = List.copyOf(usesPlaces);
            macros = List.copyOf(macros);
        }

        /** One past its last character. */
        public int end() {
            return offset + length;
        }
    }

    /**
     * Where a declaration's node starts in another file.
     *
     * @param file   absolute path of the file
     * @param offset its first character there
     */
    public record Place(String file, int offset) {
    }

    /**
     * A macro expanded in a declaration.
     *
     * @param name      the macro
     * @param definedIn absolute path of the file defining it, or {@code null} when built in or on the command line
     */
    public record MacroUse(String name, String definedIn) {
    }

    /** Whether a declaration can move to another header as written. */
    public enum Shape {
        PLAIN("plain"),
        NAME_FROM_MACRO("its name comes out of a macro expansion"),
        FROM_MACRO("it is produced by a macro"),
        LINKAGE_BLOCK("it is an extern \"C\" block"),
        SPECIAL_NAMESPACE("it is an inline or unnamed namespace"),
        ELSEWHERE("its text comes from another file included inside the header's namespace");

        private final String reason;

        Shape(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
