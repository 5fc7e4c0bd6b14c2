// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import dev.headroom.bridge.HeaderOutline.MacroUse;
import dev.headroom.bridge.HeaderOutline.Place;
import dev.headroom.bridge.HeaderOutline.Shape;
import dev.headroom.bridge.HeaderOutline.TopLevelDeclaration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.DOMException;
import org.eclipse.cdt.core.dom.ast.IASTCompositeTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTElaboratedTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTEnumerationSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTMacroExpansionLocation;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTNodeLocation;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroExpansion;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.dom.ast.IBinding;
import org.eclipse.cdt.core.dom.ast.IProblemBinding;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTAliasDeclaration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTLinkageSpecification;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTNamespaceDefinition;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTTemplateDeclaration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPBinding;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPMember;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPNamespace;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPTemplateParameter;
import org.eclipse.cdt.internal.core.dom.parser.c.ICInternalBinding;
import org.eclipse.cdt.internal.core.dom.parser.cpp.ICPPInternalBinding;

/**
 * Collects one header's declarations at file and namespace scope from a unit's AST, with what each names: the
 * header's other declarations (through the bindings' declaration and definition nodes, so a name costs one look-up)
 * and the other files declaring what it names, plus the macros expanded in it. Linear in the header's AST.
 */
final class OutlineCollector {
    private final IASTTranslationUnit tu;
    private final String header;
    private final List<IASTDeclaration> nodes = new ArrayList<>();
    private final List<List<String>> namespaces = new ArrayList<>();
    private final List<Shape> shapes = new ArrayList<>();

    private final char[] text;
    private int[] starts;
    private int[] ends;
    private int[] indices;

    private final UnitMacros unitMacros;
    private final boolean openLinkage;

    OutlineCollector(IASTTranslationUnit tu, Path header, char[] text) {
        this(tu, header, text, new UnitMacros(tu), false);
    }

    /**
     * @param unitMacros  the unit's macros, gathered once for every header outlined from it
     * @param openLinkage whether {@code extern "C"} blocks and inline and unnamed namespaces are outlined as if
     *                    their braces were not there, also where another file's block holds the header's text,
     *                    rather than each as one declaration: what a use count needs, as C headers (and
     *                    libstdc++'s {@code extern "C++"}) wrap their whole text in one
     */
    OutlineCollector(IASTTranslationUnit tu, Path header, char[] text, UnitMacros unitMacros, boolean openLinkage) {
        this.tu = tu;
        this.header = header.toString();
        this.text = text;
        this.unitMacros = unitMacros;
        this.openLinkage = openLinkage;
    }

    /** A unit's macro expansions by file and its macro definitions by name, gathered in one pass. */
    static final class UnitMacros {
        final java.util.Map<String, List<IASTPreprocessorMacroExpansion>> expansions = new java.util.HashMap<>();
        final java.util.Map<String, Path> defined = new java.util.HashMap<>();
        private final java.util.Map<String, String> paths = new java.util.HashMap<>();

        /** {@code fileName} as a normalized path, remembered: every header outlined asks for every node's file. */
        String path(String fileName) {
            return paths.computeIfAbsent(fileName, f -> FileIndex.toPath(f).toString());
        }

        UnitMacros(IASTTranslationUnit tu) {
            for (IASTPreprocessorMacroExpansion e : tu.getMacroExpansions()) {
                IASTFileLocation at = e.getFileLocation();
                if (at != null && at.getFileName() != null) {
                    expansions.computeIfAbsent(FileIndex.toPath(at.getFileName()).toString(),
                            k -> new ArrayList<>()).add(e);
                }
            }
            for (org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroDefinition m : tu.getMacroDefinitions()) {
                IASTFileLocation def = m.getFileLocation();
                defined.putIfAbsent(m.getName().toString(), def == null || def.getFileName() == null ? null
                        : FileIndex.toPath(def.getFileName()));
            }
        }
    }

