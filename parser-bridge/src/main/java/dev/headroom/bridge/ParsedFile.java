// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.nio.file.Path;
import java.util.Map;

/**
 * What one file contributes to one translation unit.
 *
 * @param path          normalized absolute path
 * @param bytes         size on disk (or of the synthesized text)
 * @param lines         physical lines
 * @param linesOfCode   lines holding at least one token, comments and blank lines excluded
 * @param activeTokens  tokens outside preprocessor directives in branches the preprocessor took
 * @param activeLines   lines holding such tokens
 * @param declarations  declarations by kind
 * @param nodes         AST nodes attributed to this file, by kind
 * @param templateUse   what the file's code asks of template instantiation
 */
public record ParsedFile(
        Path path,
        long bytes,
        int lines,
        int linesOfCode,
        int activeTokens,
        int activeLines,
        Map<DeclarationKind, Integer> declarations,
        Map<NodeKind, Integer> nodes,
        TemplateUse templateUse) {

    public ParsedFile {
        declarations = Map.copyOf(declarations);
        nodes = Map.copyOf(nodes);
        templateUse = templateUse == null ? TemplateUse.NONE : templateUse;
    }

    /** A file whose template use was not counted (none). */
    public ParsedFile(Path path, long bytes, int lines, int linesOfCode, int activeTokens, int activeLines,
            Map<DeclarationKind, Integer> declarations, Map<NodeKind, Integer> nodes) {
        this(path, bytes, lines, linesOfCode, activeTokens, activeLines, declarations, nodes, TemplateUse.NONE);
    }

    /** All AST nodes attributed to this file. */
    public int nodeCount() {
        return nodes.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Declarations of one kind. */
    public int declarations(DeclarationKind kind) {
        return declarations.getOrDefault(kind, 0);
    }
}
