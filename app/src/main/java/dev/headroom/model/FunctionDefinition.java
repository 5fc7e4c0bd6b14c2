// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

/**
 * A function definition with a body, the unit of the "move inline bodies to a .cpp" refactoring.
 *
 * @param file          where the body is written
 * @param qualifiedName namespaces and classes joined with {@code ::}
 * @param firstLine     first line of the definition
 * @param lastLine      last line of its body
 * @param bodyNodes     AST nodes in the body
 * @param inClass       defined inside a class body
 * @param inline        compiled again by every including unit (in-class, inline, constexpr or template)
 * @param constexpr     marked constexpr
 * @param template      a template or member of one
 * @param layout        where its parts lie in the file and what stops moving it, or {@code null} when unknown (a
 *                      model read back from an older export)
 */
public record FunctionDefinition(
        String file,
        String qualifiedName,
        int firstLine,
        int lastLine,
        int bodyNodes,
        boolean inClass,
        boolean inline,
        boolean constexpr,
        boolean template,
        DefinitionLayout layout) {

    /** A definition whose layout is unknown. */
    public FunctionDefinition(String file, String qualifiedName, int firstLine, int lastLine, int bodyNodes,
            boolean inClass, boolean inline, boolean constexpr, boolean template) {
        this(file, qualifiedName, firstLine, lastLine, bodyNodes, inClass, inline, constexpr, template, null);
    }
}