    /**
     * Adds every macro a declaration's text spells, from the start of its first line: a macro expanding to nothing
     * ({@code IMGUI_API}) leaves no expansion CDT reports, yet the text needs its definition.
     */
    private void spelledMacros(List<List<MacroUse>> macros) {
        java.util.Map<String, Path> defined = unitMacros.defined;
        for (int i = 0; i < nodes.size(); i++) {
            IASTFileLocation at = nodes.get(i).getFileLocation();
            if (shapes.get(i) == Shape.ELSEWHERE || text == null || at.getNodeOffset() + at.getNodeLength()
                    > text.length) {
                continue;
            }
            int start = at.getNodeOffset();
            while (start > 0 && text[start - 1] != '\n') {
                start--;
            }
            String spelled = new String(text, start, at.getNodeOffset() + at.getNodeLength() - start);
            java.util.regex.Matcher word = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*").matcher(spelled);
            while (word.find()) {
                if (defined.containsKey(word.group())) {
                    MacroUse use = new MacroUse(word.group(), defined.get(word.group()));
                    if (!macros.get(i).contains(use)) {
                        macros.get(i).add(use);
                    }
                }
            }
        }
    }

    List<TopLevelDeclaration> collect() {
        walk(tu.getDeclarations(), List.of(), false);
        List<List<MacroUse>> macros = new ArrayList<>();
        nodes.forEach(n -> macros.add(new ArrayList<>()));
        for (IASTPreprocessorMacroExpansion e : unitMacros.expansions.getOrDefault(header, List.of())) {
            IASTFileLocation at = e.getFileLocation();
            int index = indexAt(at.getNodeOffset());
            if (index < 0) {
                index = startingAfter(at);
            }
            if (index >= 0) {
                IASTFileLocation def = e.getMacroDefinition() == null ? null
                        : e.getMacroDefinition().getFileLocation();
                MacroUse use = new MacroUse(e.getMacroReference().toString(),
                        def == null || def.getFileName() == null ? null : FileIndex.toPath(def.getFileName()));
                if (!macros.get(index).contains(use)) {
                    macros.get(index).add(use);
                }
            }
        }
        spelledMacros(macros);
        List<TopLevelDeclaration> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            IASTDeclaration node = nodes.get(i);
            IASTFileLocation at = node.getFileLocation();
            Names names = new Names(i);
            if (shapes.get(i) != Shape.ELSEWHERE) {
                node.accept(names);
            }
            List<String> symbols = declared(node);
            Shape shape = shapes.get(i) == Shape.PLAIN ? shapeOf(node) : shapes.get(i);
            String name = symbols.isEmpty() ? words(node) : symbols.get(0);
            out.add(new TopLevelDeclaration(name, symbols, namespaces.get(i), at.getNodeOffset(), at.getNodeLength(),
                    shape, List.copyOf(names.uses), List.copyOf(names.files), List.copyOf(names.places), macros.get(i),
                    names.unresolved));
        }
        return out;
    }

    private void walk(IASTDeclaration[] declarations, List<String> scope, boolean special) {
        for (IASTDeclaration d : declarations) {
            IASTFileLocation at = d.getFileLocation();
            if (openLinkage && (at == null || !inHeader(at))) {
                // Another file's block may hold this header's text (math.h's extern "C" around mathcalls.h).
                if (d instanceof ICPPASTLinkageSpecification linkage) {
                    walk(linkage.getDeclarations(), scope, special);
                } else if (d instanceof ICPPASTNamespaceDefinition ns) {
                    List<String> inner = new ArrayList<>(scope);
                    if (!ns.getName().toString().isEmpty()) {
                        inner.add(ns.getName().toString());
                    }
                    walk(ns.getDeclarations(), List.copyOf(inner), special);
                }
                continue;
            }
            if (at == null || !inHeader(at)) {
                if (!scope.isEmpty() && at != null) {
                    add(d, scope, Shape.ELSEWHERE); // another file's text inside the header's namespace
                }
                continue;
            }
            if (d instanceof ICPPASTNamespaceDefinition ns && openLinkage) {
                // Counting uses, an inline or unnamed namespace is opened like any other.
                List<String> inner = new ArrayList<>(scope);
                if (!ns.getName().toString().isEmpty()) {
                    inner.add(ns.getName().toString());
                }
                walk(ns.getDeclarations(), List.copyOf(inner), special);
            } else if (d instanceof ICPPASTNamespaceDefinition ns && !special) {
                String name = ns.getName().toString();
                if (name.isEmpty() || ns.isInline()) {
                    add(d, scope, Shape.SPECIAL_NAMESPACE);
                    continue;
                }
                List<String> inner = new ArrayList<>(scope);
                inner.add(name);
                walk(ns.getDeclarations(), List.copyOf(inner), false);
            } else if (d instanceof ICPPASTLinkageSpecification linkage && openLinkage) {
                walk(linkage.getDeclarations(), scope, special);
            } else {
                add(d, scope, d instanceof ICPPASTLinkageSpecification ? Shape.LINKAGE_BLOCK : Shape.PLAIN);
            }
        }
    }

    private void add(IASTDeclaration d, List<String> scope, Shape shape) {
        nodes.add(d);
        namespaces.add(scope);
        shapes.add(shape);
    }

    private boolean inHeader(IASTFileLocation at) {
        return at.getFileName() != null && unitMacros.path(at.getFileName()).equals(header);
    }

    /**
     * The declaration whose text holds {@code offset} of the header, or -1: a binary search over the declarations'
     * starts (in file order, none nested in another), since a large header asks once per name it holds.
     */
    private int indexAt(int offset) {
        if (starts == null) {
            List<int[]> spans = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                IASTFileLocation at = nodes.get(i).getFileLocation();
                if (shapes.get(i) != Shape.ELSEWHERE) {
                    spans.add(new int[] {at.getNodeOffset(), at.getNodeOffset() + Math.max(at.getNodeLength(), 1), i});
                }
            }
            spans.sort(java.util.Comparator.comparingInt(x -> x[0]));
            starts = spans.stream().mapToInt(x -> x[0]).toArray();
            ends = spans.stream().mapToInt(x -> x[1]).toArray();
            indices = spans.stream().mapToInt(x -> x[2]).toArray();
        }
        int at = java.util.Arrays.binarySearch(starts, offset);
        int k = at >= 0 ? at : -at - 2;
        // Equal starts (two declarators of one line) keep the first, as the linear scan did.
        while (k > 0 && starts[k - 1] == starts[k]) {
            k--;
        }
        return k >= 0 && offset < ends[k] ? indices[k] : -1;
    }

    /**
     * The declaration starting on the line where a macro expansion ends, after it: a macro expanding to nothing
     * ({@code IMGUI_API}) is not in the node's location, though it is in its text.
     */
    private int startingAfter(IASTFileLocation expansion) {
        int end = expansion.getNodeOffset() + expansion.getNodeLength();
        for (int i = 0; i < nodes.size(); i++) {
            IASTFileLocation at = nodes.get(i).getFileLocation();
            if (shapes.get(i) != Shape.ELSEWHERE && at.getNodeOffset() >= end
                    && at.getStartingLineNumber() == expansion.getEndingLineNumber()) {
                return i;
            }
        }
        return -1;
    }

    private static Shape shapeOf(IASTDeclaration node) {
        IASTNodeLocation[] locations = node.getNodeLocations();
        if (locations.length == 1 && locations[0] instanceof IASTMacroExpansionLocation) {
            return Shape.FROM_MACRO;
        }
        for (IASTName name : declaredNames(node)) {
            for (IASTNodeLocation l : name.getNodeLocations()) {
                if (l instanceof IASTMacroExpansionLocation) {
                    return Shape.NAME_FROM_MACRO;
                }
            }
        }
        return Shape.PLAIN;
    }

    private static List<String> declared(IASTDeclaration node) {
        Set<String> out = new LinkedHashSet<>();
        for (IASTName name : declaredNames(node)) {
            IBinding binding = name.resolveBinding();
            if (binding != null && !(binding instanceof IProblemBinding)) {
                out.add(qualified(binding));
            } else {
                out.add(name.toString());
            }
        }
        return List.copyOf(out);
    }

    /** The names a declaration introduces: its class, enum (and enumerators), declarators, alias. */
    private static List<IASTName> declaredNames(IASTDeclaration node) {
        List<IASTName> out = new ArrayList<>();
        IASTDeclaration d = node;
        while (d instanceof ICPPASTTemplateDeclaration t) {
            d = t.getDeclaration();
        }
        if (d instanceof ICPPASTAliasDeclaration alias) {
            out.add(alias.getAlias());
        } else if (d instanceof IASTSimpleDeclaration simple) {
            IASTDeclSpecifier spec = simple.getDeclSpecifier();
            if (spec instanceof IASTCompositeTypeSpecifier composite) {
                out.add(composite.getName());
            } else if (spec instanceof IASTEnumerationSpecifier e) {
                out.add(e.getName());
                for (IASTEnumerationSpecifier.IASTEnumerator enumerator : e.getEnumerators()) {
                    out.add(enumerator.getName());
                }
            } else if (spec instanceof IASTElaboratedTypeSpecifier elaborated) {
                out.add(elaborated.getName());
            }
            for (IASTDeclarator declarator : simple.getDeclarators()) {
                out.add(innermost(declarator).getName());
            }
        } else if (d instanceof IASTFunctionDefinition f) {
            out.add(innermost(f.getDeclarator()).getName());
        }
        out.removeIf(n -> n == null || n.toString().isEmpty());
        return out;
    }

    private static IASTDeclarator innermost(IASTDeclarator declarator) {
        IASTDeclarator d = declarator;
        while (d.getNestedDeclarator() != null) {
            d = d.getNestedDeclarator();
        }
        return d;
    }

    private static String words(IASTNode node) {
        String raw = node.getRawSignature().strip().replaceAll("\\s+", " ");
        return raw.length() > 40 ? raw.substring(0, 40) : raw;
    }

    private static String qualified(IBinding binding) {
        if (binding instanceof ICPPBinding cpp) {
            try {
                return String.join("::", cpp.getQualifiedName());
            } catch (DOMException e) {
                return binding.getName();
            }
        }
        return binding.getName();
    }

    /** What one declaration names: the header's declarations and other files. */
    private final class Names extends ASTVisitor {
        final int self;
        final Set<Integer> uses = new LinkedHashSet<>();
        final Set<List<Path>> files = new LinkedHashSet<>();
        final Set<Place> places = new LinkedHashSet<>();
        boolean unresolved;

        Names(int self) {
            this.self = self;
            shouldVisitNames = true;
            shouldVisitImplicitNames = true; // overloaded operators and implicit constructor calls
        }

        @Override
        public int visit(IASTName name) {
            if (name.getLookupKey().length == 0 || name instanceof org.eclipse.cdt.core.dom.ast.cpp.ICPPASTQualifiedName) {
                return PROCESS_CONTINUE;
            }
            IBinding binding = name.resolveBinding();
            if (binding == null || binding instanceof IProblemBinding) {
                unresolved |= name.isReference();
                return PROCESS_CONTINUE;
            }
            if (binding instanceof ICPPNamespace || binding instanceof ICPPTemplateParameter) {
                return PROCESS_CONTINUE;
            }
            note(binding);
            if (binding instanceof ICPPMember member && member.getClassOwner() != null) {
                note(member.getClassOwner());
            }
            return PROCESS_CONTINUE;
        }

        private void note(IBinding binding) {
            Set<Path> elsewhere = new LinkedHashSet<>();
            for (IASTNode n : declarationsOf(binding)) {
                IASTFileLocation at = n.getFileLocation();
                if (at == null || at.getFileName() == null) {
                    continue;
                }
                if (inHeader(at)) {
                    int index = indexAt(at.getNodeOffset());
                    if (index >= 0 && index != self) {
                        uses.add(index);
                    }
                } else {
                    Path file = FileIndex.toPath(at.getFileName());
                    elsewhere.add(file);
                    places.add(new Place(file, at.getNodeOffset()));
                }
            }
            if (!elsewhere.isEmpty()) {
                files.add(List.copyOf(elsewhere));
            }
        }
    }

    private static List<IASTNode> declarationsOf(IBinding binding) {
        List<IASTNode> out = new ArrayList<>();
        if (binding instanceof ICPPInternalBinding internal) {
            if (internal.getDefinition() != null) {
                out.add(internal.getDefinition());
            }
            IASTNode[] declarations = internal.getDeclarations();
            if (declarations != null) {
                for (IASTNode n : declarations) {
                    if (n != null) {
                        out.add(n);
                    }
                }
            }
        } else if (binding instanceof ICInternalBinding internal) {
            if (internal.getDefinition() != null) {
                out.add(internal.getDefinition());
            }
            if (internal.getPhysicalNode() != null) {
                out.add(internal.getPhysicalNode());
            }
        }
        return out;
    }
}
