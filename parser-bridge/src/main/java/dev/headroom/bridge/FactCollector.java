// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTArrayModifier;
import org.eclipse.cdt.core.dom.ast.IASTAttribute;
import org.eclipse.cdt.core.dom.ast.IASTAttributeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTCompositeTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTElaboratedTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTEnumerationSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTFieldReference;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTFunctionCallExpression;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTInitializer;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTParameterDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTPointerOperator;
import org.eclipse.cdt.core.dom.ast.IASTProblem;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTStatement;
import org.eclipse.cdt.core.dom.ast.IASTToken;
import org.eclipse.cdt.core.dom.ast.IASTTypeId;
import org.eclipse.cdt.core.dom.ast.c.ICASTDesignator;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTAliasDeclaration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTCapture;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTCompositeTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTDesignator;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTNamespaceDefinition;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTStaticAssertDeclaration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTTemplateDeclaration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTTemplateId;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTTemplateParameter;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTUsingDeclaration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTUsingDirective;

/**
 * One walk over the AST that attributes every node to the file it was written in and counts declarations
 * by kind and the size of every function body.
 *
 * <p>Only declarations ask the location map for their file; every other node inherits the file of its
 * nearest enclosing declaration. Asking for every node doubles the walk's cost, and a declaration never
 * spans two files except through an {@code #include} inside a namespace or linkage block, whose contents
 * are declarations of their own.
 */
final class FactCollector extends ASTVisitor {
    private static final NodeKind[] NODE_KINDS = NodeKind.values();
    private static final DeclarationKind[] DECL_KINDS = DeclarationKind.values();
    private static final int T_IDS = 0;
    private static final int T_CONCRETE_IDS = 1;
    private static final int T_NESTED_IDS = 2;
    private static final int T_CONCRETE_CALLS = 3;
    private static final int T_TEMPLATE_CALLS = 4;
    private static final int T_MEMBER_CALLS = 5;
    private static final int T_BODY_IDS = 6;
    private static final int T_BODY_NODES = 7;
    private static final int T_WIDTH = 8;

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final FileIndex files;
    private final CancelSignal cancel;
    private final ParsePosition position;
    private final Deque<Integer> fileStack = new ArrayDeque<>();
    private final Deque<BodyFrame> bodies = new ArrayDeque<>();
    private final List<int[]> nodeCounts = new ArrayList<>();
    private final List<int[]> declCounts = new ArrayList<>();
    private final List<int[]> templateCounts = new ArrayList<>();
    private final List<Set<String>> templateIdSpellings = new ArrayList<>();
    private final List<Set<String>> concreteSpellings = new ArrayList<>();
    private int templateDepth;
    private int templateIdDepth;
    private final List<FunctionBody> functionBodies = new ArrayList<>();
    private final List<ParseProblem> problems = new ArrayList<>();
    private int visited;

    FactCollector(FileIndex files, int mainFileId, CancelSignal cancel, ParsePosition position) {
        super(true);
        this.files = files;
        this.cancel = cancel;
        this.position = position;
        fileStack.push(mainFileId);
    }

    List<FunctionBody> bodies() {
        return functionBodies;
    }

    List<ParseProblem> problems() {
        return problems;
    }

    Map<NodeKind, Integer> nodes(int fileId) {
        return toMap(fileId < nodeCounts.size() ? nodeCounts.get(fileId) : null, NODE_KINDS, NodeKind.class);
    }

    Map<DeclarationKind, Integer> declarations(int fileId) {
        return toMap(fileId < declCounts.size() ? declCounts.get(fileId) : null, DECL_KINDS, DeclarationKind.class);
    }

