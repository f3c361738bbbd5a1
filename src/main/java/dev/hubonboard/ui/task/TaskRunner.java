package dev.hubonboard.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs a screen's {@link BackgroundTask}s and keeps what the screen shows about them: busy while any runs, the latest
 * task's words for the status line, and Stop for all of them. A task counts as busy until its outcome was handed
 * over, so an outcome that chains the next task never makes the screen look idle in between. One per screen (the
 * wizard, Connections); call it on the JavaFX thread.
 */
public final class TaskRunner {
    private final TaskExecutor executor;
    private final Set<TaskHandle> live = new LinkedHashSet<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");

    public TaskRunner(TaskExecutor executor) {
        this.executor = executor;
    }

    public <T> TaskHandle run(BackgroundTask<T> task) {
        TaskHandle handle = new TaskHandle(this, task);
        live.add(handle);
        busy.set(true);
        activity.set(task.title + "…");
        BackgroundTask.Progress progress = update -> executor.toFx(() -> {
            if (handle.isRunning()) {
                update.run();
            }
        });
        handle.future = executor.start(() -> {
            T value = null;
            Throwable error = null;
            try {
                value = task.work.call(progress);
            } catch (Throwable e) {
                error = e;
            }
            T result = value;
            Throwable failure = error;
            executor.toFx(() -> deliver(handle, task, result, failure));
        });
        return handle;
    }

    private <T> void deliver(TaskHandle handle, BackgroundTask<T> task, T value, Throwable error) {
        if (!handle.settle()) {
            return; // cancelled meanwhile: a late result is dropped by design
        }
        try {
            if (error == null) {
                task.onSuccess.accept(value);
            } else {
                task.onFailure.accept(error);
            }
        } finally {
            ended(handle, task);
        }
    }

    void ended(TaskHandle handle, BackgroundTask<?> task) {
        try {
            task.onFinished.run();
        } finally {
            live.remove(handle);
            busy.set(!live.isEmpty());
            if (live.isEmpty()) {
                activity.set("");
            }
        }
    }

    /** Stops every task still running (Stop, or the screen is left); returns how many there were. */
    public int cancelAll() {
        List<TaskHandle> running = new ArrayList<>(live).stream().filter(TaskHandle::isRunning).toList();
        running.forEach(TaskHandle::cancel);
        return running.size();
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** Finer words for the status line while something runs ("Re-testing acme: Pull…"). */
    public void say(String words) {
        if (isBusy()) {
            activity.set(words);
        }
    }
}
