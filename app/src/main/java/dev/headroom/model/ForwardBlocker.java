// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

/**
 * Why an include cannot be replaced with forward declarations, in words a user reads. The first eight mirror the
 * parser bridge's reasons a type has no forward declaration; the rest come from how the header uses what it includes.
 */
public enum ForwardBlocker {
    TYPEDEF("a typedef or alias: a forward declaration would declare a different type"),
    STANDARD_LIBRARY("a standard-library (std:: or reserved) type: forward-declaring it is undefined behaviour"),
    INLINE_NAMESPACE("declared in an inline namespace: the declaration would have to name the version"),
    ANONYMOUS("an unnamed type or one in an anonymous namespace: there is nothing to declare"),
    NESTED("a nested or local class: only its enclosing class can declare it"),
    DEFAULT_TEMPLATE_ARGUMENTS("a class template with default template arguments: they may be given only once"),
    TEMPLATE_PARAMETERS("template parameters Headroom does not write back (template template or non-built-in)"),
    ENUM_WITHOUT_FIXED_TYPE("an enum without a fixed built-in underlying type cannot be declared opaquely"),
    COMPLETE_USE("needs the complete type (a member or variable by value, a base class, sizeof, member access, a"
            + " delete through a pointer or a call in an inline body)"),
    NOT_A_TYPE("a function, variable or enumerator: only classes, class templates and enums are forward-declared"),
    MACRO("a macro the included file defines: a declaration cannot stand in for it"),
    SYSTEM_HEADER("a system header: the implementation's own declarations are not Headroom's to repeat"),
    CYCLE("the included file includes the header back"),
    NOT_AT_FILE_SCOPE("the include is not at file scope (inside braces or an #if): its declarations' scope would change"),
    NOT_EDITABLE("a file outside the project needs the include and cannot be given it");

    private final String reason;

    ForwardBlocker(String reason) {
        this.reason = reason;
    }

    /** Why, as shown to the user. */
    public String reason() {
        return reason;
    }
}
