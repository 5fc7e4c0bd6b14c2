// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import dev.headroom.bridge.DefinitionLayout.Insertion;
import dev.headroom.bridge.DefinitionLayout.Keyword;
import dev.headroom.bridge.DefinitionLayout.Scope;
import dev.headroom.bridge.DefinitionLayout.ScopeKind;
import dev.headroom.bridge.DefinitionLayout.Span;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTCompositeTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTInitializer;
import org.eclipse.cdt.core.dom.ast.IASTMacroExpansionLocation;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTNodeLocation;
import org.eclipse.cdt.core.dom.ast.IASTParameterDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTProblemDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.DOMException;
import org.eclipse.cdt.core.dom.ast.IBinding;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPBinding;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTCompositeTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTFunctionWithTryBlock;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTNamespaceDefinition;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTQualifiedName;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTTemplateDeclaration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTVirtSpecifier;

/**
 * Reads a {@link DefinitionLayout} off one function definition: the offsets a move-to-source rewrite needs and the
 * facts that forbid it. The rules follow clangd's "define outline" tweak, ported onto CDT's tree: specifiers that only
 * a declaration may carry are located so the definition can drop them, default arguments stay with the declaration,
 * and names of the return type that live in the enclosing class are found by resolving them, because once the
 * definition leaves the class they are no longer in scope before the declarator-id.
 */
final class DefinitionLayouts {
    private static final Set<String> DECLARATION_ONLY = Set.of("inline", "__inline", "__inline__", "static",
            "virtual", "explicit", "friend");

    private DefinitionLayouts() {
    }

    /** The layout of {@code definition}, or {@code null} when CDT gives it no place in a file. */
    static DefinitionLayout of(IASTFunctionDefinition definition) {
        IASTFileLocation location = definition.getFileLocation();
        if (location == null) {
            return null;
        }
        int start = location.getNodeOffset();
        int end = start + location.getNodeLength();
        String text = definition.getRawSignature();
        EnumSet<OutlineBlocker> blockers = EnumSet.noneOf(OutlineBlocker.class);

        IASTDeclarator declarator = definition.getDeclarator();
        IASTDeclarator innermost = declarator;
        while (innermost.getNestedDeclarator() != null) {
            innermost = innermost.getNestedDeclarator();
        }
        IASTName name = innermost.getName();
        int declaratorEnd = endOf(declarator, start);
        int bodyStart = definition.getBody() == null ? end : offsetOf(definition.getBody(), end);
        int nameOffset = offsetOf(name, start);
        int nameLength = name.getFileLocation() == null ? 0 : name.getFileLocation().getNodeLength();

        List<Scope> scopes = scopes(definition, blockers);
        List<Keyword> specifiers = specifiers(definition, blockers);
        List<Span> defaults = defaultArguments(declarator);

        if (!(definition instanceof ICPPASTFunctionDefinition cpp)) {
            blockers.add(OutlineBlocker.C_LANGUAGE);
        } else {
            if (cpp.isDeleted()) {
                blockers.add(OutlineBlocker.DELETED);
            }
            if (cpp.isDefaulted()) {
                blockers.add(OutlineBlocker.DEFAULTED);
            }
        }
        if (definition instanceof ICPPASTFunctionWithTryBlock) {
            blockers.add(OutlineBlocker.FUNCTION_TRY_BLOCK);
        }
        if (name instanceof ICPPASTQualifiedName) {
            blockers.add(OutlineBlocker.QUALIFIED_NAME);
        }
        if (deducedReturnType(definition)) {
            blockers.add(OutlineBlocker.DEDUCED_RETURN_TYPE);
        }
        if (precededByConsteval(definition)) {
            blockers.add(OutlineBlocker.CONSTEVAL);
        }
        if (fromMacro(definition, bodyStart, end)) {
            blockers.add(OutlineBlocker.MACRO_SIGNATURE);
        }
        boolean atNamespaceScope = scopes.isEmpty() || !isClass(scopes.get(scopes.size() - 1).kind());
        if (atNamespaceScope && specifiers.stream().anyMatch(k -> k.text().equals("static"))) {
            blockers.add(OutlineBlocker.INTERNAL_LINKAGE);
        }
        int initializers = definition instanceof ICPPASTFunctionDefinition cpp ? cpp.getMemberInitializers().length : 0;
        if (!blockers.contains(OutlineBlocker.MACRO_SIGNATURE) && !blockers.contains(OutlineBlocker.FUNCTION_TRY_BLOCK)
                && definition.getBody() != null
                && !gapIsInitializers(text, declaratorEnd - start, bodyStart - start, initializers)) {
            blockers.add(OutlineBlocker.UNRECOGNISED_SIGNATURE);
        }
        List<Insertion> qualifiers = blockers.isEmpty() ? returnTypeQualifiers(definition, scopes) : List.of();
        return new DefinitionLayout(start, end, declaratorEnd, bodyStart, nameOffset, nameLength, initializers,
                defaults, specifiers, qualifiers, scopes, blockers, digest(text));
    }

