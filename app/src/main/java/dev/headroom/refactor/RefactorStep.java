// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import java.util.List;

/**
 * One step of a {@link RefactorPlan}: it names what it does and yields the exact edits that do it. Moving a body to a
 * source file, making sure a file includes a header, replacing an include with forward declarations and splitting a
 * header are steps: edits on the files each touches, a new file as an insertion into nothing, so the plan, the edit
 * applier and the patch format are the same for all.
 */
public sealed interface RefactorStep permits MoveBodyStep, SourceFileStep, ForwardDeclareStep, SplitHeaderStep {

    /** What the step does, in one line. */
    String description();

    /**
     * The step's edits on the texts as analysed.
     *
     * @throws RefactorException when a file the step relies on changed since the analysis or cannot be read
     */
    List<TextEdit> edits(SourceTexts texts) throws RefactorException;
}
