// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where the parts of one function definition lie in its file, as character offsets into the text that was parsed
 * (the file decoded as UTF-8), and what stops its body from being moved to a source file. A refactor turns these
 * offsets into exact text edits; {@link #digest} tells whether the text is still the one analysed.
 *
 * @param start              first character of the definition
 * @param end                one past the body's closing brace
 * @param declaratorEnd      one past the function declarator (parameters, qualifiers, {@code noexcept}, trailing
 *                           return type, {@code override}/{@code final}); constructor initialisers and body follow
 * @param bodyStart          the body's opening brace
 * @param nameOffset         the declarator-id as written
 * @param nameLength         its length
 * @param memberInitializers constructor initialisers between the declarator and the body
 * @param defaultArguments   {@code = value} of each defaulted parameter
 * @param specifiers         keywords only a declaration may carry ({@code inline}, {@code static}, {@code virtual},
 *                           {@code explicit}, {@code friend}, {@code override}, {@code final})
 * @param returnTypeQualifiers names of the return type declared in an enclosing class, with the qualifier they need
 *                           outside it
 * @param scopes             enclosing namespaces and classes, outermost first
 * @param blockers           why the body cannot be moved as it is; empty when it can
 * @param digest             SHA-256 (hex) of the UTF-8 text from {@code start} to {@code end}
 */
public record DefinitionLayout(
        int start,
        int end,
        int declaratorEnd,
        int bodyStart,
        int nameOffset,
        int nameLength,
        int memberInitializers,
        List<Span> defaultArguments,
        List<Keyword> specifiers,
        List<Insertion> returnTypeQualifiers,
        List<Scope> scopes,
        Set<MoveBlocker> blockers,
        String digest) {

    public DefinitionLayout {
        defaultArguments = List.copyOf(defaultArguments);
        specifiers = List.copyOf(specifiers);
        returnTypeQualifiers = List.copyOf(returnTypeQualifiers);
        scopes = List.copyOf(scopes);
        // An enum set iterates in declaration order, so the same analysis is written out the same way every run.
        blockers = blockers.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(blockers));
    }

    /** Whether the innermost scope is a class: the definition is a member (or a friend) written in its class. */
    public boolean inClass() {
        return !scopes.isEmpty() && scopes.get(scopes.size() - 1).kind().isClass();
    }

    /** A run of characters. */
    public record Span(int offset, int length) {
    }

    /** A keyword token at {@code offset}. */
    public record Keyword(String text, int offset) {
    }

    /** Text to insert at {@code offset}. */
    public record Insertion(int offset, String text) {
    }

    /** An enclosing namespace or class as written; an anonymous one has an empty name. */
    public record Scope(ScopeKind kind, String name) {
    }

    /** What encloses a definition. */
    public enum ScopeKind {
        NAMESPACE, INLINE_NAMESPACE, CLASS, STRUCT, UNION;

        public boolean isClass() {
            return this == CLASS || this == STRUCT || this == UNION;
        }
    }
}
