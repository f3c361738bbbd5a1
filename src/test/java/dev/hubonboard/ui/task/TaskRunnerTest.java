package dev.hubonboard.ui.task;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task runner and its handle on the app's executor (worker threads, a queue standing in for the JavaFX thread)
 * and on the tests' synchronous one: cancel, an owner that closes, quit with a save in flight, and the order of the
 * callbacks, which must be the same on both.
 */
class TaskRunnerTest {
    private final LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private final AppExecutor app = AppExecutor.handingTo(fx::add);

    @AfterEach
    void quit() {
        app.quit(Duration.ofSeconds(5));
    }

    /** Runs what reached "the JavaFX thread" until {@code done}, bounded. */
    private void pumpUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 200 && !done.getAsBoolean(); i++) {
            Runnable r = fx.poll(50, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
        }
        assertThat(done.getAsBoolean()).as("reached in time").isTrue();
    }

    private static BackgroundTask<String> recorded(List<String> seen, CountDownLatch release) {
        return BackgroundTask.<String>withProgress("Working", p -> {
                    p.update(() -> seen.add("progress"));
                    release.await(5, TimeUnit.SECONDS);
                    return "value";
                })
                .onSuccess(v -> seen.add("success " + v))
                .onFailure(e -> seen.add("failure"))
                .onCancelled(() -> seen.add("cancelled"))
                .onFinished(() -> seen.add("finished"));
    }

    @Test
    void theCallbacksComeInTheSameOrderOnTheAppsExecutorAsOnTheTestsOne() throws Exception {
        List<String> onApp = new ArrayList<>();
        TaskRunner runner = new TaskRunner(app);
        CountDownLatch go = new CountDownLatch(1);
        go.countDown();
        TaskHandle handle = runner.run(recorded(onApp, go));
        assertThat(runner.isBusy()).isTrue();
        pumpUntil(() -> !handle.isRunning() && onApp.contains("finished"));

        List<String> onSync = new ArrayList<>();
        TaskRunner sync = new TaskRunner(SyncTaskExecutor.immediate());
        sync.run(recorded(onSync, go));

        assertThat(onApp).containsExactly("progress", "success value", "finished");
        assertThat(onSync).isEqualTo(onApp);
        assertThat(runner.isBusy()).isFalse();
        assertThat(runner.activityProperty().get()).isEmpty();
    }

    @Test
    void aCancelRunsCancelledThenFinishedAtOnceAndDropsTheLateResult() throws Exception {
        List<String> seen = new ArrayList<>();
        TaskRunner runner = new TaskRunner(app);
        CountDownLatch release = new CountDownLatch(1);
        TaskHandle handle = runner.run(recorded(seen, release));
        handle.cancel();
        assertThat(seen).containsExactly("cancelled", "finished");
        assertThat(runner.isBusy()).isFalse();
        release.countDown();
        fx.forEach(Runnable::run); // whatever the interrupted work has handed over so far is dropped
        assertThat(handle.isRunning()).isFalse();
        assertThat(seen).containsExactly("cancelled", "finished");
    }

    @Test
    void aClosedOwnerIsInertNothingItStartedReachesTheModelAfterwards() throws Exception {
        List<String> seen = new ArrayList<>();
        SyncTaskExecutor held = SyncTaskExecutor.held();
        TaskRunner runner = new TaskRunner(held);
        CountDownLatch go = new CountDownLatch(1);
        go.countDown();
        runner.run(recorded(seen, go));
        runner.watch(BackgroundTask.of("Looking", () -> "look").onSuccess(v -> seen.add("look"))
                .onCancelled(() -> seen.add("look cancelled")));

        runner.close();
        assertThat(seen).containsExactly("cancelled", "finished", "look cancelled");
        held.runAll(); // the work that was already on its way finishes now: its result is dropped
        runner.later(() -> seen.add("later"));
        AtomicBoolean started = new AtomicBoolean();
        TaskHandle after = runner.run(BackgroundTask.of("After close", () -> {
            started.set(true);
            return 1;
        }).onSuccess(v -> seen.add("after")));
        held.runAll();

        assertThat(seen).containsExactly("cancelled", "finished", "look cancelled");
        assertThat(started).isFalse();
        assertThat(after.isRunning()).isFalse();
        assertThat(runner.isClosed()).isTrue();
        assertThat(runner.isBusy()).isFalse();
    }

    @Test
    void aWatchIsNotBusyAndStopLeavesItButCloseEndsIt() {
        SyncTaskExecutor held = SyncTaskExecutor.held();
        TaskRunner runner = new TaskRunner(held);
        List<String> seen = new ArrayList<>();
        TaskHandle look = runner.watch(BackgroundTask.of("Looking", () -> "look")
                .onCancelled(() -> seen.add("look cancelled")));
        assertThat(runner.isBusy()).as("a look does not turn Close into Stop").isFalse();
        assertThat(runner.cancelAll()).isZero();
        assertThat(look.isRunning()).isTrue();
        runner.close();
        assertThat(look.isRunning()).isFalse();
        assertThat(seen).containsExactly("look cancelled");
    }

    @Test
    void aWatchRunsOnTheWatchLaneNotBehindTheForegroundWork() throws Exception {
        TaskRunner runner = new TaskRunner(app);
        CountDownLatch blockers = new CountDownLatch(1);
        for (int i = 0; i < 3; i++) { // every foreground thread busy
            runner.run(BackgroundTask.of("Listing", () -> blockers.await(10, TimeUnit.SECONDS)));
        }
        AtomicBoolean looked = new AtomicBoolean();
        String[] thread = new String[1];
        runner.watch(BackgroundTask.of("Looking", () -> Thread.currentThread().getName())
                .onSuccess(name -> {
                    thread[0] = name;
                    looked.set(true);
                }));
        pumpUntil(looked::get);
        assertThat(thread[0]).startsWith("hub-onboard-watch-");
        blockers.countDown();
    }

    @Test
    void quitClosesEveryOwnerAndLetsTheSaveInFlightFinish() throws Exception {
        TaskRunner wizard = new TaskRunner(app);
        TaskRunner connections = new TaskRunner(app);
        CountDownLatch quitting = new CountDownLatch(1);
        CountDownLatch forever = new CountDownLatch(1);
        wizard.run(BackgroundTask.of("Listing", () -> forever.await(10, TimeUnit.SECONDS))
                .onCancelled(quitting::countDown)); // quit closes the wizard: the save may now go on
        AtomicInteger lateResults = new AtomicInteger();
        connections.run(BackgroundTask.of("Re-testing", () -> forever.await(10, TimeUnit.SECONDS))
                .onSuccess(v -> lateResults.incrementAndGet()));

        CountDownLatch saving = new CountDownLatch(1);
        AtomicBoolean saved = new AtomicBoolean();
        AtomicBoolean daemon = new AtomicBoolean(true);
        // The first save is asked for from a daemon worker, as a chained save would be.
        Thread.ofPlatform().daemon().start(() -> app.saves().execute(() -> {
            daemon.set(Thread.currentThread().isDaemon());
            saving.countDown();
            try {
                saved.set(quitting.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(saving.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(app.quit(Duration.ofSeconds(5))).as("the save finished within the bound").isTrue();
        assertThat(saved).as("the save in flight was not cut short").isTrue();
        assertThat(daemon).as("the save thread keeps the JVM alive until it is done").isFalse();
        assertThat(wizard.isClosed()).isTrue();
        assertThat(connections.isClosed()).isTrue();
        assertThat(app.openOwners()).isZero();
        int queued = fx.size();
        app.toFx(lateResults::incrementAndGet); // after quit nothing reaches the JavaFX thread
        assertThat(fx).hasSize(queued);
        fx.forEach(Runnable::run); // and what was on its way before is dropped by the closed owners
        assertThat(lateResults).hasValue(0);
    }

    @Test
    void quitWaitsForAHungSaveOnlyAsLongAsItsBound() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch saving = new CountDownLatch(1);
        app.saves().execute(() -> {
            saving.countDown();
            try {
                never.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // quit gave up on it
            }
        });
        assertThat(saving.await(5, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        assertThat(app.quit(Duration.ofMillis(200))).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
