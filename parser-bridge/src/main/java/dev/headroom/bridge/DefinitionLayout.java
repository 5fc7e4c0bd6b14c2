// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where the parts of one function definition lie in the text CDT parsed, as character offsets into that text, and
 * what stops its body from being moved to a source file. Offsets are only meaningful while the file is unchanged;
 * {@link #digest} fingerprints the definition's text so a later edit is noticed.
 *
 * @param start            first character of the definition (its decl-specifiers, or its declarator when it has none)
 * @param end              one past the body's closing brace
 * @param declaratorEnd    one past the function declarator: parameters, cv- and ref-qualifiers, {@code noexcept},
 *                         trailing return type, {@code override}/{@code final}; what follows is the constructor's
 *                         initialisers, if any, then the body
 * @param bodyStart        the body's opening brace
 * @param nameOffset       the declarator-id as written ({@code f}, {@code ~Shape}, {@code operator+})
 * @param nameLength       its length
 * @param memberInitializers constructor initialisers between {@code declaratorEnd} and {@code bodyStart}
 * @param defaultArguments {@code = value} of every parameter that has a default, in order
 * @param specifiers       keywords that belong to the declaration only ({@code inline}, {@code static},
 *                         {@code virtual}, {@code explicit}, {@code friend}, {@code override}, {@code final})
 * @param returnTypeQualifiers names in the return type declared in an enclosing namespace or class, which must be
 *                         qualified once the definition is written at global scope: where, and the qualifier
 * @param scopes           enclosing namespaces and classes, outermost first
 * @param blockers         why the body cannot be moved as it is; empty when it can
 * @param digest           SHA-256 (hex) of the text from {@code start} to {@code end}
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
        Set<OutlineBlocker> blockers,
        String digest) {

    public DefinitionLayout {
        defaultArguments = List.copyOf(defaultArguments);
        specifiers = List.copyOf(specifiers);
        returnTypeQualifiers = List.copyOf(returnTypeQualifiers);
        scopes = List.copyOf(scopes);
        // An enum set iterates in declaration order, so two runs serialize the same facts alike.
        blockers = blockers.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(blockers));
    }

    /** A run of characters: {@code offset} and {@code length}. */
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
        NAMESPACE, INLINE_NAMESPACE, CLASS, STRUCT, UNION
    }
}
