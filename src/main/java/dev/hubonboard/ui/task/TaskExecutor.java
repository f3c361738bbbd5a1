package dev.hubonboard.ui.task;

import javafx.application.Platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Where tasks run: worker threads and the JavaFX thread in the app; the caller's thread in view-model tests (a
 * synchronous executor that can also hold tasks back, so Stop can be pressed while one "runs").
 */
public interface TaskExecutor {

    /** Starts {@code work} off the JavaFX thread; cancelling the future interrupts it. */
    Future<?> start(Runnable work);

    /** Runs {@code r} on the JavaFX thread, later. */
    void toFx(Runnable r);

    /**
     * The app's: a few daemon threads (a hung network call must not keep the app alive after the window closes),
     * results handed to the JavaFX thread.
     */
    static TaskExecutor threads() {
        ExecutorService pool = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "hub-onboard-work");
            t.setDaemon(true);
            return t;
        });
        return new TaskExecutor() {
            @Override
            public Future<?> start(Runnable work) {
                return pool.submit(work);
            }

            @Override
            public void toFx(Runnable r) {
                Platform.runLater(r);
            }
        };
    }
}
