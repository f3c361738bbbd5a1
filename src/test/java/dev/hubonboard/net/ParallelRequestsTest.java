package dev.hubonboard.net;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fan-out on its own, with tasks that are not requests: order, bounds, failure and Stop. */
class ParallelRequestsTest {
    private final HttpTransport transport = new HttpTransport(HttpSettings.defaults(), Sleeper.REAL,
            Clock.systemUTC());

    private static List<ParallelRequests.Task<Integer>> tasks(int n, ParallelRequests.Task<Integer> before) {
        List<ParallelRequests.Task<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            out.add(() -> {
                before.run();
                return index;
            });
        }
        return out;
    }

    /**
     * A request that is never answered: it ends only when its worker is interrupted (or, in a pool that never
     * interrupts, at a bound no passing run reaches).
     */
    private static void untilInterrupted() throws UnreachableException {
        try {
            new CountDownLatch(1).await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreachableException("interrupted", 0, e);
        }
    }

    @Test
    void resultsComeInTaskOrderWithNeverMoreThanTheBoundAtOnce() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch together = new CountDownLatch(3);
        List<Integer> out = ParallelRequests.run(transport, new Concurrency(3), tasks(40, () -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            together.countDown();
            try {
                together.await(10, TimeUnit.SECONDS); // the first three meet: the bound is reached for sure
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            running.decrementAndGet();
            return 0;
        }), "testing");

        assertThat(out).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 40).boxed().toList());
        assertThat(most.get()).isEqualTo(3);
    }

    @Test
    void concurrencyOneRunsOnTheCallingThreadInOrder() throws Exception {
        List<String> threads = new ArrayList<>();
        List<Integer> out = ParallelRequests.run(transport, Concurrency.SEQUENTIAL, tasks(5, () -> {
            threads.add(Thread.currentThread().getName());
            return 0;
        }), "testing");
        assertThat(out).containsExactly(0, 1, 2, 3, 4);
        assertThat(threads).containsOnly(Thread.currentThread().getName());
    }

    @Test
    void theFirstFailureIsThrownAndNothingNewStartsAfterIt() {
        AtomicInteger started = new AtomicInteger();
        List<ParallelRequests.Task<Integer>> list = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int index = i;
            list.add(() -> {
                started.incrementAndGet();
                if (index == 2) {
                    throw new UnreachableException("page 3 broke", 502, null);
                }
                untilInterrupted(); // interrupted once the failure is known
                return index;
            });
        }
        assertThatThrownBy(() -> ParallelRequests.run(transport, new Concurrency(4), list, "testing"))
                .isInstanceOf(UnreachableException.class).hasMessage("page 3 broke");
        assertThat(started.get()).isLessThan(100);
    }

    @Test
    void stopInterruptsEveryWorkerAndReturnsOnlyWhenAllHaveEnded() throws Exception {
        CountDownLatch allWaiting = new CountDownLatch(4);
        AtomicInteger ended = new AtomicInteger();
        List<ParallelRequests.Task<Integer>> list = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            list.add(() -> {
                try {
                    allWaiting.countDown();
                    untilInterrupted();
                    return 0;
                } finally {
                    ended.incrementAndGet();
                }
            });
        }
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicInteger endedWhenReturned = new AtomicInteger(-1);
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                ParallelRequests.run(transport, new Concurrency(4), list, "testing");
            } catch (Throwable t) {
                endedWhenReturned.set(ended.get());
                thrown.set(t);
            }
        });
        assertThat(allWaiting.await(10, TimeUnit.SECONDS)).isTrue();

        caller.interrupt();
        caller.join(10_000);

        assertThat(caller.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(UnreachableException.class).hasMessage("Cancelled while testing.");
        assertThat(endedWhenReturned.get()).as("workers ended before Stop returned").isEqualTo(4);
    }

    @Test
    void workersHearTheCallersRetryListener() throws Exception {
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        transport.onRetry(n -> heard.add(n.reason()));
        try {
            ParallelRequests.run(transport, new Concurrency(2), List.<ParallelRequests.Task<Integer>>of(
                    () -> {
                        transport.retryListener().accept(new RetryNotice("from a worker", java.time.Duration.ZERO, 1));
                        return 1;
                    },
                    () -> 2), "testing");
        } finally {
            transport.onRetry(null);
        }
        assertThat(heard).containsExactly("from a worker");
    }
}
