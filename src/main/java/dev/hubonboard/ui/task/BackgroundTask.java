package dev.hubonboard.ui.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One piece of slow work (network, keychain, disk) and what happens after it, in the spirit of JabRef's
 * BackgroundTask. The caller captures the work's inputs when it builds the task (on the JavaFX thread), so the work
 * never reads state the window may change meanwhile. Every callback runs on the JavaFX thread; a result that arrives
 * after the task was cancelled is dropped. Run it with {@link TaskRunner#run}.
 */
public final class BackgroundTask<T> {

    /** The work, run off the JavaFX thread; {@code progress} hands updates back while the task is still running. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** Hands an update to the JavaFX thread; it is dropped if the task has been cancelled or has finished by then. */
    @FunctionalInterface
    public interface Progress {
        void update(Runnable onFx);
    }

    final String title;
    final Work<T> work;
    Consumer<? super T> onSuccess = v -> { };
    Consumer<Throwable> onFailure = e -> { };
    Runnable onCancelled = () -> { };
    Runnable onFinished = () -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** @param title a few words for the status line ("Sending the invite") */
    public static <T> BackgroundTask<T> of(String title, Callable<T> work) {
        return new BackgroundTask<>(title, p -> work.call());
    }

    public static <T> BackgroundTask<T> withProgress(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    /** Runs at once when the task is cancelled (Stop, or the screen was left); the work's late result is dropped. */
    public BackgroundTask<T> onCancelled(Runnable action) {
        this.onCancelled = Objects.requireNonNull(action);
        return this;
    }

    /** Runs after success, failure or cancellation. */
    public BackgroundTask<T> onFinished(Runnable action) {
        this.onFinished = Objects.requireNonNull(action);
        return this;
    }
}
