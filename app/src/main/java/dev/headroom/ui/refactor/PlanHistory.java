// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.refactor;

import dev.headroom.refactor.Proposal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * The plan being built, as an ordered list of refactors with undo and redo. Each state is an immutable list, so a
 * prediction started for one state is known to be stale by comparing lists. No JavaFX: the view model wraps it.
 */
final class PlanHistory {
    private List<Proposal> steps = List.of();
    private final Deque<List<Proposal>> undone = new ArrayDeque<>();
    private final Deque<List<Proposal>> done = new ArrayDeque<>();

    /** The plan now, in order. */
    List<Proposal> steps() {
        return steps;
    }

    /**
     * Appends {@code p}.
     *
     * @return whether it was added: a refactor already in the plan (same plan id) is not added twice
     */
    boolean add(Proposal p) {
        Objects.requireNonNull(p, "p");
        if (steps.stream().anyMatch(s -> s.plan().id().equals(p.plan().id()))) {
            return false;
        }
        List<Proposal> next = new ArrayList<>(steps);
        next.add(p);
        change(next);
        return true;
    }

    /** Puts {@code p} in place of the step at {@code index} (undoable); an index outside the plan changes nothing. */
    void replace(int index, Proposal p) {
        Objects.requireNonNull(p, "p");
        if (index < 0 || index >= steps.size()) {
            return;
        }
        List<Proposal> next = new ArrayList<>(steps);
        next.set(index, p);
        change(next);
    }

    /** Takes out the step at {@code index}; an index outside the plan changes nothing. */
    void remove(int index) {
        if (index < 0 || index >= steps.size()) {
            return;
        }
        List<Proposal> next = new ArrayList<>(steps);
        next.remove(index);
        change(next);
    }

    /** Empties the plan (a new workspace); nothing to undo afterwards. */
    void reset() {
        steps = List.of();
        done.clear();
        undone.clear();
    }

    /** Starts again from {@code kept} (the plan carried over a reanalysis); nothing to undo afterwards. */
    void restart(List<Proposal> kept) {
        reset();
        steps = List.copyOf(kept);
    }

    boolean canUndo() {
        return !done.isEmpty();
    }

    boolean canRedo() {
        return !undone.isEmpty();
    }

    void undo() {
        if (canUndo()) {
            undone.push(steps);
            steps = done.pop();
        }
    }

    void redo() {
        if (canRedo()) {
            done.push(steps);
            steps = undone.pop();
        }
    }

    private void change(List<Proposal> next) {
        done.push(steps);
        undone.clear();
        steps = List.copyOf(next);
    }
}
