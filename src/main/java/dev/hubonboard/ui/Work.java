package dev.hubonboard.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * What a screen has running in the background: how many pieces (busy), the words for the status line (activity),
 * and a way to stop them all. Shared by the wizard and the Connections screen. Each piece is a {@link Job}; ending
 * a job twice counts once, so a stopped job whose "stopped" callback arrives after a newer job started cannot make
 * the newer one look finished. Call it from the JavaFX thread (or one test thread with a direct Background).
 */
public final class Work {
    private final Background background;
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty activity = new SimpleStringProperty("");
    private final Set<Job> jobs = new LinkedHashSet<>();

    public Work(Background background) {
        this.background = background;
        busy.bind(running.greaterThan(0));
    }

    /** One piece of work, from start until its outcome was handed over or it was stopped. */
    public final class Job {
        private Background.Running handle;
        private boolean ended;

        /** Stops it now: it no longer counts, and its outcome, when it comes, is not for anyone to wait on. */
        public void cancel() {
            if (handle != null) {
                handle.cancel();
            }
            end(this);
        }

        public boolean isEnded() {
            return ended;
        }
    }

    /**
     * Runs {@code job} off the JavaFX thread. {@code done} or {@code failed} (with a CancellationException when
     * stopped) runs on the JavaFX thread, before the job stops counting when {@code outcomeFirst}, so a page that
     * chains the next piece of work from it never looks idle in between; after it otherwise.
     */
    public <T> Job start(String what, Callable<T> job, Consumer<T> done, Consumer<Throwable> failed,
                         boolean outcomeFirst) {
        Job j = new Job();
        jobs.add(j);
        running.set(running.get() + 1);
        activity.set(what + "…");
        j.handle = background.run(what, job, value -> handOver(j, () -> done.accept(value), outcomeFirst),
                error -> handOver(j, () -> failed.accept(error), outcomeFirst));
        return j;
    }

    private void handOver(Job j, Runnable outcome, boolean outcomeFirst) {
        if (!outcomeFirst) {
            end(j);
        }
        try {
            outcome.run();
        } finally {
            end(j);
        }
    }

    private void end(Job j) {
        if (j.ended) {
            return;
        }
        j.ended = true;
        jobs.remove(j);
        running.set(running.get() - 1);
        if (running.get() == 0) {
            activity.set("");
        }
    }

    /** Stops every job still running; returns them (empty when nothing ran). */
    public List<Job> cancelAll() {
        List<Job> stopped = new ArrayList<>(jobs);
        stopped.forEach(Job::cancel);
        return stopped;
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty activityProperty() {
        return activity;
    }
}
