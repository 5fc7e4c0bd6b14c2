// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import java.util.Objects;

/**
 * One {@code -D} or {@code -U} option, kept in command order because a later {@code -U} cancels an earlier
 * {@code -D} and vice versa.
 *
 * @param name     the macro name; for a function-like macro the parameter list is part of it, e.g. {@code F(a)}
 * @param value    the replacement text ({@code "1"} for a bare {@code -DX}, {@code ""} for {@code -DX=});
 *                 {@code null} when {@code undefine} is true
 * @param undefine true for {@code -U name}
 */
public record MacroOption(String name, String value, boolean undefine) {

    public MacroOption {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("macro name is empty");
        }
        if (undefine && value != null) {
            throw new IllegalArgumentException("-U" + name + " cannot carry a value");
        }
        if (!undefine && value == null) {
            throw new IllegalArgumentException("-D" + name + " needs a value (use \"1\" for a bare -D)");
        }
    }

    /** {@code -Dname=value}. */
    public static MacroOption define(String name, String value) {
        return new MacroOption(name, value, false);
    }

    /** {@code -Uname}. */
    public static MacroOption undefine(String name) {
        return new MacroOption(name, null, true);
    }

    /**
     * Reads the text after {@code -D} the way compilers do: everything up to the first {@code =} is the name, the
     * rest is the value, and a missing {@code =} means the value {@code 1}.
     *
     * @throws IllegalArgumentException if the name part is empty
     */
    public static MacroOption parseDefine(String text) {
        int eq = text.indexOf('=');
        return eq < 0 ? define(text, "1") : define(text.substring(0, eq), text.substring(eq + 1));
    }

    /** The option as a compiler would take it, e.g. {@code -DX=1} or {@code -UX}. */
    @Override
    public String toString() {
        return undefine ? "-U" + name : "-D" + name + "=" + value;
    }
}
