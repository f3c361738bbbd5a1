package dev.hubonboard.onboarding.store;

import dev.hubonboard.onboarding.Onboarding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The one writer of saved progress keeps the order of the saves asked for (issue 13, bug 1). */
class ProgressWriterTest {
    @TempDir
    Path dir;
    /** One thread in order, as the app's save lane (ui/task's AppExecutor) is. */
    private final ExecutorService lane = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        lane.shutdownNow();
    }

    /**
     * A disk where the first write is still going when the next save (or read) is asked for: it waits until the test
     * says so ({@link #go}), so the second request certainly arrives mid-write; a second writer thread would
     * overtake it there. The wait is bounded: only a writer that never runs the first write reaches the bound.
     */
    static final class SlowFirstWrite extends ProgressStore {
        final AtomicInteger writes = new AtomicInteger();
        final CountDownLatch go = new CountDownLatch(1);

        SlowFirstWrite(Path dir) {
            super(dir);
        }

        @Override
        public Optional<LoadProblem> save(Snapshot snapshot) throws ProgressStoreException {
            if (writes.getAndIncrement() == 0) {
                try {
                    go.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return super.save(snapshot);
        }
    }

    @Test
    void aRotatedTokensExpirySavedAfterTheReportStaysAfterARestart() throws Exception {
        SlowFirstWrite store = new SlowFirstWrite(dir);
        ProgressWriter writer = new ProgressWriter(store, lane);
        Onboarding o = Onboarding.begin("acme-corp");
        var report = writer.save(ProgressStore.snapshot(o)); // the new token's report, without its expiry yet
        o.setTokenExpiry(LocalDate.of(2027, 3, 1));
        var expiry = writer.save(ProgressStore.snapshot(o)); // then the new expiry, while the report is written
        store.go.countDown();
        report.join();
        expiry.join();
        assertThat(store.writes).hasValue(2);
        assertThat(new ProgressStore(dir).load("acme-corp").orElseThrow().tokenExpiry())
                .contains(LocalDate.of(2027, 3, 1));
    }

    @Test
    void aReadAskedForAfterASaveSeesIt() throws Exception {
        SlowFirstWrite store = new SlowFirstWrite(dir);
        ProgressWriter writer = new ProgressWriter(store, lane);
        writer.save(ProgressStore.snapshot(Onboarding.begin("acme-corp")));
        var read = writer.then(() -> writer.store().list()); // asked while the save is still being written
        store.go.countDown();
        assertThat(read.join().onboardings())
                .extracting(Onboarding::organization).containsExactly("acme-corp");
    }
}
