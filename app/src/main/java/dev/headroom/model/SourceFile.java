// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

import java.util.Map;

/**
 * A file as the workspace sees it: the same across every unit that includes it. Declaration and node counts
 * are those of the first unit that entered the file (a header can parse differently under other macros).
 *
 * @param path          absolute normalized path
 * @param origin        project, third-party, system or synthesized
 * @param bytes         size
 * @param lines         physical lines
 * @param linesOfCode   lines holding a token
 * @param unitsReaching how many units enter it
 * @param declarations  declarations by kind
 * @param nodes         AST nodes by kind
 * @param templateUse   what the file's code asks of template instantiation
 */
public record SourceFile(
        String path,
        Origin origin,
        long bytes,
        int lines,
        int linesOfCode,
        int unitsReaching,
        Map<DeclarationKind, Integer> declarations,
        Map<AstNodeKind, Integer> nodes,
        TemplateUse templateUse) {

    public SourceFile {
        declarations = Map.copyOf(declarations);
        nodes = Map.copyOf(nodes);
        templateUse = templateUse == null ? TemplateUse.NONE : templateUse;
    }

    public int declarations(DeclarationKind kind) {
        return declarations.getOrDefault(kind, 0);
    }

    /** All AST nodes of the file. */
    public int nodeCount() {
        return nodes.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Classes, structs, unions, enums, typedefs, aliases and class templates declared in the file. */
    public long typeDeclarations() {
        return (long) declarations(DeclarationKind.CLASS) + declarations(DeclarationKind.STRUCT)
                + declarations(DeclarationKind.UNION) + declarations(DeclarationKind.ENUM)
                + declarations(DeclarationKind.TYPEDEF) + declarations(DeclarationKind.ALIAS)
                + declarations(DeclarationKind.TEMPLATE_CLASS);
    }

    /** Function bodies every including unit compiles again. */
    public int inlineBodies() {
        return declarations(DeclarationKind.FUNCTION_DEFINITION_IN_CLASS) + declarations(DeclarationKind.FUNCTION_DEFINITION_INLINE);
    }
}
