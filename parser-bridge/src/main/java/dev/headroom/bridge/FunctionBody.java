// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.nio.file.Path;

/**
 * A function definition with a body.
 *
 * @param file          where the body is written
 * @param qualifiedName enclosing namespaces and classes joined with {@code ::}
 * @param firstLine     first line of the definition
 * @param lastLine      last line of the body
 * @param bodyNodes     AST nodes inside the body (statements, expressions, names, ...)
 * @param inClass       written inside a class body
 * @param explicitInline marked {@code inline}
 * @param constexpr     marked {@code constexpr} (implicitly inline)
 * @param template      a template or a member of one
 * @param layout        where its parts lie in the text CDT parsed and what stops moving it, or {@code null} when
 *                      CDT placed it in no file
 */
public record FunctionBody(
        Path file,
        String qualifiedName,
        int firstLine,
        int lastLine,
        int bodyNodes,
        boolean inClass,
        boolean explicitInline,
        boolean constexpr,
        boolean template,
        DefinitionLayout layout) {

    /** A body without its layout, as units cached before layouts were collected describe it. */
    public FunctionBody(Path file, String qualifiedName, int firstLine, int lastLine, int bodyNodes, boolean inClass,
            boolean explicitInline, boolean constexpr, boolean template) {
        this(file, qualifiedName, firstLine, lastLine, bodyNodes, inClass, explicitInline, constexpr, template, null);
    }

    /** Whether every TU that includes the file compiles this body again (the cost moving it to a .cpp saves). */
    public boolean inline() {
        return inClass || explicitInline || constexpr || template;
    }
}
