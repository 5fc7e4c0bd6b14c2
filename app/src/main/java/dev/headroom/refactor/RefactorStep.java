// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import java.util.List;

/**
 * One step of a {@link RefactorPlan}: it names what it does and yields the exact edits that do it. Moving a body to a
 * source file, making sure a file includes a header, and replacing an include with forward declarations are steps;
 * splitting a header would be one of the same kind (edits on the files it touches, a new file as an insertion into
 * nothing), joining this interface without changing the plan, the edit applier or the patch format.
 */
public sealed interface RefactorStep permits MoveBodyStep, SourceFileStep, ForwardDeclareStep {

    /** What the step does, in one line. */
    String description();

    /**
     * The step's edits on the texts as analysed.
     *
     * @throws RefactorException when a file the step relies on changed since the analysis or cannot be read
     */
    List<TextEdit> edits(SourceTexts texts) throws RefactorException;
}
