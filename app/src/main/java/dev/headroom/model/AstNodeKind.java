// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

/** Coarse kinds of AST node, the unit in which a file's parsed weight is counted. */
public enum AstNodeKind {
    DECLARATION,
    DECL_SPECIFIER,
    DECLARATOR,
    PARAMETER,
    NAME,
    STATEMENT,
    EXPRESSION,
    TYPE_ID,
    INITIALIZER,
    ENUMERATOR,
    BASE_SPECIFIER,
    TEMPLATE_PARAMETER,
    POINTER_OPERATOR,
    ARRAY_MODIFIER,
    ATTRIBUTE,
    CAPTURE,
    DESIGNATOR,
    OTHER
}
