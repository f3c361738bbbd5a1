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
 * wizard, Connections, a dialog), the owner of every task it runs; call it on the JavaFX thread.
 *
 * <p>When its screen closes ({@link #close}), every task it started is cancelled and it becomes inert: a late result,
 * a progress update or a {@link #later} callback is dropped, and a task asked for afterwards never starts. So a closed
 * screen changes no model, writes no file and shows no dialog.
 */
public final class TaskRunner {
    private final TaskExecutor executor;
    private final Set<TaskHandle> live = new LinkedHashSet<>();
    private final Set<TaskHandle> watches = new LinkedHashSet<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    private boolean closed;

    public TaskRunner(TaskExecutor executor) {
        this.executor = executor;
        executor.adopt(this);
    }

    /** Runs {@code task} on the foreground lane: busy until its outcome is handed over; Stop cancels it. */
    public <T> TaskHandle run(BackgroundTask<T> task) {
        return start(task, TaskExecutor.Lane.FOREGROUND);
    }

    /**
     * Runs a periodic look on the watch lane: not counted as busy (the screen's Next, Back and Close stay as they
     * are) and not stopped by Stop; cancelled by its handle or when the owner closes.
     */
    public <T> TaskHandle watch(BackgroundTask<T> task) {
        return start(task, TaskExecutor.Lane.WATCH);
    }

    private <T> TaskHandle start(BackgroundTask<T> task, TaskExecutor.Lane lane) {
        if (closed) {
            return TaskHandle.NONE; // a closed screen starts nothing
        }
        TaskHandle handle = new TaskHandle(this, task);
        if (lane == TaskExecutor.Lane.WATCH) {
            watches.add(handle);
        } else {
            live.add(handle);
            busy.set(true);
            activity.set(task.title + "…");
        }
        BackgroundTask.Progress progress = update -> executor.toFx(() -> {
            if (handle.isRunning() && !closed) {
                update.run();
            }
        });
        handle.future = executor.start(lane, () -> {
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
        if (closed || !handle.settle()) {
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
            watches.remove(handle);
            live.remove(handle);
            handle.release();
            busy.set(!live.isEmpty());
            if (live.isEmpty()) {
                activity.set("");
            }
        }
    }

    /** Runs {@code r} on the JavaFX thread, later, unless this runner has been closed by then. */
    public void later(Runnable r) {
        executor.toFx(() -> {
            if (!closed) {
                r.run();
            }
        });
    }

    /** Stops every foreground task still running (Stop, or the screen is left); returns how many there were. */
    public int cancelAll() {
        List<TaskHandle> running = new ArrayList<>(live).stream().filter(TaskHandle::isRunning).toList();
        running.forEach(TaskHandle::cancel);
        return running.size();
    }

    /**
     * The owner closes: every task it started, watches too, is cancelled (their {@code onCancelled} and
     * {@code onFinished} run now, while the screen can still tidy up), and from now on the runner is inert.
     */
    public void close() {
        if (closed) {
            return;
        }
        try {
            cancelAll();
            new ArrayList<>(watches).forEach(TaskHandle::cancel);
        } finally {
            closed = true;
            executor.release(this);
        }
    }

    public boolean isClosed() {
        return closed;
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
