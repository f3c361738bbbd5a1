package dev.hubonboard.ui.task;

import javafx.application.Platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The app's one executor, with an end of life. Three lanes: foreground work (what a screen waits for), watches (the
 * periodic looks, so a look never waits behind a listing or turns Close into Stop) and saves (one thread, in order).
 * Every screen's {@link TaskRunner} is adopted here; {@link #quit} closes them all, so nothing they started reaches
 * a model afterwards, and lets the saves already asked for finish within a bound.
 *
 * <p>Foreground and watch threads are daemons: a hung network call must not keep the app alive after the window
 * closes. The save thread is not, whichever thread first asked for a save (a thread otherwise inherits its maker's
 * daemon status, and a daemon's last save is lost at exit); it ends after a second of idleness.
 */
public final class AppExecutor implements TaskExecutor {
    private final ExecutorService foreground = Executors.newFixedThreadPool(3,
            Thread.ofPlatform().daemon().name("hub-onboard-work-", 0).factory());
    private final ExecutorService watches = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().daemon().name("hub-onboard-watch-", 0).factory());
    private final ThreadPoolExecutor saves = newSaveLane();
    // Work that lives as long as the app (the front door a second app knocks on): its own threads, never a lane's.
    private final ExecutorService residents = Executors.newCachedThreadPool(
            Thread.ofPlatform().daemon().name("hub-onboard-resident-", 0).factory());
    private final Consumer<Runnable> fx;
    // Weak: a runner whose screen was dropped without closing must not be kept alive (with what its tasks captured).
    private final Set<TaskRunner> owners = Collections.newSetFromMap(new WeakHashMap<>());
    private volatile boolean quit;

    AppExecutor(Consumer<Runnable> fx) {
        this.fx = fx;
    }

    /** One non-daemon thread, in order, that ends after a second of idleness. */
    static ThreadPoolExecutor newSaveLane() {
        ThreadPoolExecutor lane = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().daemon(false).name("hub-onboard-save").factory());
        lane.allowCoreThreadTimeOut(true);
        return lane;
    }

    /** Results handed to the JavaFX thread. */
    static AppExecutor start() {
        return new AppExecutor(Platform::runLater);
    }

    /** Tests: results handed to {@code fx} (a queue the test drains, standing in for the JavaFX thread). */
    public static AppExecutor handingTo(Consumer<Runnable> fx) {
        return new AppExecutor(fx);
    }

    @Override
    public Future<?> start(Runnable work) {
        return start(Lane.FOREGROUND, work);
    }

    @Override
    public Future<?> start(Lane lane, Runnable work) {
        return (lane == Lane.WATCH ? watches : foreground).submit(work);
    }

    /**
     * Runs {@code work} for the rest of the app's life, on a thread of its own so it never holds a lane; quitting
     * interrupts it.
     */
    public void resident(Runnable work) {
        residents.submit(work);
    }

    /** After {@link #quit}, nothing more reaches the JavaFX thread. */
    @Override
    public void toFx(Runnable r) {
        if (!quit) {
            fx.accept(r);
        }
    }

    /** The save lane: one thread, in the order asked, finished at quit (bounded). For the progress writer. */
    @Override
    public Executor saves() {
        return saves;
    }

    @Override
    public synchronized void adopt(TaskRunner owner) {
        owners.add(owner);
    }

    @Override
    public synchronized void release(TaskRunner owner) {
        owners.remove(owner);
    }

    /**
     * The app quits (on the JavaFX thread): closes every runner still open (their tasks are cancelled, their late
     * results dropped), interrupts the remaining work, and waits up to {@code bound} for the saves asked for so far.
     *
     * @return true when every save finished within the bound
     */
    public boolean quit(Duration bound) {
        List<TaskRunner> open;
        synchronized (this) {
            open = new ArrayList<>(owners);
        }
        quit = true; // first: work the close interrupts hands nothing more to the JavaFX thread
        open.forEach(TaskRunner::close);
        foreground.shutdownNow();
        watches.shutdownNow();
        residents.shutdownNow();
        saves.shutdown();
        try {
            if (saves.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        saves.shutdownNow();
        return false;
    }

    /** How many runners are still open (tests). */
    synchronized int openOwners() {
        return owners.size();
    }
}
