// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

/**
 * The kinds of declaration counted per file. Templates are counted twice on purpose: once as the template
 * kind and once as what they declare (a function template with a body is also a function definition), so
 * that "how many templates" and "how many bodies" can both be read off directly.
 */
public enum DeclarationKind {
    NAMESPACE,
    CLASS,
    STRUCT,
    UNION,
    /** {@code class X;} with no body: what a forward-declaration refactoring adds. */
    FORWARD_DECLARATION,
    ENUM,
    ENUMERATOR,
    TYPEDEF,
    ALIAS,
    FUNCTION_DECLARATION,
    /** A body inside a class body: implicitly inline. */
    FUNCTION_DEFINITION_IN_CLASS,
    /** A body at namespace scope marked {@code inline}, {@code constexpr}, or belonging to a template. */
    FUNCTION_DEFINITION_INLINE,
    /** A body at namespace scope with none of those: in a header, one copy per including TU. */
    FUNCTION_DEFINITION_OUT_OF_LINE,
    TEMPLATE_CLASS,
    TEMPLATE_FUNCTION,
    TEMPLATE_ALIAS,
    TEMPLATE_VARIABLE,
    VARIABLE,
    FIELD,
    USING,
    STATIC_ASSERT,
    MACRO_DEFINITION
}
