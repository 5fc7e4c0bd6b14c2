// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTElaboratedTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTFieldReference;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTFunctionCallExpression;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTNamedTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTParameterDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTTypeId;
import org.eclipse.cdt.core.dom.ast.IASTTypeIdExpression;
import org.eclipse.cdt.core.dom.ast.IBinding;
import org.eclipse.cdt.core.dom.ast.ICompositeType;
import org.eclipse.cdt.core.dom.ast.IEnumeration;
import org.eclipse.cdt.core.dom.ast.IEnumerator;
import org.eclipse.cdt.core.dom.ast.IFunction;
import org.eclipse.cdt.core.dom.ast.IPointerType;
import org.eclipse.cdt.core.dom.ast.IProblemBinding;
import org.eclipse.cdt.core.dom.ast.IQualifierType;
import org.eclipse.cdt.core.dom.ast.IType;
import org.eclipse.cdt.core.dom.ast.ITypedef;
import org.eclipse.cdt.core.dom.ast.IVariable;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTCompositeTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTDeleteExpression;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTNewExpression;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTQualifiedName;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTTemplateId;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPAliasTemplate;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPBinding;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPClassTemplate;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPMember;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPNamespace;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPReferenceType;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPTemplateParameter;
import org.eclipse.cdt.internal.core.dom.parser.c.ICInternalBinding;
import org.eclipse.cdt.internal.core.dom.parser.cpp.ICPPInternalBinding;

/**
 * Finds, for each file it is asked about, the symbols it names that are declared in other files, and
 * whether each use needs the complete type or only a declaration.
 *
 * <p>Bindings know their own declaration and definition nodes, so the declaring file of a symbol costs one
 * look-up rather than a scan of the AST per name.
 */
final class UseCollector extends ASTVisitor {
    private final FileIndex files;
    private final IntPredicate wanted;
    private final CancelSignal cancel;
    private final ParsePosition position;
    private final Deque<Integer> fileStack = new ArrayDeque<>();
    private final Map<Key, Acc> uses = new LinkedHashMap<>();
    private int visited;

    UseCollector(FileIndex files, int mainFileId, IntPredicate wanted, CancelSignal cancel, ParsePosition position) {
        this.files = files;
        this.wanted = wanted;
        this.cancel = cancel;
        this.position = position;
        shouldVisitDeclarations = true;
        shouldVisitNamespaces = true;
        shouldVisitNames = true;
        shouldVisitExpressions = true;
        // An overloaded operator is named by no token: `a == b` finding ns::operator== by argument-dependent
        // look-up is a use of the file declaring it, which a forward declaration of ns's types does not replace.
        shouldVisitImplicitNames = true;
        fileStack.push(mainFileId);
    }

    List<SymbolUse> uses() {
        List<SymbolUse> out = new ArrayList<>(uses.size());
        uses.forEach((k, a) -> out.add(new SymbolUse(
                FileIndex.toPath(files.name(k.from)), FileIndex.toPath(files.name(k.declaredIn)),
                k.symbol, k.kind, a.strength, a.count, a.firstLine, a.forward, a.valueInSignature)));
        return out;
    }

    @Override
    public int visit(IASTDeclaration declaration) {
        IASTFileLocation location = declaration.getFileLocation();
        int file = location == null ? fileStack.peek() : files.idOf(location.getFileName());
        fileStack.push(file);
        // Skipping a whole declaration of an unwanted file (a system header) is where the time is saved.
        return wanted.test(file) ? PROCESS_CONTINUE : skip(declaration);
    }

    private int skip(IASTDeclaration declaration) {
        // Namespaces and linkage blocks may hold declarations of wanted files included inside them.
        if (declaration instanceof org.eclipse.cdt.core.dom.ast.cpp.ICPPASTNamespaceDefinition
                || declaration instanceof org.eclipse.cdt.core.dom.ast.cpp.ICPPASTLinkageSpecification) {
            return PROCESS_CONTINUE;
        }
        fileStack.pop();
        return PROCESS_SKIP;
    }

    @Override
    public int leave(IASTDeclaration declaration) {
        fileStack.pop();
        return PROCESS_CONTINUE;
    }

    @Override
    public int visit(org.eclipse.cdt.core.dom.ast.cpp.ICPPASTNamespaceDefinition namespace) {
        return visit((IASTDeclaration) namespace);
    }

    @Override
    public int leave(org.eclipse.cdt.core.dom.ast.cpp.ICPPASTNamespaceDefinition namespace) {
        return leave((IASTDeclaration) namespace);
    }

