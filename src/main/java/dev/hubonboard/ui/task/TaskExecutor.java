package dev.hubonboard.ui.task;

import java.util.concurrent.Future;

/**
 * Where tasks run: the app's {@link AppExecutor} (worker threads, results on the JavaFX thread); the caller's thread
 * in view-model tests (a synchronous executor that can also hold tasks back, so Stop can be pressed while one "runs").
 */
public interface TaskExecutor {

    /** Which threads a task runs on: the screen's own work, or a periodic look that must not wait behind it. */
    enum Lane { FOREGROUND, WATCH }

    /** Starts {@code work} off the JavaFX thread on the foreground lane; cancelling the future interrupts it. */
    Future<?> start(Runnable work);

    /** Starts {@code work} on {@code lane}; an executor with one lane runs every task on it. */
    default Future<?> start(Lane lane, Runnable work) {
        return start(work);
    }

    /** Runs {@code r} on the JavaFX thread, later. */
    void toFx(Runnable r);

    /** A screen's runner was made on this executor: quitting closes it ({@link AppExecutor#quit}). */
    default void adopt(TaskRunner owner) {
    }

    /** The runner was closed: quitting need not close it again. */
    default void release(TaskRunner owner) {
    }

    /**
     * The lane for saves: one thread, not a daemon, in order. The app's executor has one for the whole app; any other
     * (tests) gets a new lane for each call.
     */
    default java.util.concurrent.Executor saves() {
        return AppExecutor.newSaveLane();
    }

    /** The app's: see {@link AppExecutor}. */
    static AppExecutor threads() {
        return AppExecutor.start();
    }
}
