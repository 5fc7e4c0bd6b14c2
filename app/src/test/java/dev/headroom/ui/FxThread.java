// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Starts the FX toolkit once per JVM and runs test code on its thread. */
public final class FxThread {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private FxThread() {
    }

    /** Starts the toolkit if no test has yet; later calls return at once. */
    public static void start() throws InterruptedException {
        if (STARTED.compareAndSet(false, true)) {
            CountDownLatch up = new CountDownLatch(1);
            try {
                Platform.startup(up::countDown);
            } catch (IllegalStateException alreadyRunning) {
                up.countDown();
            }
            Platform.setImplicitExit(false);
            if (!up.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the FX toolkit did not start in 30 s");
            }
        }
    }

    /** Runs {@code action} on the FX thread and returns its result, rethrowing what it throws. */
    public static <T> T call(Supplier<T> action) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return action.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw new AssertionError(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the FX thread did not answer in 30 s", e);
        }
    }

    /** Runs {@code action} on the FX thread and waits for it. */
    public static void run(Runnable action) throws Exception {
        call(() -> {
            action.run();
            return null;
        });
    }
}
