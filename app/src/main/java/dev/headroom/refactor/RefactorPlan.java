// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A refactor as data: a title and the steps that make it. The same plan gives the same edits on the same texts, so
 * a plan can be shown, saved, exported as a patch and verified, and each of those sees the same change.
 *
 * @param id    stable identifier ({@code move-bodies:include/vybe/vybe_sdf_math.h})
 * @param title what the plan does, in one line
 * @param steps in order; edits of later steps at the same offset follow those of earlier ones
 */
public record RefactorPlan(String id, String title, List<RefactorStep> steps) {

    public RefactorPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
    }

    /** Every step's edits, in step order. */
    public List<TextEdit> edits(SourceTexts texts) throws RefactorException {
        List<TextEdit> all = new ArrayList<>();
        for (RefactorStep step : steps) {
            all.addAll(step.edits(texts));
        }
        return all;
    }

    /** The files the plan touches, before and after. */
    public List<FileChange> changes(SourceTexts texts) throws RefactorException {
        return EditApplier.apply(edits(texts), texts);
    }

    /** The functions whose bodies the plan moves. */
    public List<MoveBodyStep> moves() {
        return steps.stream().filter(MoveBodyStep.class::isInstance).map(MoveBodyStep.class::cast).toList();
    }
}
