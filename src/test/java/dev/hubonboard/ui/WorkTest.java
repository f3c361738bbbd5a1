package dev.hubonboard.ui;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting background work: busy, the activity line, stopping, and callbacks that come late. */
class WorkTest {
    /** A Background whose outcomes the test hands over when it likes, as the JavaFX thread would later. */
    private static final class Held implements Background {
        final List<Runnable> succeed = new ArrayList<>();
        final List<Runnable> stop = new ArrayList<>();
        int cancelled;

        @Override
        public <T> Running run(String what, Callable<T> work, Consumer<T> succeeded, Consumer<Throwable> failed) {
            succeed.add(() -> {
                try {
                    succeeded.accept(work.call());
                } catch (Exception e) {
                    failed.accept(e);
                }
            });
            stop.add(() -> failed.accept(new CancellationException()));
            return new Running() {
                @Override
                public void cancel() {
                    cancelled++;
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }
    }

    @Test
    void busyWhileAnythingRunsWithTheLatestWordsThenIdleAndQuiet() {
        Held bg = new Held();
        Work work = new Work(bg);
        List<String> heard = new ArrayList<>();
        work.start("Sending the invite", () -> "sent", heard::add, e -> heard.add("failed"), true);
        work.start("Looking for the invite", () -> "found", heard::add, e -> heard.add("failed"), true);
        assertThat(work.isBusy()).isTrue();
        assertThat(work.activityProperty().get()).isEqualTo("Looking for the invite…");
        bg.succeed.get(0).run();
        assertThat(work.isBusy()).isTrue();
        bg.succeed.get(1).run();
        assertThat(work.isBusy()).isFalse();
        assertThat(work.activityProperty().get()).isEmpty();
        assertThat(heard).containsExactly("sent", "found");
    }

    @Test
    void outcomeFirstKeepsItBusyWhileTheOutcomeChainsTheNextPiece() {
        Held bg = new Held();
        Work work = new Work(bg);
        List<Boolean> busyWhenHeard = new ArrayList<>();
        work.start("first", () -> 1, v -> busyWhenHeard.add(work.isBusy()), e -> { }, true);
        work.start("second", () -> 2, v -> busyWhenHeard.add(work.isBusy()), e -> { }, false);
        bg.succeed.get(0).run();
        bg.succeed.get(1).run();
        assertThat(busyWhenHeard).containsExactly(true, false);
    }

    @Test
    void aStoppedJobsLateCallbackDoesNotEndANewerOne() {
        Held bg = new Held();
        Work work = new Work(bg);
        List<String> heard = new ArrayList<>();
        work.start("Re-testing", () -> "old", heard::add, e -> heard.add(e.getClass().getSimpleName()), false);
        assertThat(work.cancelAll()).hasSize(1);
        assertThat(bg.cancelled).isEqualTo(1);
        assertThat(work.isBusy()).as("stopped at once").isFalse();
        work.start("Re-testing again", () -> "new", heard::add, e -> { }, false);
        bg.stop.get(0).run(); // the first job's "stopped" arrives only now
        assertThat(work.isBusy()).as("the newer job still counts").isTrue();
        assertThat(work.activityProperty().get()).isEqualTo("Re-testing again…");
        bg.succeed.get(1).run();
        assertThat(work.isBusy()).isFalse();
        assertThat(heard).containsExactly("CancellationException", "new");
        assertThat(work.cancelAll()).as("nothing left to stop").isEmpty();
    }

    @Test
    void aDirectBackgroundEndsEachJobBeforeStartReturns() {
        Work work = new Work(Background.direct());
        Work.Job job = work.start("Saving", () -> "ok", v -> { }, e -> { }, true);
        assertThat(job.isEnded()).isTrue();
        assertThat(work.isBusy()).isFalse();
        job.cancel(); // ending twice counts once
        assertThat(work.isBusy()).isFalse();
        assertThat(work.cancelAll()).isEmpty();
    }
}
