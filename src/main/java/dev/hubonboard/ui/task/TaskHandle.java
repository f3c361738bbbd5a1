package dev.hubonboard.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.concurrent.Future;

/** A started task: whether it still runs, and a way to stop it. Use on the JavaFX thread. */
public final class TaskHandle {
    /** A handle of nothing: never running; for fields that have not started a task yet. */
    public static final TaskHandle NONE = new TaskHandle(null, null);

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final TaskRunner runner;
    private BackgroundTask<?> task; // dropped once it ended: what its work captured (a token) must not outlive it
    Future<?> future;

    TaskHandle(TaskRunner runner, BackgroundTask<?> task) {
        this.runner = runner;
        this.task = task;
        running.set(task != null);
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * Stops it: the work is interrupted, {@code onCancelled} and {@code onFinished} run now, and whatever the work
     * returns later is dropped. Nothing happens if it has already finished.
     */
    public void cancel() {
        if (!isRunning()) {
            return;
        }
        running.set(false);
        if (future != null) {
            future.cancel(true);
        }
        try {
            task.onCancelled.run();
        } finally {
            runner.ended(this, task);
        }
    }

    /** The task ended: the handle forgets it, and with it everything its work and callbacks captured. */
    void release() {
        task = null;
        future = null;
    }

    /** True once, when the outcome may be handed over: the task was still running. */
    boolean settle() {
        if (!isRunning()) {
            return false;
        }
        running.set(false);
        return true;
    }
}
