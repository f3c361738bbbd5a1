package dev.hubonboard.net;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs independent requests (the pages of a listing after the first, the grant batches) with at most
 * {@link Concurrency#inFlight()} at once, and returns their results in the order of the tasks, whatever order the
 * answers came in. With concurrency 1 they run one after another on the calling thread, exactly as a loop would.
 * <p>
 * The first failure stops the rest: nothing new is started, the requests in flight are cancelled, and it is thrown
 * once every worker has ended. Interrupting the calling thread (Stop) does the same and throws "Cancelled": when this
 * method returns or throws, no request of its tasks is running and none will be sent.
 */
public final class ParallelRequests {
    /** How long cancelled workers may take to end (their connections are closed, so milliseconds in practice). */
    private static final long END_GRACE_SECONDS = 10;

    /** One request (or a few) whose result does not depend on another task's. */
    @FunctionalInterface
    public interface Task<T> {
        T run() throws ServiceException;
    }

    private ParallelRequests() {
    }

    /**
     * @param what a few words for the "Cancelled while …" message; never a credential
     */
    public static <T> List<T> run(HttpTransport transport, Concurrency concurrency, List<? extends Task<T>> tasks,
                                  String what) throws ServiceException {
        int workers = Math.min(concurrency.inFlight(), tasks.size());
        if (workers <= 1) {
            List<T> out = new ArrayList<>(tasks.size());
            for (Task<T> task : tasks) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new UnreachableException("Cancelled while " + what + ".", 0, null);
                }
                out.add(task.run());
            }
            return out;
        }
        return new Run<T>(transport, tasks, workers, what).execute();
    }

    /** One fan-out: the workers, the next task to hand out, and the first failure. */
    private static final class Run<T> {
        private final HttpTransport transport;
        private final List<? extends Task<T>> tasks;
        private final Object[] results;
        private final List<Thread> threads = new ArrayList<>();
        private final String what;
        private int next;
        private int running;
        private boolean stopped;
        private Throwable failure;

        Run(HttpTransport transport, List<? extends Task<T>> tasks, int workers, String what) {
            this.transport = transport;
            this.tasks = tasks;
            this.results = new Object[tasks.size()];
            this.what = what;
            this.running = workers;
        }

        List<T> execute() throws ServiceException {
            if (Thread.currentThread().isInterrupted()) {
                throw new UnreachableException("Cancelled while " + what + ".", 0, null);
            }
            var listener = transport.retryListener();
            var deadline = transport.waitDeadline();
            synchronized (this) {
                for (int i = 0; i < running; i++) {
                    threads.add(Thread.ofPlatform().daemon().name("hub-onboard-request-" + i).unstarted(() -> {
                        transport.onRetry(listener);
                        transport.waitAtMostUntil(deadline);
                        try {
                            work();
                        } finally {
                            transport.onRetry(null);
                            transport.waitAtMostUntil(null);
                            finished();
                        }
                    }));
                }
            }
            threads.forEach(Thread::start);
            try {
                synchronized (this) {
                    while (running > 0 && failure == null) {
                        wait();
                    }
                }
            } catch (InterruptedException e) {
                stopAll();
                awaitEnd();
                Thread.currentThread().interrupt();
                throw new UnreachableException("Cancelled while " + what + ".", 0, e);
            }
            stopAll(); // after a failure: the others are no longer needed
            awaitEnd();
            Throwable f;
            synchronized (this) {
                f = failure;
            }
            switch (f) {
                case null -> {
                }
                case ServiceException s -> throw s;
                case RuntimeException r -> throw r;
                case Error e -> throw e;
                default -> throw new IllegalStateException(f);
            }
            @SuppressWarnings("unchecked")
            List<T> out = (List<T>) Arrays.asList(results);
            return out;
        }

        private void work() {
            for (int i = take(); i >= 0; i = take()) {
                try {
                    Object result = tasks.get(i).run();
                    synchronized (this) {
                        results[i] = result;
                    }
                } catch (ServiceException | RuntimeException | Error e) {
                    fail(e);
                    return;
                }
            }
        }

        /** The next task's index, or -1 when all are handed out or the run stopped. Bounded: each index once. */
        private synchronized int take() {
            if (stopped || next >= tasks.size()) {
                return -1;
            }
            return next++;
        }

        private synchronized void fail(Throwable e) {
            if (failure == null && !stopped) {
                failure = e; // the cause; what the cancelled ones throw after it is only the echo of the stop
            }
            stopped = true;
            notifyAll();
        }

        private synchronized void finished() {
            running--;
            notifyAll();
        }

        private void stopAll() {
            synchronized (this) {
                stopped = true;
            }
            threads.forEach(Thread::interrupt);
            transport.cancelCallsOf(threads);
        }

        /** Waits (not interruptibly: Stop must not leave a request running) until every worker has ended. */
        private void awaitEnd() {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(END_GRACE_SECONDS);
            boolean interrupted = false;
            for (Thread t : threads) {
                while (t.isAlive()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    try {
                        t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                    } catch (InterruptedException e) {
                        interrupted = true;
                        transport.cancelCallsOf(threads);
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
