package dev.hubonboard.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (network, keychain) off the JavaFX thread and hands the result back on it. The app uses
 * {@link FxBackground}; view-model tests use {@link #direct()}, which runs everything at once on the caller's thread.
 */
public interface Background {

    /** A running piece of work; cancelling interrupts it, which the clients turn into a prompt stop. */
    interface Running {
        void cancel();

        boolean isDone();
    }

    /**
     * @param what      a few words for the progress line ("Sending the invite")
     * @param work      runs on a worker thread
     * @param succeeded runs on the UI thread with the result
     * @param failed    runs on the UI thread with the error; with a {@link java.util.concurrent.CancellationException}
     *                  when the work was cancelled, so the page can leave its "running" state
     */
    <T> Running run(String what, Callable<T> work, Consumer<T> succeeded, Consumer<Throwable> failed);

    static Background direct() {
        return new Background() {
            @Override
            public <T> Running run(String what, Callable<T> work, Consumer<T> succeeded, Consumer<Throwable> failed) {
                try {
                    succeeded.accept(work.call());
                } catch (Exception e) {
                    failed.accept(e);
                }
                return new Running() {
                    @Override
                    public void cancel() {
                    }

                    @Override
                    public boolean isDone() {
                        return true;
                    }
                };
            }
        };
    }
}
