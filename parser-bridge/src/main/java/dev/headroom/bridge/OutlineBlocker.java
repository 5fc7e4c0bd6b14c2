// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

/** A fact about a function definition that stops its body from being moved to a source file as it is. */
public enum OutlineBlocker {
    /** A template, or a member of a class template: every user needs the body to instantiate it. */
    TEMPLATE,
    /** {@code constexpr}: evaluated at compile time by its users. */
    CONSTEXPR,
    /** {@code consteval}: evaluated at compile time by its users. */
    CONSTEVAL,
    /** {@code auto} or {@code decltype(auto)} return without a trailing type: users need the body to know the type. */
    DEDUCED_RETURN_TYPE,
    /** {@code = delete}: no body to move. */
    DELETED,
    /** {@code = default}: no body to move. */
    DEFAULTED,
    /** Inside an anonymous namespace: one copy per unit by design. */
    ANONYMOUS_NAMESPACE,
    /** A member of an unnamed class, which a source file cannot name. */
    UNNAMED_CLASS,
    /** A member of a class defined inside a function. */
    LOCAL_CLASS,
    /** A friend defined in its class, found only by argument-dependent lookup. */
    FRIEND,
    /** The signature, or a brace of the body, comes from a macro expansion: offsets in the file do not show it. */
    MACRO_SIGNATURE,
    /** {@code static} at namespace scope: internal linkage, one copy per unit unless made external. */
    INTERNAL_LINKAGE,
    /** Defined with a qualified name outside its class or namespace: the header keeps no declaration of its own. */
    QUALIFIED_NAME,
    /** A function-try-block. */
    FUNCTION_TRY_BLOCK,
    /** Text between the declarator and the body that is not a constructor's initialisers (attributes, asm labels). */
    UNRECOGNISED_SIGNATURE,
    /** C: {@code inline} has other rules there. */
    C_LANGUAGE
}
