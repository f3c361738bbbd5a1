package dev.hubonboard.ui;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * {@link Background} on JavaFX {@link Task}s over a small pool of daemon threads (daemon: a hung network call must
 * not keep the app alive after the window closes). Exposes how much is running and what, for the progress line.
 */
public final class FxBackground implements Background {
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "hub-onboard-work");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    private final Set<Task<?>> tasks = new LinkedHashSet<>();

    @Override
    public <T> Running run(String what, Callable<T> work, Consumer<T> succeeded, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            finished(task);
            succeeded.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            failed.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            finished(task);
            failed.accept(new java.util.concurrent.CancellationException(what + ": stopped."));
        });
        onFx(() -> {
            tasks.add(task);
            running.set(tasks.size());
            activity.set(what + "…");
        });
        pool.execute(task);
        return new Running() {
            @Override
            public void cancel() {
                task.cancel(true);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    /** Cancels everything still running: the Cancel button while busy, and closing the window. */
    public void cancelAll() {
        for (Task<?> t : Set.copyOf(tasks)) {
            t.cancel(true);
        }
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    private void finished(Task<?> task) {
        tasks.remove(task);
        running.set(tasks.size());
        if (tasks.isEmpty()) {
            activity.set("");
        }
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
