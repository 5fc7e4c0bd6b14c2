// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

/**
 * Kinds of declaration counted per file. Templates count twice on purpose: as the template kind and as what
 * they declare, so "how many templates" and "how many bodies" are both read off directly.
 */
public enum DeclarationKind {
    NAMESPACE,
    CLASS,
    STRUCT,
    UNION,
    FORWARD_DECLARATION,
    ENUM,
    ENUMERATOR,
    TYPEDEF,
    ALIAS,
    FUNCTION_DECLARATION,
    FUNCTION_DEFINITION_IN_CLASS,
    FUNCTION_DEFINITION_INLINE,
    FUNCTION_DEFINITION_OUT_OF_LINE,
    TEMPLATE_CLASS,
    TEMPLATE_FUNCTION,
    TEMPLATE_ALIAS,
    TEMPLATE_VARIABLE,
    VARIABLE,
    FIELD,
    USING,
    STATIC_ASSERT,
    MACRO_DEFINITION;

    /** Whether this kind is a function body compiled again by every unit that includes the file. */
    public boolean isInlineBody() {
        return this == FUNCTION_DEFINITION_IN_CLASS || this == FUNCTION_DEFINITION_INLINE;
    }
}
