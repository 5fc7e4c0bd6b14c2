// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.refactor;

import dev.headroom.session.SessionCancelledException;
import dev.headroom.session.SessionException;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The refactor panel's background work: each job runs on the executor, hands its update back to the FX thread, and
 * is cancelled or superseded by the next job of its kind; whether any runs, and what the latest does, are shown.
 * Every failure reaches the job's {@code failed} (a defect below must not leave the panel waiting forever).
 */
final class PanelJobs {
    private final Executor executor;
    private final Executor fxThread;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper doing = new ReadOnlyStringWrapper(this, "doing", "");
    /** Jobs started and not yet reported back; counted on the FX thread. */
    private int open;

    PanelJobs(Executor executor, Executor fxThread) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
    }

    /** What a background job computes: the update to make on the FX thread. */
    interface Work {
        Runnable run(BooleanSupplier cancelled) throws SessionException, SessionCancelledException;
    }

    /** One background job: its cancel flag, and whether newer work took its place (then it says nothing). */
    static final class Job {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private volatile boolean superseded;

        /** Stops it; it says "cancelled". */
        void cancel() {
            cancelled.set(true);
        }

        /** Stops it for newer work; it says nothing. */
        void supersede() {
            superseded = true;
            cancelled.set(true);
        }
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyStringProperty doingProperty() {
        return doing.getReadOnlyProperty();
    }

    /** Starts {@code work} in place of {@code older}. */
    Job start(Job older, String what, Work work, Consumer<String> failed) {
        return start(older, what, work, failed, () -> { });
    }

    /** Starts {@code work} in place of {@code older}; {@code ended} runs on the FX thread however it ends. */
    Job start(Job older, String what, Work work, Consumer<String> failed, Runnable ended) {
        if (older != null) {
            older.supersede();
        }
        Job job = new Job();
        open++;
        running.set(true);
        doing.set(what);
        executor.execute(() -> {
            Runnable outcome;
            try {
                Runnable update = work.run(job.cancelled::get);
                outcome = job.cancelled.get() ? cancelled(job, failed) : update;
            } catch (SessionCancelledException e) {
                outcome = cancelled(job, failed);
            } catch (SessionException e) {
                String why = e.problem().message();
                outcome = job.cancelled.get() ? () -> { } : () -> failed.accept(why);
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                outcome = () -> failed.accept(why);
            }
            Runnable shown = outcome;
            fxThread.execute(() -> {
                ended.run();
                shown.run();
                if (--open == 0) {
                    running.set(false);
                    doing.set("");
                }
            });
        });
        return job;
    }

    /** Runs {@code update} on the FX thread (a partial result of a job still running). */
    void show(Runnable update) {
        fxThread.execute(update);
    }

    /** What a cancelled job says: "cancelled" where the user stopped it, nothing where newer work replaced it. */
    private static Runnable cancelled(Job job, Consumer<String> failed) {
        return job.superseded ? () -> { } : () -> failed.accept("cancelled");
    }
}