    TemplateUse templateUse(int fileId) {
        int[] c = fileId < templateCounts.size() ? templateCounts.get(fileId) : null;
        if (c == null) {
            return TemplateUse.NONE;
        }
        return new TemplateUse(c[T_IDS], sizeOf(templateIdSpellings, fileId), c[T_CONCRETE_IDS], c[T_NESTED_IDS],
                c[T_CONCRETE_CALLS], c[T_TEMPLATE_CALLS], sizeOf(concreteSpellings, fileId), c[T_MEMBER_CALLS],
                c[T_BODY_IDS], c[T_BODY_NODES]);
    }

    private static int sizeOf(List<Set<String>> sets, int fileId) {
        Set<String> set = fileId < sets.size() ? sets.get(fileId) : null;
        return set == null ? 0 : set.size();
    }

    private static void addTo(List<Set<String>> sets, int fileId, String value) {
        while (sets.size() <= fileId) {
            sets.add(null);
        }
        Set<String> set = sets.get(fileId);
        if (set == null) {
            set = new HashSet<>();
            sets.set(fileId, set);
        }
        set.add(value);
    }

    /** Counts one declaration of a kind found outside the AST walk (macro definitions). */
    void countDeclaration(int fileId, DeclarationKind kind) {
        counters(declCounts, fileId, DECL_KINDS.length)[kind.ordinal()]++;
    }

