// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

/**
 * What one file's code asks of clang's template instantiation, counted off the parser's tree (which instantiates
 * nothing). A template-id is a name with template arguments ({@code std::vector<Foo>}, {@code get<int>}); code is
 * <em>concrete</em> when it lies outside every template declaration, so what it names and calls is instantiated in
 * every unit that includes it.
 *
 * @param templateIds         template-ids written in the file
 * @param distinctTemplateIds distinct spellings among them
 * @param concreteTemplateIds template-ids in concrete code
 * @param nestedTemplateIds   template-ids inside another template-id's arguments
 * @param concreteBodyCalls   function calls in the bodies of concrete functions
 * @param templateBodyCalls   function calls in the bodies of templates (instantiated with the template)
 * @param distinctConcreteTemplateIds distinct spellings of the template-ids in concrete code: the specialisations
 *                            clang instantiates (class templates: every member's declaration)
 * @param concreteMemberCalls calls of members ({@code x.f()}, {@code p->f()}) in concrete bodies
 * @param concreteBodyTemplateIds template-ids in concrete bodies
 * @param concreteBodyNodes   AST nodes in the bodies of concrete functions, which clang type-checks (and whose
 *                            template uses it instantiates) in every including unit; a template's body is
 *                            instantiated only when used
 */
public record TemplateUse(int templateIds, int distinctTemplateIds, int concreteTemplateIds, int nestedTemplateIds,
        int concreteBodyCalls, int templateBodyCalls, int distinctConcreteTemplateIds, int concreteMemberCalls,
        int concreteBodyTemplateIds, int concreteBodyNodes) {

    /** A file with no template use. */
    public static final TemplateUse NONE = new TemplateUse(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public TemplateUse {
        if (templateIds < 0 || distinctTemplateIds < 0 || concreteTemplateIds < 0 || nestedTemplateIds < 0
                || concreteBodyCalls < 0 || templateBodyCalls < 0 || distinctConcreteTemplateIds < 0
                || concreteMemberCalls < 0 || concreteBodyTemplateIds < 0 || concreteBodyNodes < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }
}