    @Override
    public int visit(IASTName name) {
        if ((++visited & 0x3FF) == 0 && cancel.cancelled()) {
            throw new ParseCancelledException();
        }
        int from = fileStack.peek();
        if (!wanted.test(from) || name instanceof ICPPASTQualifiedName || name instanceof ICPPASTTemplateId
                || !name.isReference()) {
            return PROCESS_CONTINUE;
        }
        position.visiting(name); // resolving one name can instantiate templates for minutes
        IBinding binding = name.resolveBinding();
        if (binding == null || binding instanceof IProblemBinding || binding instanceof ICPPNamespace
                || binding instanceof ICPPTemplateParameter) {
            return PROCESS_CONTINUE;
        }
        UseStrength strength = strengthOf(name, binding);
        if (binding instanceof ICPPMember member) {
            // Naming a member needs its class complete; the class is the symbol a file depends on.
            IBinding owner = member.getClassOwner();
            if (owner != null) {
                record(from, owner, UseStrength.COMPLETE, name);
            }
            return PROCESS_CONTINUE;
        }
        record(from, binding, strength, name);
        return PROCESS_CONTINUE;
    }

    /**
     * {@code delete p} runs the destructor and the class's {@code operator delete}, so it needs the complete class
     * (include-what-you-use's rule for new and delete) although no name of it appears; deleting an incomplete
     * class compiles with a warning and is undefined behaviour when the class has a non-trivial destructor. The
     * delete's implicit name (the destructor, a member) says the same where CDT resolves it; the rule is stated here
     * so that it does not rest on that.
     */
    @Override
    public int visit(IASTExpression expression) {
        if (expression instanceof ICPPASTDeleteExpression delete && wanted.test(fileStack.peek())
                && delete.getOperand() != null
                && deletedClass(delete.getOperand().getExpressionType()) instanceof ICompositeType deleted) {
            position.visiting(delete);
            record(fileStack.peek(), deleted, UseStrength.COMPLETE, delete);
        }
        return PROCESS_CONTINUE;
    }

    /** The class a pointer of this type points to, through typedefs, cv and references; {@code null} when none. */
    private static IType deletedClass(IType operand) {
        IType pointer = withoutSugar(operand);
        // Only the outermost pointer is deleted: delete of a T** frees a T*, which needs nothing of T.
        return pointer instanceof IPointerType p ? withoutSugar(p.getType()) : null;
    }

    private static IType withoutSugar(IType type) {
        IType t = type;
        for (int guard = 0; guard < 64; guard++) {
            if (t instanceof ITypedef typedef) {
                t = typedef.getType();
            } else if (t instanceof IQualifierType qualified) {
                t = qualified.getType();
            } else if (t instanceof ICPPReferenceType reference) {
                t = reference.getType();
            } else {
                return t;
            }
        }
        return t;
    }

    private void record(int from, IBinding binding, UseStrength strength, IASTNode at) {
        SymbolKind kind = kindOf(binding);
        if (kind == null) {
            return;
        }
        IASTNode declaration = declarationOf(binding);
        if (declaration == null) {
            return;
        }
        String declaredName = declaration.getContainingFilename();
        int declaredIn = files.idOf(declaredName);
        if (declaredIn == from) {
            return;
        }
        Key key = new Key(from, declaredIn, symbolName(binding), kind);
        Acc acc = uses.get(key);
        if (acc == null) {
            acc = new Acc(lineOf(at));
            acc.forward = ForwardShape.of(binding);
            uses.put(key, acc);
        }
        acc.count++;
        acc.valueInSignature |= strength == UseStrength.DECLARATION && at instanceof IASTName name
                && ForwardShape.valueInSignature(name);
        if (strength == UseStrength.COMPLETE && acc.strength != UseStrength.COMPLETE) {
            // The line a refusal names is the use that needs the definition, not the first mention.
            acc.strength = UseStrength.COMPLETE;
            acc.firstLine = lineOf(at);
        }
    }

    private static int lineOf(IASTNode at) {
        IASTFileLocation location = at.getFileLocation();
        return location == null ? 0 : location.getStartingLineNumber();
    }

    private static IASTNode declarationOf(IBinding binding) {
        if (binding instanceof ICPPInternalBinding internal) {
            IASTNode definition = internal.getDefinition();
            if (definition != null) {
                return definition;
            }
            IASTNode[] declarations = internal.getDeclarations();
            return declarations != null && declarations.length > 0 ? declarations[0] : null;
        }
        if (binding instanceof ICInternalBinding internal) {
            IASTNode definition = internal.getDefinition();
            return definition != null ? definition : internal.getPhysicalNode();
        }
        return null;
    }

    private static String symbolName(IBinding binding) {
        if (binding instanceof ICPPBinding cpp) {
            try {
                return String.join("::", cpp.getQualifiedName());
            } catch (org.eclipse.cdt.core.dom.ast.DOMException e) {
                return binding.getName();
            }
        }
        return binding.getName();
    }

