// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.details;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.analysis.HeaderRelations;
import dev.headroom.model.DeclarationKind;
import dev.headroom.model.FunctionDefinition;
import java.util.List;

/**
 * What the details pane shows for the selected box.
 *
 * @param node         the selected box (a header or a group)
 * @param relations    its includers, includes and include chains in the unit they come from, or {@code null} for a
 *                     group or a header no unit enters
 * @param declarations the file's declarations by kind, most first, each with the function bodies of that kind
 * @param functions    every function body written in the file, in file order
 */
public record Details(HeaderNode node, HeaderRelations relations, List<DeclarationGroup> declarations,
        List<FunctionDefinition> functions) {

    public Details {
        declarations = List.copyOf(declarations);
        functions = List.copyOf(functions);
    }

    /**
     * Declarations of one kind in the file.
     *
     * @param functions the bodies of that kind written in the file, heaviest first
     */
    public record DeclarationGroup(DeclarationKind kind, int count, List<FunctionDefinition> functions) {
        public DeclarationGroup {
            functions = List.copyOf(functions);
        }
    }

    /** The unit the relations come from, or {@code null}. */
    public String unit() {
        return relations == null ? null : relations.unit();
    }

    public List<String> includers() {
        return relations == null ? List.of() : relations.includers();
    }

    public List<String> includes() {
        return relations == null ? List.of() : relations.includes();
    }

    public List<List<String>> chains() {
        return relations == null ? List.of() : relations.chains();
    }

    public long totalChains() {
        return relations == null ? 0 : relations.totalChains();
    }
}
