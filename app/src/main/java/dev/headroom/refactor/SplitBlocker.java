// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

/** Why a header is not split: each a structure Headroom will not cut through, so it refuses rather than guesses. */
public enum SplitBlocker {
    NOT_PROJECT("not a project header; only those are patched"),
    TOO_FEW_DECLARATIONS("fewer than two declarations to split"),
    CONDITIONAL("a conditional block (#if/#ifdef) other than the include guard"),
    MACRO_DEFINED("a macro defined in the header, which declarations or includers may use"),
    INCLUDE_BETWEEN("an #include between declarations, whose place in the text matters"),
    DIRECTIVE("a preprocessor directive the split cannot place"),
    MACRO_DECLARATION("a declaration produced by a macro or named by one"),
    SPECIAL_SCOPE("an extern \"C\" block, an inline or unnamed namespace, or text included into a namespace"),
    UNPLACED_TEXT("text outside every declaration that is not a namespace brace"),
    SHARED_LINE("a declaration shares a line with other text (a namespace brace, a statement)"),
    NOT_SELF_CONTAINED("it uses a file the header does not include itself (it relies on its includers' earlier"
            + " includes)"),
    PARSE_PROBLEM("the header has syntax or preprocessor problems in this unit"),
    CYCLE("the pieces as chosen depend on each other in a cycle"),
    SPLIT_APART("declarations that must stay together (the same name, a shared line, a dependency cycle) are in"
            + " different pieces"),
    FILE_EXISTS("a piece's file exists already"),
    ONE_PIECE("every includer uses the same declarations, so there is nothing to split by");

    private final String reason;

    SplitBlocker(String reason) {
        this.reason = reason;
    }

    /** The reason in words. */
    public String reason() {
        return reason;
    }
}
