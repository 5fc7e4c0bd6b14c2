// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import dev.headroom.model.AstNodeKind;
import dev.headroom.model.DeclarationKind;
import dev.headroom.model.SourceFile;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The per-file quantities the linear cost model weighs. Each is read off one {@link SourceFile}, so a unit's
 * feature vector is the sum over its files and a file's share of the estimate is its own features times the
 * coefficients.
 *
 * <p>CDT's AST is what the source spells; clang's also holds what Sema makes of it. Three features stand in for
 * what clang adds: {@link #CLASSES} for implicit special members (clang declares constructors, assignments and
 * destructors of classes on demand), {@link #TEMPLATES} for implicit instantiations (templates get instantiated
 * in proportion to how many there are to use in a header-only library), and {@link #FUNCTION_DEFINITIONS} for the
 * bodies clang type-checks and annotates with implicit casts and temporaries. Builtin declarations are the same in
 * every unit; they are the model's intercept, not a feature.
 */
public enum CostFeature {
    /** Declaration nodes (simple declarations, function definitions, templates, namespaces, ...). */
    DECLARATION_NODES(f -> node(f, AstNodeKind.DECLARATION)),
    /** Declarator and parameter nodes. */
    DECLARATOR_NODES(f -> node(f, AstNodeKind.DECLARATOR) + node(f, AstNodeKind.PARAMETER)),
    /** Name nodes, qualified names and template-ids included. */
    NAME_NODES(f -> node(f, AstNodeKind.NAME)),
    /** Statement nodes. */
    STATEMENT_NODES(f -> node(f, AstNodeKind.STATEMENT)),
    /** Expression nodes. */
    EXPRESSION_NODES(f -> node(f, AstNodeKind.EXPRESSION)),
    /** Enumerator nodes. */
    ENUMERATOR_NODES(f -> node(f, AstNodeKind.ENUMERATOR)),
    /** Template parameter nodes. */
    TEMPLATE_PARAMETER_NODES(f -> node(f, AstNodeKind.TEMPLATE_PARAMETER)),
    /** Every other node kind (specifiers, type-ids, initializers, base specifiers, pointer operators, ...). */
    OTHER_NODES(CostFeature::otherNodes),
    /** Classes, structs and unions defined: the proxy for clang's implicit special members. */
    CLASSES(f -> decl(f, DeclarationKind.CLASS) + decl(f, DeclarationKind.STRUCT) + decl(f, DeclarationKind.UNION)),
    /** Class, function, alias and variable templates: the proxy for clang's implicit instantiations. */
    TEMPLATES(f -> decl(f, DeclarationKind.TEMPLATE_CLASS) + decl(f, DeclarationKind.TEMPLATE_FUNCTION)
            + decl(f, DeclarationKind.TEMPLATE_ALIAS) + decl(f, DeclarationKind.TEMPLATE_VARIABLE)),
    /** Function definitions with a body (in class, inline, out of line). */
    FUNCTION_DEFINITIONS(f -> decl(f, DeclarationKind.FUNCTION_DEFINITION_IN_CLASS)
            + decl(f, DeclarationKind.FUNCTION_DEFINITION_INLINE)
            + decl(f, DeclarationKind.FUNCTION_DEFINITION_OUT_OF_LINE)),
    /** Function declarations without a body. */
    FUNCTION_DECLARATIONS(f -> decl(f, DeclarationKind.FUNCTION_DECLARATION)),
    /** Macro definitions (preprocessor memory, not AST). */
    MACRO_DEFINITIONS(f -> decl(f, DeclarationKind.MACRO_DEFINITION)),
    /** The file's size in bytes (clang maps every file it enters). */
    SOURCE_BYTES(f -> f.bytes()),
    /** Template-ids written in the file ({@code std::vector<Foo>}, {@code get<int>}). */
    TEMPLATE_IDS(f -> f.templateUse().templateIds()),
    /** Distinct template-id spellings in the file: the specialisations it names. */
    DISTINCT_TEMPLATE_IDS(f -> f.templateUse().distinctTemplateIds()),
    /** Template-ids outside every template: specialisations clang instantiates in every including unit. */
    CONCRETE_TEMPLATE_IDS(f -> f.templateUse().concreteTemplateIds()),
    /** Template-ids nested in another's arguments. */
    NESTED_TEMPLATE_IDS(f -> f.templateUse().nestedTemplateIds()),
    /** Function calls in bodies of concrete functions: calls into templates instantiate them here. */
    CONCRETE_BODY_CALLS(f -> f.templateUse().concreteBodyCalls()),
    /** Function calls in bodies of templates. */
    TEMPLATE_BODY_CALLS(f -> f.templateUse().templateBodyCalls()),
    /** Distinct template-id spellings in concrete code: specialisations instantiated with every member declared. */
    DISTINCT_CONCRETE_TEMPLATE_IDS(f -> f.templateUse().distinctConcreteTemplateIds()),
    /** Member calls in concrete bodies: members of instantiated classes actually used. */
    CONCRETE_MEMBER_CALLS(f -> f.templateUse().concreteMemberCalls()),
    /** Template-ids in concrete bodies. */
    CONCRETE_BODY_TEMPLATE_IDS(f -> f.templateUse().concreteBodyTemplateIds()),
    /** Nodes in bodies of concrete functions: type-checked, and their template uses instantiated, in every unit. */
    CONCRETE_BODY_NODES(f -> f.templateUse().concreteBodyNodes());

    private static final Set<AstNodeKind> NAMED_NODES = EnumSet.of(AstNodeKind.DECLARATION, AstNodeKind.DECLARATOR,
            AstNodeKind.PARAMETER, AstNodeKind.NAME, AstNodeKind.STATEMENT, AstNodeKind.EXPRESSION,
            AstNodeKind.ENUMERATOR, AstNodeKind.TEMPLATE_PARAMETER);

    private final ToDoubleFunction<SourceFile> value;

    CostFeature(ToDoubleFunction<SourceFile> value) {
        this.value = value;
    }

    /** This feature's value for one file. */
    public double of(SourceFile file) {
        return value.applyAsDouble(file);
    }

    /** Every feature of one file, indexed by ordinal. */
    public static double[] vector(SourceFile file) {
        CostFeature[] all = values();
        double[] v = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            v[i] = all[i].of(file);
        }
        return v;
    }

    /** The sum of the files' vectors: a unit's features. */
    public static double[] sum(List<SourceFile> files) {
        double[] v = new double[values().length];
        for (SourceFile f : files) {
            double[] fv = vector(f);
            for (int i = 0; i < v.length; i++) {
                v[i] += fv[i];
            }
        }
        return v;
    }

    private static double node(SourceFile f, AstNodeKind kind) {
        return f.nodes().getOrDefault(kind, 0);
    }

    private static double decl(SourceFile f, DeclarationKind kind) {
        return f.declarations(kind);
    }

    private static double otherNodes(SourceFile f) {
        double sum = 0;
        for (var e : f.nodes().entrySet()) {
            if (!NAMED_NODES.contains(e.getKey())) {
                sum += e.getValue();
            }
        }
        return sum;
    }
}
