// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

/** Why a function's body cannot be moved from its header to a source file as it is, in words a user reads. */
public enum MoveBlocker {
    TEMPLATE("a template or a member of a class template: every user must see the body to instantiate it"),
    CONSTEXPR("constexpr: its users evaluate it at compile time and need the body"),
    CONSTEVAL("consteval: its users evaluate it at compile time and need the body"),
    DEDUCED_RETURN_TYPE("deduced return type (auto without a trailing type): users need the body to know the type"),
    DELETED("= delete: there is no body to move"),
    DEFAULTED("= default: there is no body to move"),
    ANONYMOUS_NAMESPACE("in an anonymous namespace: every unit is meant to have its own copy"),
    UNNAMED_CLASS("a member of an unnamed class, which a source file cannot name"),
    LOCAL_CLASS("a member of a class defined inside a function"),
    FRIEND("a friend defined in its class: found only by argument-dependent lookup, moving it changes lookup"),
    MACRO_SIGNATURE("the signature or a brace of the body comes from a macro expansion"),
    INTERNAL_LINKAGE("static (internal linkage): moving it needs the explicit \"make external\" choice"),
    QUALIFIED_NAME("defined with a qualified name outside its class or namespace: not supported yet"),
    FUNCTION_TRY_BLOCK("a function-try-block: not supported yet"),
    UNRECOGNISED_SIGNATURE("text between the declarator and the body that is not constructor initialisers"),
    C_LANGUAGE("C code: inline has other rules in C");

    private final String reason;

    MoveBlocker(String reason) {
        this.reason = reason;
    }

    /** Why, as shown to the user. */
    public String reason() {
        return reason;
    }
}
