package dev.hubonboard.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Runs tasks on the test's own thread, so view-model tests need no screen. {@link #immediate()} runs each task as
 * it starts; {@link #held()} keeps them until {@link #runNext()}, so a test can press Stop, or change what the
 * window shows, while a task "runs". {@link #inTask()} tells a fake whether it is being called from a task.
 */
public final class SyncTaskExecutor implements TaskExecutor {
    private static final ThreadLocal<Boolean> IN_TASK = ThreadLocal.withInitial(() -> false);
    private final Deque<FutureTask<?>> waiting = new ArrayDeque<>();
    private final boolean hold;

    private SyncTaskExecutor(boolean hold) {
        this.hold = hold;
    }

    public static SyncTaskExecutor immediate() {
        return new SyncTaskExecutor(false);
    }

    public static SyncTaskExecutor held() {
        return new SyncTaskExecutor(true);
    }

    /** True while the calling code runs inside a task's work (off "the JavaFX thread", as the app would). */
    public static boolean inTask() {
        return IN_TASK.get();
    }

    @Override
    public Future<?> start(Runnable work) {
        FutureTask<?> f = new FutureTask<>(() -> {
            IN_TASK.set(true);
            try {
                work.run();
            } finally {
                IN_TASK.set(false);
            }
        }, null);
        if (hold) {
            waiting.add(f);
        } else {
            run(f);
        }
        return f;
    }

    private static void run(FutureTask<?> f) {
        f.run();
        Thread.interrupted(); // a cancel during the work interrupted this (the test's) thread: clear it
    }

    @Override
    public void toFx(Runnable r) {
        r.run();
    }

    /** Runs the oldest held task (a cancelled one does nothing); false when none was waiting. */
    public boolean runNext() {
        FutureTask<?> f = waiting.poll();
        if (f == null) {
            return false;
        }
        run(f);
        return true;
    }

    /** Runs held tasks, including the ones they start, until none is left. */
    public void runAll() {
        while (runNext()) {
            // keep going
        }
    }

    public int waiting() {
        return waiting.size();
    }
}
