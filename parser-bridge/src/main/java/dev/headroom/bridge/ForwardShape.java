// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTNamedTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTParameterDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.IBasicType;
import org.eclipse.cdt.core.dom.ast.IBinding;
import org.eclipse.cdt.core.dom.ast.ICompositeType;
import org.eclipse.cdt.core.dom.ast.IEnumeration;
import org.eclipse.cdt.core.dom.ast.IType;
import org.eclipse.cdt.core.dom.ast.ITypedef;
import org.eclipse.cdt.core.dom.ast.ASTTypeUtil;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPAliasTemplate;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPClassTemplate;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPClassType;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPEnumeration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPNamespace;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPTemplateNonTypeParameter;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPTemplateParameter;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPTemplateTypeParameter;

/**
 * How a used type could be declared without its definition, read from its binding, or why it cannot be; the rules of
 * include-what-you-use's forward declarations, made stricter where being wrong would be silent.
 *
 * @param namespaces  enclosing namespaces, outermost first (empty at global scope)
 * @param declaration the declaration inside them ({@code class Mesh;}, {@code template <typename T> class Box;},
 *                    {@code enum class Mode : int;}), or {@code null} when blocked
 * @param blocker     why the type cannot be forward-declared, or {@code null}
 */
public record ForwardShape(List<String> namespaces, String declaration, Blocker blocker) {

    public ForwardShape {
        namespaces = namespaces == null ? List.of() : List.copyOf(namespaces);
    }

    /** Why a type cannot be forward-declared. */
    public enum Blocker {
        /** A typedef or alias: a forward declaration would declare another type. */
        TYPEDEF,
        /** Declared in {@code std} or a reserved namespace: forward-declaring it is undefined behaviour. */
        STANDARD_LIBRARY,
        /** Declared in an inline namespace: the declaration would have to repeat it, and versions change. */
        INLINE_NAMESPACE,
        /** An unnamed class or a class in an anonymous namespace: nothing to name. */
        ANONYMOUS,
        /** A member of a class or local to a function: only its enclosing class can declare it. */
        NESTED,
        /** A class template with default template arguments: they may be given only once. */
        DEFAULT_TEMPLATE_ARGUMENTS,
        /** Template parameters Headroom does not write back (template template, non-type of a non-built-in type). */
        TEMPLATE_PARAMETERS,
        /** An enum without a fixed underlying type of a built-in type cannot be declared opaquely. */
        ENUM_WITHOUT_FIXED_TYPE
    }

    private static ForwardShape blocked(Blocker blocker) {
        return new ForwardShape(List.of(), null, blocker);
    }

    /** The shape of a type binding; {@code null} for anything that is not a type. */
    static ForwardShape of(IBinding binding) {
        if (binding instanceof ITypedef || binding instanceof ICPPAliasTemplate) {
            return blocked(Blocker.TYPEDEF);
        }
        if (!(binding instanceof ICompositeType) && !(binding instanceof IEnumeration)) {
            return null;
        }
        String name = binding.getName();
        if (name == null || name.isEmpty() || (binding instanceof ICompositeType c && c.isAnonymous())) {
            return blocked(Blocker.ANONYMOUS);
        }
        List<String> namespaces = new ArrayList<>();
        try {
            for (IBinding owner = binding.getOwner(); owner != null; owner = owner.getOwner()) {
                if (!(owner instanceof ICPPNamespace ns)) {
                    return blocked(Blocker.NESTED);
                }
                String n = ns.getName();
                if (n == null || n.isEmpty()) {
                    return blocked(Blocker.ANONYMOUS);
                }
                if (ns.isInline()) {
                    return blocked(Blocker.INLINE_NAMESPACE);
                }
                namespaces.add(n);
            }
        } catch (RuntimeException e) {
            return blocked(Blocker.NESTED);
        }
        Collections.reverse(namespaces);
        if ((!namespaces.isEmpty() && (namespaces.get(0).equals("std") || reserved(namespaces.get(0))))
                || reserved(name)) {
            return blocked(Blocker.STANDARD_LIBRARY);
        }
        if (binding instanceof IEnumeration) {
            if (!(binding instanceof ICPPEnumeration e) || !(e.getFixedType() instanceof IBasicType fixed)) {
                return blocked(Blocker.ENUM_WITHOUT_FIXED_TYPE);
            }
            return new ForwardShape(namespaces, (e.isScoped() ? "enum class " : "enum ") + name + " : "
                    + ASTTypeUtil.getType(fixed) + ";", null);
        }
        String key = switch (((ICompositeType) binding).getKey()) {
            case ICompositeType.k_union -> "union";
            case ICPPClassType.k_class -> "class";
            default -> "struct";
        };
        if (binding instanceof ICPPClassTemplate template) {
            String head = templateHead(template.getTemplateParameters());
            if (head == null) {
                return blocked(Blocker.TEMPLATE_PARAMETERS);
            }
            if (head.isEmpty()) {
                return blocked(Blocker.DEFAULT_TEMPLATE_ARGUMENTS);
            }
            return new ForwardShape(namespaces, head + " " + key + " " + name + ";", null);
        }
        return new ForwardShape(namespaces, key + " " + name + ";", null);
    }

    /** {@code template <...>}, empty when a parameter has a default, {@code null} when one cannot be written. */
    private static String templateHead(ICPPTemplateParameter[] parameters) {
        List<String> out = new ArrayList<>();
        for (ICPPTemplateParameter p : parameters) {
            if (p.getDefaultValue() != null) {
                return "";
            }
            String dots = p.isParameterPack() ? "..." : "";
            String name = p.getName() == null ? "" : p.getName();
            if (p instanceof ICPPTemplateTypeParameter) {
                out.add(("typename" + dots + " " + name).strip());
            } else if (p instanceof ICPPTemplateNonTypeParameter n) {
                IType type = n.getType();
                if (!(type instanceof IBasicType)) {
                    return null;
                }
                out.add((ASTTypeUtil.getType(type) + dots + " " + name).strip());
            } else {
                return null;
            }
        }
        return "template <" + String.join(", ", out) + ">";
    }

    private static boolean reserved(String name) {
        return name.startsWith("__") || (name.length() > 1 && name.charAt(0) == '_'
                && Character.isUpperCase(name.charAt(1)));
    }

    /**
     * Whether {@code name} names a type by value in a function declaration's parameter or return type: a
     * declaration is enough for the header, but every caller then needs the complete type.
     */
    static boolean valueInSignature(IASTName name) {
        IASTNode node = name;
        while (node.getParent() instanceof IASTName) {
            node = node.getParent();
        }
        if (!(node.getParent() instanceof IASTNamedTypeSpecifier spec)) {
            return false;
        }
        IASTNode owner = spec.getParent();
        if (owner instanceof IASTParameterDeclaration p) {
            return byValue(p.getDeclarator());
        }
        if (owner instanceof IASTSimpleDeclaration simple
                && spec.getStorageClass() != IASTDeclSpecifier.sc_typedef) {
            for (IASTDeclarator d : simple.getDeclarators()) {
                if (FactCollector.isFunction(d) && byValue(d)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean byValue(IASTDeclarator declarator) {
        for (IASTDeclarator d = declarator; d != null; d = d.getNestedDeclarator()) {
            if (d.getPointerOperators().length > 0) {
                return false;
            }
        }
        return true;
    }
}