    private static SymbolKind kindOf(IBinding binding) {
        if (binding instanceof ICPPClassTemplate) {
            return SymbolKind.TEMPLATE;
        }
        if (binding instanceof ICompositeType) {
            return SymbolKind.CLASS;
        }
        if (binding instanceof IEnumeration) {
            return SymbolKind.ENUM;
        }
        if (binding instanceof ITypedef || binding instanceof ICPPAliasTemplate) {
            return SymbolKind.TYPEDEF;
        }
        if (binding instanceof IFunction) {
            return SymbolKind.FUNCTION;
        }
        if (binding instanceof IEnumerator) {
            return SymbolKind.ENUMERATOR;
        }
        if (binding instanceof IVariable) {
            return SymbolKind.VARIABLE;
        }
        return null;
    }

    /** Reads from the name's place in the tree whether its use needs the complete symbol. */
    static UseStrength strengthOf(IASTName name, IBinding binding) {
        IASTNode node = name;
        while (node.getParent() instanceof IASTName) {
            node = node.getParent(); // a segment of a qualified name or template-id
        }
        if (node != name && name.getParent() instanceof ICPPASTQualifiedName qualified
                && qualified.getLastName() != name && binding instanceof ICompositeType) {
            return UseStrength.COMPLETE; // Outer::inner needs Outer complete
        }
        IASTNode parent = node.getParent();
        if (parent instanceof ICPPASTCompositeTypeSpecifier.ICPPASTBaseSpecifier) {
            return UseStrength.COMPLETE;
        }
        if (parent instanceof IASTElaboratedTypeSpecifier) {
            return UseStrength.DECLARATION;
        }
        if (parent instanceof IASTIdExpression id) {
            if (binding instanceof IFunction && id.getParent() instanceof IASTFunctionCallExpression call
                    && call.getFunctionNameExpression() == id) {
                return UseStrength.COMPLETE;
            }
            return UseStrength.DECLARATION;
        }
        if (parent instanceof IASTFieldReference) {
            return UseStrength.COMPLETE;
        }
        if (parent instanceof IASTNamedTypeSpecifier spec) {
            return strengthOfType(spec);
        }
        return UseStrength.DECLARATION;
    }

    private static UseStrength strengthOfType(IASTDeclSpecifier spec) {
        IASTNode owner = spec.getParent();
        if (owner instanceof IASTSimpleDeclaration simple) {
            if (spec.getStorageClass() == IASTDeclSpecifier.sc_typedef
                    || spec.getStorageClass() == IASTDeclSpecifier.sc_extern) {
                return UseStrength.DECLARATION;
            }
            for (IASTDeclarator declarator : simple.getDeclarators()) {
                if (byValue(declarator) && !FactCollector.isFunction(declarator)) {
                    return UseStrength.COMPLETE;
                }
            }
            return UseStrength.DECLARATION;
        }
        if (owner instanceof IASTParameterDeclaration parameter) {
            boolean ofDefinition = parameter.getParent() != null
                    && parameter.getParent().getParent() instanceof IASTFunctionDefinition;
            return ofDefinition && byValue(parameter.getDeclarator()) ? UseStrength.COMPLETE : UseStrength.DECLARATION;
        }
        if (owner instanceof IASTFunctionDefinition definition) {
            return byValue(definition.getDeclarator()) ? UseStrength.COMPLETE : UseStrength.DECLARATION;
        }
        if (owner instanceof IASTTypeId typeId) {
            if (!byValue(typeId.getAbstractDeclarator())) {
                return UseStrength.DECLARATION;
            }
            IASTNode use = typeId.getParent();
            // sizeof/alignof, new, casts and template arguments by value all need the layout.
            return use instanceof IASTTypeIdExpression || use instanceof ICPPASTNewExpression
                    || use instanceof org.eclipse.cdt.core.dom.ast.IASTCastExpression
                    || use instanceof ICPPASTTemplateId
                    ? UseStrength.COMPLETE : UseStrength.DECLARATION;
        }
        return UseStrength.DECLARATION;
    }

    private static boolean byValue(IASTDeclarator declarator) {
        for (IASTDeclarator d = declarator; d != null; d = d.getNestedDeclarator()) {
            if (d.getPointerOperators().length > 0) {
                return false;
            }
        }
        return true;
    }

    private record Key(int from, int declaredIn, String symbol, SymbolKind kind) {
    }

    private static final class Acc {
        int firstLine;
        int count;
        UseStrength strength = UseStrength.DECLARATION;
        ForwardShape forward;
        boolean valueInSignature;

        Acc(int firstLine) {
            this.firstLine = firstLine;
        }
    }
}