    private static <K extends Enum<K>> Map<K, Integer> toMap(int[] counts, K[] keys, Class<K> type) {
        Map<K, Integer> map = new EnumMap<>(type);
        if (counts != null) {
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 0) {
                    map.put(keys[i], counts[i]);
                }
            }
        }
        return map;
    }

    private static int[] counters(List<int[]> table, int fileId, int width) {
        while (table.size() <= fileId) {
            table.add(null);
        }
        int[] row = table.get(fileId);
        if (row == null) {
            row = new int[width];
            table.set(fileId, row);
        }
        return row;
    }

    private int count(NodeKind kind) {
        if ((++visited & 0xFFF) == 0 && cancel.cancelled()) {
            throw new ParseCancelledException();
        }
        int file = fileStack.peek();
        counters(nodeCounts, file, NODE_KINDS.length)[kind.ordinal()]++;
        for (BodyFrame frame : bodies) {
            if (frame.inBody) {
                frame.nodes++;
            }
        }
        return PROCESS_CONTINUE;
    }

    private void declare(DeclarationKind kind, int n) {
        counters(declCounts, fileStack.peek(), DECL_KINDS.length)[kind.ordinal()] += n;
    }

    @Override
    public int visit(IASTDeclaration declaration) {
        position.visiting(declaration);
        IASTFileLocation location = declaration.getFileLocation();
        fileStack.push(location == null ? fileStack.peek() : files.idOf(location.getFileName()));
        classify(declaration);
        if (declaration instanceof ICPPASTTemplateDeclaration) {
            templateDepth++;
        }
        if (declaration instanceof IASTFunctionDefinition definition) {
            bodies.push(new BodyFrame(definition));
        }
        return count(NodeKind.DECLARATION);
    }

    @Override
    public int leave(IASTDeclaration declaration) {
        if (declaration instanceof IASTFunctionDefinition definition) {
            BodyFrame frame = bodies.pop();
            functionBodies.add(describe(definition, frame.nodes));
            if (templateDepth == 0) {
                counters(templateCounts, fileStack.peek(), T_WIDTH)[T_BODY_NODES] += frame.nodes;
            }
        }
        if (declaration instanceof ICPPASTTemplateDeclaration) {
            templateDepth--;
        }
        fileStack.pop();
        return PROCESS_CONTINUE;
    }

    @Override
    public int visit(IASTStatement statement) {
        BodyFrame frame = bodies.peek();
        if (frame != null && statement.getParent() == frame.definition
                && statement.getPropertyInParent() == IASTFunctionDefinition.FUNCTION_BODY) {
            frame.inBody = true;
        }
        return count(NodeKind.STATEMENT);
    }

    @Override
    public int leave(IASTStatement statement) {
        BodyFrame frame = bodies.peek();
        if (frame != null && statement.getParent() == frame.definition) {
            frame.inBody = false;
        }
        return PROCESS_CONTINUE;
    }

    @Override
    public int visit(IASTName name) {
        if (name instanceof ICPPASTTemplateId id) {
            int file = fileStack.peek();
            int[] c = counters(templateCounts, file, T_WIDTH);
            c[T_IDS]++;
            String spelling = WHITESPACE.matcher(id.getRawSignature()).replaceAll("");
            addTo(templateIdSpellings, file, spelling);
            if (templateDepth == 0) {
                c[T_CONCRETE_IDS]++;
                addTo(concreteSpellings, file, spelling);
                BodyFrame frame = bodies.peek();
                if (frame != null && frame.inBody) {
                    c[T_BODY_IDS]++;
                }
            }
            if (templateIdDepth > 0) {
                c[T_NESTED_IDS]++;
            }
            templateIdDepth++;
        }
        return count(NodeKind.NAME);
    }

    @Override
    public int leave(IASTName name) {
        if (name instanceof ICPPASTTemplateId) {
            templateIdDepth--;
        }
        return PROCESS_CONTINUE;
    }

    @Override
    public int visit(IASTInitializer initializer) {
        return count(NodeKind.INITIALIZER);
    }

    @Override
    public int visit(IASTParameterDeclaration parameter) {
        return count(NodeKind.PARAMETER);
    }

    @Override
    public int visit(IASTDeclarator declarator) {
        return count(NodeKind.DECLARATOR);
    }

    @Override
    public int visit(IASTDeclSpecifier specifier) {
        if (specifier instanceof IASTEnumerationSpecifier) {
            declare(DeclarationKind.ENUM, 1);
        }
        return count(NodeKind.DECL_SPECIFIER);
    }

    @Override
    public int visit(IASTArrayModifier modifier) {
        return count(NodeKind.ARRAY_MODIFIER);
    }

    @Override
    public int visit(IASTPointerOperator operator) {
        return count(NodeKind.POINTER_OPERATOR);
    }

    @Override
    public int visit(IASTAttribute attribute) {
        return count(NodeKind.ATTRIBUTE);
    }

    @Override
    public int visit(IASTAttributeSpecifier specifier) {
        return count(NodeKind.ATTRIBUTE);
    }

    @Override
    public int visit(IASTToken token) {
        return count(NodeKind.OTHER);
    }

    @Override
    public int visit(IASTExpression expression) {
        if (expression instanceof IASTFunctionCallExpression call) {
            BodyFrame frame = bodies.peek();
            if (frame != null && frame.inBody) {
                int[] c = counters(templateCounts, fileStack.peek(), T_WIDTH);
                if (templateDepth > 0) {
                    c[T_TEMPLATE_CALLS]++;
                } else {
                    c[T_CONCRETE_CALLS]++;
                    if (call.getFunctionNameExpression() instanceof IASTFieldReference) {
                        c[T_MEMBER_CALLS]++;
                    }
                }
            }
        }
        return count(NodeKind.EXPRESSION);
    }

    @Override
    public int visit(IASTTypeId typeId) {
        return count(NodeKind.TYPE_ID);
    }

    @Override
    public int visit(IASTEnumerationSpecifier.IASTEnumerator enumerator) {
        declare(DeclarationKind.ENUMERATOR, 1);
        return count(NodeKind.ENUMERATOR);
    }

    @Override
    public int visit(IASTProblem problem) {
        IASTFileLocation location = problem.getFileLocation();
        problems.add(new ParseProblem(
                location == null ? null : FileIndex.toPath(location.getFileName()),
                location == null ? 0 : location.getStartingLineNumber(),
                ProblemDiagnosis.describe(problem),
                ParseProblem.Kind.SYNTAX));
        return count(NodeKind.OTHER);
    }

    @Override
    public int visit(ICPPASTCompositeTypeSpecifier.ICPPASTBaseSpecifier base) {
        return count(NodeKind.BASE_SPECIFIER);
    }

    // CDT hands namespace definitions to these instead of the declaration callbacks.
    @Override
    public int visit(ICPPASTNamespaceDefinition namespace) {
        return visit((IASTDeclaration) namespace);
    }

    @Override
    public int leave(ICPPASTNamespaceDefinition namespace) {
        return leave((IASTDeclaration) namespace);
    }

    @Override
    public int visit(ICPPASTTemplateParameter parameter) {
        return count(NodeKind.TEMPLATE_PARAMETER);
    }

    @Override
    public int visit(ICPPASTCapture capture) {
        return count(NodeKind.CAPTURE);
    }

    @Override
    public int visit(ICASTDesignator designator) {
        return count(NodeKind.DESIGNATOR);
    }

    @Override
    public int visit(ICPPASTDesignator designator) {
        return count(NodeKind.DESIGNATOR);
    }

    private void classify(IASTDeclaration declaration) {
        if (declaration instanceof ICPPASTNamespaceDefinition) {
            declare(DeclarationKind.NAMESPACE, 1);
        } else if (declaration instanceof ICPPASTTemplateDeclaration template) {
            declare(templateKind(template.getDeclaration()), 1);
        } else if (declaration instanceof IASTFunctionDefinition definition) {
            declare(definitionKind(definition), 1);
        } else if (declaration instanceof ICPPASTAliasDeclaration) {
            if (!(declaration.getParent() instanceof ICPPASTTemplateDeclaration)) {
                declare(DeclarationKind.ALIAS, 1);
            }
        } else if (declaration instanceof ICPPASTUsingDeclaration || declaration instanceof ICPPASTUsingDirective) {
            declare(DeclarationKind.USING, 1);
        } else if (declaration instanceof ICPPASTStaticAssertDeclaration) {
            declare(DeclarationKind.STATIC_ASSERT, 1);
        } else if (declaration instanceof IASTSimpleDeclaration simple) {
            classifySimple(simple);
        }
    }

    private void classifySimple(IASTSimpleDeclaration simple) {
        IASTDeclSpecifier spec = simple.getDeclSpecifier();
        IASTDeclarator[] declarators = simple.getDeclarators();
        if (spec instanceof IASTCompositeTypeSpecifier composite) {
            declare(switch (composite.getKey()) {
                case IASTCompositeTypeSpecifier.k_union -> DeclarationKind.UNION;
                case IASTCompositeTypeSpecifier.k_struct -> DeclarationKind.STRUCT;
                default -> DeclarationKind.CLASS;
            }, 1);
        } else if (spec instanceof IASTElaboratedTypeSpecifier && declarators.length == 0) {
            declare(DeclarationKind.FORWARD_DECLARATION, 1);
        }
        if (simple.getParent() instanceof ICPPASTTemplateDeclaration) {
            return; // counted as a template
        }
        if (spec.getStorageClass() == IASTDeclSpecifier.sc_typedef) {
            declare(DeclarationKind.TYPEDEF, declarators.length);
            return;
        }
        boolean member = simple.getParent() instanceof IASTCompositeTypeSpecifier;
        for (IASTDeclarator declarator : declarators) {
            if (isFunction(declarator)) {
                declare(DeclarationKind.FUNCTION_DECLARATION, 1);
            } else {
                declare(member ? DeclarationKind.FIELD : DeclarationKind.VARIABLE, 1);
            }
        }
    }

    private static DeclarationKind templateKind(IASTDeclaration inner) {
        if (inner instanceof IASTFunctionDefinition) {
            return DeclarationKind.TEMPLATE_FUNCTION;
        }
        if (inner instanceof ICPPASTAliasDeclaration) {
            return DeclarationKind.TEMPLATE_ALIAS;
        }
        if (inner instanceof IASTSimpleDeclaration simple) {
            IASTDeclarator[] declarators = simple.getDeclarators();
            if (declarators.length == 0) {
                return DeclarationKind.TEMPLATE_CLASS;
            }
            return isFunction(declarators[0]) ? DeclarationKind.TEMPLATE_FUNCTION : DeclarationKind.TEMPLATE_VARIABLE;
        }
        return DeclarationKind.TEMPLATE_CLASS;
    }

    /**
     * A declarator declares a function when its outermost form is a function declarator and no nested
     * declarator adds a pointer: {@code int (*fp)(int)} is a variable.
     */
    static boolean isFunction(IASTDeclarator declarator) {
        if (!(declarator instanceof IASTFunctionDeclarator)) {
            return false;
        }
        for (IASTDeclarator d = declarator.getNestedDeclarator(); d != null; d = d.getNestedDeclarator()) {
            if (d.getPointerOperators().length > 0) {
                return false;
            }
        }
        return true;
    }

    private static DeclarationKind definitionKind(IASTFunctionDefinition definition) {
        if (inClass(definition)) {
            return DeclarationKind.FUNCTION_DEFINITION_IN_CLASS;
        }
        return explicitInline(definition) || constexpr(definition) || inTemplate(definition)
                ? DeclarationKind.FUNCTION_DEFINITION_INLINE
                : DeclarationKind.FUNCTION_DEFINITION_OUT_OF_LINE;
    }

    private static boolean inClass(IASTFunctionDefinition definition) {
        IASTNode parent = definition.getParent();
        if (parent instanceof ICPPASTTemplateDeclaration) {
            parent = parent.getParent();
        }
        return parent instanceof IASTCompositeTypeSpecifier;
    }

    private static boolean explicitInline(IASTFunctionDefinition definition) {
        return definition.getDeclSpecifier().isInline();
    }

    private static boolean constexpr(IASTFunctionDefinition definition) {
        return definition.getDeclSpecifier() instanceof ICPPASTDeclSpecifier spec && spec.isConstexpr();
    }

    private static boolean inTemplate(IASTNode node) {
        for (IASTNode p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ICPPASTTemplateDeclaration) {
                return true;
            }
        }
        return false;
    }

    private FunctionBody describe(IASTFunctionDefinition definition, int bodyNodes) {
        IASTFileLocation location = definition.getFileLocation();
        return new FunctionBody(
                location == null ? null : FileIndex.toPath(location.getFileName()),
                qualifiedName(definition),
                location == null ? 0 : location.getStartingLineNumber(),
                location == null ? 0 : location.getEndingLineNumber(),
                bodyNodes,
                inClass(definition),
                explicitInline(definition),
                constexpr(definition),
                inTemplate(definition),
                DefinitionLayouts.of(definition));
    }

    /** Enclosing namespaces and classes plus the declarator's name, read off the tree without name resolution. */
    static String qualifiedName(IASTFunctionDefinition definition) {
        IASTDeclarator declarator = definition.getDeclarator();
        while (declarator.getNestedDeclarator() != null) {
            declarator = declarator.getNestedDeclarator();
        }
        StringBuilder name = new StringBuilder(declarator.getName().toString());
        for (IASTNode p = definition.getParent(); p != null; p = p.getParent()) {
            String scope = null;
            if (p instanceof ICPPASTNamespaceDefinition ns) {
                scope = ns.getName().toString();
                if (scope.isEmpty()) {
                    scope = "(anonymous)";
                }
            } else if (p instanceof IASTCompositeTypeSpecifier composite) {
                scope = composite.getName().toString();
            }
            if (scope != null) {
                name.insert(0, scope + "::");
            }
        }
        return name.toString();
    }

    private static final class BodyFrame {
        final IASTFunctionDefinition definition;
        int nodes;
        boolean inBody;

        BodyFrame(IASTFunctionDefinition definition) {
            this.definition = definition;
        }
    }
}