    private static boolean isClass(ScopeKind kind) {
        return kind == ScopeKind.CLASS || kind == ScopeKind.STRUCT || kind == ScopeKind.UNION;
    }

    private static int offsetOf(IASTNode node, int fallback) {
        IASTFileLocation l = node.getFileLocation();
        return l == null ? fallback : l.getNodeOffset();
    }

    private static int endOf(IASTNode node, int fallback) {
        IASTFileLocation l = node.getFileLocation();
        return l == null ? fallback : l.getNodeOffset() + l.getNodeLength();
    }

    private static List<Scope> scopes(IASTFunctionDefinition definition, Set<OutlineBlocker> blockers) {
        Deque<Scope> scopes = new ArrayDeque<>();
        for (IASTNode p = definition.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ICPPASTNamespaceDefinition ns) {
                String name = ns.getName().toString();
                if (name.isEmpty()) {
                    blockers.add(OutlineBlocker.ANONYMOUS_NAMESPACE);
                }
                scopes.push(new Scope(ns.isInline() ? ScopeKind.INLINE_NAMESPACE : ScopeKind.NAMESPACE, name));
            } else if (p instanceof IASTCompositeTypeSpecifier composite) {
                String name = composite.getName().toString();
                if (name.isEmpty()) {
                    blockers.add(OutlineBlocker.UNNAMED_CLASS);
                }
                scopes.push(new Scope(switch (composite.getKey()) {
                    case IASTCompositeTypeSpecifier.k_struct -> ScopeKind.STRUCT;
                    case IASTCompositeTypeSpecifier.k_union -> ScopeKind.UNION;
                    default -> ScopeKind.CLASS;
                }, name));
            } else if (p instanceof ICPPASTTemplateDeclaration) {
                blockers.add(OutlineBlocker.TEMPLATE);
            } else if (p instanceof IASTFunctionDefinition) {
                blockers.add(OutlineBlocker.LOCAL_CLASS);
            }
        }
        return new ArrayList<>(scopes);
    }

    private static List<Keyword> specifiers(IASTFunctionDefinition definition, Set<OutlineBlocker> blockers) {
        List<Keyword> out = new ArrayList<>();
        IASTDeclSpecifier spec = definition.getDeclSpecifier();
        if (spec instanceof ICPPASTDeclSpecifier cpp && cpp.isConstexpr()) {
            blockers.add(OutlineBlocker.CONSTEXPR);
        }
        if (spec instanceof ICPPASTDeclSpecifier cpp && cpp.isFriend()) {
            blockers.add(OutlineBlocker.FRIEND);
        }
        IASTFileLocation l = spec.getFileLocation();
        if (l != null && l.getNodeLength() > 0) {
            for (Keyword word : Lexer.identifiers(spec.getRawSignature(), l.getNodeOffset())) {
                if (DECLARATION_ONLY.contains(word.text())) {
                    out.add(word);
                } else if (word.text().equals("consteval")) {
                    blockers.add(OutlineBlocker.CONSTEVAL);
                }
            }
        }
        if (definition.getDeclarator() instanceof ICPPASTFunctionDeclarator function) {
            for (ICPPASTVirtSpecifier virt : function.getVirtSpecifiers()) {
                IASTFileLocation v = virt.getFileLocation();
                if (v != null) {
                    out.add(new Keyword(virt.getKind() == ICPPASTVirtSpecifier.SpecifierKind.Final ? "final"
                            : "override", v.getNodeOffset()));
                }
            }
        }
        return out;
    }

    private static List<Span> defaultArguments(IASTDeclarator declarator) {
        List<Span> out = new ArrayList<>();
        if (declarator instanceof ICPPASTFunctionDeclarator function) {
            for (IASTParameterDeclaration parameter : function.getParameters()) {
                IASTInitializer initializer = parameter.getDeclarator().getInitializer();
                IASTFileLocation l = initializer == null ? null : initializer.getFileLocation();
                if (l != null) {
                    out.add(new Span(l.getNodeOffset(), l.getNodeLength()));
                }
            }
        }
        return out;
    }

    private static boolean deducedReturnType(IASTFunctionDefinition definition) {
        if (!(definition.getDeclSpecifier() instanceof IASTSimpleDeclSpecifier simple)) {
            return false;
        }
        int type = simple.getType();
        if (type != IASTSimpleDeclSpecifier.t_auto && type != IASTSimpleDeclSpecifier.t_decltype_auto) {
            return false;
        }
        return !(definition.getDeclarator() instanceof ICPPASTFunctionDeclarator function)
                || function.getTrailingReturnType() == null;
    }

    /** CDT does not know {@code consteval}: it reports it as a problem declaration just before the definition. */
    private static boolean precededByConsteval(IASTFunctionDefinition definition) {
        IASTNode parent = definition.getParent();
        if (parent == null) {
            return false;
        }
        IASTNode previous = null;
        for (IASTNode child : parent.getChildren()) {
            if (child == definition) {
                break;
            }
            previous = child;
        }
        if (!(previous instanceof IASTProblemDeclaration problem)) {
            return false;
        }
        List<Keyword> words = Lexer.identifiers(problem.getRawSignature(), 0);
        return !words.isEmpty() && words.get(words.size() - 1).text().equals("consteval");
    }

    /**
     * Whether a macro expansion makes any of the signature or either brace of the body: then the file's text at these
     * offsets is a macro call, not the declaration, and rewriting it would be guesswork. Macros used inside the body
     * are copied as written and expand the same way in the source file, which includes the header.
     */
    private static boolean fromMacro(IASTFunctionDefinition definition, int bodyStart, int end) {
        for (IASTNodeLocation location : definition.getNodeLocations()) {
            if (location instanceof IASTMacroExpansionLocation macro) {
                IASTFileLocation at = macro.asFileLocation();
                if (at == null || at.getNodeOffset() <= bodyStart || at.getNodeOffset() + at.getNodeLength() >= end) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text between the declarator and the body is blank, or {@code :} and the constructor's initialisers. */
    private static boolean gapIsInitializers(String text, int from, int to, int initializers) {
        if (from < 0 || to > text.length() || from > to) {
            return false;
        }
        String gap = Lexer.withoutComments(text.substring(from, to)).strip();
        return initializers > 0 ? gap.startsWith(":") : gap.isEmpty();
    }

    /**
     * Names in the return type found in an enclosing namespace or class. Before the declarator-id of a definition
     * written at global scope they are not in scope, so each gets the qualifier of the scope that declares it.
     */
    private static List<Insertion> returnTypeQualifiers(IASTFunctionDefinition definition, List<Scope> scopes) {
        if (scopes.isEmpty()) {
            return List.of();
        }
        List<String> qualified = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        for (Scope scope : scopes) {
            path.append(path.isEmpty() ? "" : "::").append(scope.name());
            qualified.add(path.toString());
        }
        List<Insertion> out = new ArrayList<>();
        definition.getDeclSpecifier().accept(new ASTVisitor() {
            {
                shouldVisitNames = true;
            }

            @Override
            public int visit(IASTName name) {
                IASTName first = name;
                if (name instanceof ICPPASTQualifiedName q) {
                    if (q.isFullyQualified()) {
                        return PROCESS_SKIP;
                    }
                    first = q.getQualifier().length > 0 ? (IASTName) q.getQualifier()[0] : q.getLastName();
                }
                IBinding binding = first.resolveBinding();
                IBinding owner = binding == null ? null : binding.getOwner();
                IASTFileLocation at = first.getFileLocation();
                if (owner instanceof ICPPBinding cpp && at != null) {
                    try {
                        int depth = qualified.indexOf(String.join("::", cpp.getQualifiedName()));
                        if (depth >= 0) {
                            out.add(new Insertion(at.getNodeOffset(), qualified.get(depth) + "::"));
                        }
                    } catch (DOMException e) {
                        // an owner CDT cannot name stays unqualified; the compile check will say so
                    }
                }
                return PROCESS_SKIP;
            }
        });
        return out;
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Just enough of a C++ lexer to find keywords in a declaration's text: identifiers outside comments and literals. */
    static final class Lexer {
        private Lexer() {
        }

        static List<Keyword> identifiers(String text, int base) {
            List<Keyword> out = new ArrayList<>();
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                    while (i < n && text.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                    int close = text.indexOf("*/", i + 2);
                    i = close < 0 ? n : close + 2;
                } else if (c == '"' || c == '\'') {
                    i++;
                    while (i < n && text.charAt(i) != c) {
                        i += text.charAt(i) == '\\' ? 2 : 1;
                    }
                    i++;
                } else if (Character.isJavaIdentifierStart(c) && c != '$') {
                    int from = i;
                    while (i < n && Character.isJavaIdentifierPart(text.charAt(i)) && text.charAt(i) != '$') {
                        i++;
                    }
                    out.add(new Keyword(text.substring(from, i), base + from));
                } else if (Character.isDigit(c)) {
                    while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                        i++;
                    }
                } else {
                    i++;
                }
            }
            return out;
        }

        static String withoutComments(String text) {
            return text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
        }
    }
}
