package dev.hubonboard.onboarding.store;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Every write of saved progress, from the wizard and from Connections, one after another on one thread in the order
 * asked for: two saves of the same onboarding can never land out of order (a rotated token's expiry reverting after
 * a restart). The caller takes the {@link ProgressStore.Snapshot} on the thread that owns the onboarding.
 *
 * <p>The lane is the app's save lane (ui/task's {@code AppExecutor.saves()}): one thread, not a daemon, that quitting
 * lets finish within a bound. This class makes no thread of its own.
 */
public final class ProgressWriter {
    private final ProgressStore store;
    private final Executor thread;

    /** @param lane runs one task at a time, in the order given */
    public ProgressWriter(ProgressStore store, Executor lane) {
        this.store = store;
        this.thread = lane;
    }

    public ProgressStore store() {
        return store;
    }

    /** Saves after every write asked for before; the problem, if the replaced file was unusable and moved aside. */
    public CompletableFuture<Optional<LoadProblem>> save(ProgressStore.Snapshot snapshot) {
        return then(() -> store.save(snapshot));
    }

    public CompletableFuture<Boolean> delete(String organization) {
        return then(() -> store.delete(organization));
    }

    /** Runs {@code read} after every write asked for so far: a listing or load that must see them. */
    public <T> CompletableFuture<T> then(Callable<T> read) {
        CompletableFuture<T> done = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                try {
                    done.complete(read.call());
                } catch (Throwable e) {
                    done.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(e); // the app has quit: the lane takes no more work
        }
        return done;
    }

    /** Waits until everything asked for so far is written (tests; never the JavaFX thread). */
    public void flush() {
        then(() -> null).join();
    }
}
