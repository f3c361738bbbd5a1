package dev.hubonboard.onboarding.store;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Every write of saved progress, from the wizard and from Connections, one after another on one thread in the order
 * asked for: two saves of the same onboarding can never land out of order (a rotated token's expiry reverting after
 * a restart). The caller takes the {@link ProgressStore.Snapshot} on the thread that owns the onboarding.
 *
 * <p>The thread is not a daemon, so quitting lets the last save finish; it ends itself after a second of idleness,
 * so it never keeps the app alive longer than that.
 */
public final class ProgressWriter {
    private final ProgressStore store;
    private final ThreadPoolExecutor thread;

    public ProgressWriter(ProgressStore store) {
        this.store = store;
        this.thread = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> new Thread(r, "hub-onboard-save"));
        thread.allowCoreThreadTimeOut(true);
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
        thread.execute(() -> {
            try {
                done.complete(read.call());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** Waits until everything asked for so far is written (tests; never the JavaFX thread). */
    public void flush() {
        then(() -> null).join();
    }
}
