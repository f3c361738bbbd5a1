package dev.hubonboard.ui;

import dev.hubonboard.hub.AccessToken;
import dev.hubonboard.onboarding.LoadProblem;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.ProgressStore;
import dev.hubonboard.onboarding.ProgressStoreException;
import dev.hubonboard.onboarding.Step;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The wizard's view-model: which onboarding is open, which step is shown, what is running, and the two secrets of
 * this session (the owner's Docker Hub session and the dedicated user's token), which live here in memory only and
 * are never saved. Every change to the onboarding is saved at once, off the JavaFX thread.
 */
public final class WizardModel {
    private final AppContext context;
    private final ObjectProperty<Onboarding> onboarding = new SimpleObjectProperty<>();
    private final ObjectProperty<Step> shown = new SimpleObjectProperty<>(Step.PREREQUISITES);
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty activity = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final ExecutorService saver = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hub-onboard-save");
        t.setDaemon(true);
        return t;
    });
    private final java.util.List<Background.Running> work = new java.util.ArrayList<>();
    private AccessToken ownerSession;
    private String dedicatedToken;

    public WizardModel(AppContext context) {
        this.context = context;
        busy.bind(running.greaterThan(0));
    }

    public AppContext context() {
        return context;
    }

    // ---- the onboarding ----

    /** Opens the saved onboarding of this organization, or begins a new one. */
    public Onboarding open(String organization) {
        Onboarding o;
        try {
            o = context.progress().load(organization).orElseGet(() -> Onboarding.begin(organization));
        } catch (ProgressStoreException e) {
            notice.set(e.problem().map(LoadProblem::message).orElse(e.getMessage()));
            o = Onboarding.begin(organization);
        }
        use(o);
        return o;
    }

    /** Shows an onboarding (new or resumed) and saves every later change to it. */
    public void use(Onboarding o) {
        Onboarding old = onboarding.get();
        if (old == o) {
            return;
        }
        if (old != null) {
            old.removeListener(this::changed);
        }
        ownerSession = null;
        dedicatedToken = null;
        o.addListener(this::changed);
        onboarding.set(o);
        shown.set(o.current());
        if (o.current() != Step.PREREQUISITES) {
            notice.set("Resumed the onboarding of " + o.organization() + " at step " + (o.current().ordinal() + 1)
                    + ", " + o.current().title() + ". Everything entered before is kept.");
        }
        save();
    }

    private void changed(Onboarding o) {
        revision.set(revision.get() + 1);
        save();
    }

    /** Snapshot now, write on the saver thread: the disk never holds up the window, and saves stay in order. */
    private void save() {
        Onboarding o = onboarding.get();
        if (o == null) {
            return;
        }
        ProgressStore.Snapshot snapshot = ProgressStore.snapshot(o);
        saver.execute(() -> {
            try {
                context.progress().save(snapshot).ifPresent(p -> FxThread.run(() -> notice.set(p.message())));
            } catch (ProgressStoreException e) {
                FxThread.run(() -> notice.set("Progress could not be saved: " + e.getMessage()));
            }
        });
    }

    /**
     * Done with this wizard (the window closes, or another onboarding opens): stops its work, drops the secrets,
     * writes the last save and ends the save thread.
     */
    public void close() {
        cancelWork();
        forgetSecrets();
        flushSaves();
        saver.shutdown();
    }

    /** Waits until every save so far is on disk (tests, and closing the window). */
    public void flushSaves() {
        try {
            saver.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }

    public Onboarding onboarding() {
        return onboarding.get();
    }

    public ObjectProperty<Onboarding> onboardingProperty() {
        return onboarding;
    }

    /** Bumped on every change to the onboarding, so views can re-read step states. */
    public IntegerProperty revisionProperty() {
        return revision;
    }

    // ---- navigation ----

    public ObjectProperty<Step> shownProperty() {
        return shown;
    }

    /** Moves to the first step that is not done: the one the onboarding is at. */
    public void showCurrent() {
        if (onboarding.get() != null) {
            shown.set(onboarding.get().current());
        }
    }

    /** A step can be shown when it is settled, or it is the one the onboarding is at. */
    public boolean canShow(Step step) {
        Onboarding o = onboarding.get();
        if (o == null) {
            return step == Step.PREREQUISITES;
        }
        return o.state(step).isSettled() || step == o.current() || step.ordinal() <= o.current().ordinal();
    }

    // ---- background work ----

    /** Runs work off the JavaFX thread, counted in {@link #busyProperty()} and cancelled by {@link #cancelWork()}. */
    public <T> void run(String what, Callable<T> job, Consumer<T> done, Consumer<Throwable> failed) {
        running.set(running.get() + 1);
        activity.set(what + "…");
        Background.Running[] handle = new Background.Running[1];
        // The page hears the outcome before busy drops, so it never looks idle while still "running".
        handle[0] = context.background().run(what, job, value -> {
            try {
                done.accept(value);
            } finally {
                finished(handle[0]);
            }
        }, error -> {
            try {
                failed.accept(error);
            } finally {
                finished(handle[0]);
            }
        });
        if (!handle[0].isDone()) {
            work.add(handle[0]); // the direct executor (tests) has already called back by now
        }
    }

    private void finished(Background.Running r) {
        if (r != null) {
            work.remove(r);
        }
        running.set(Math.max(0, running.get() - 1));
        if (running.get() == 0) {
            activity.set("");
        }
    }

    /** Cancel while something runs: stop it, keep everything typed. */
    public void cancelWork() {
        if (work.isEmpty()) {
            return;
        }
        for (Background.Running r : java.util.List.copyOf(work)) {
            r.cancel(); // each one's failed callback hears a CancellationException and lowers the count
        }
        notice.set("Stopped. Nothing you entered was lost.");
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty activityProperty() {
        return activity;
    }

    /** One line for the status bar: what went wrong or what happened, in words. */
    public StringProperty noticeProperty() {
        return notice;
    }

    // ---- this session's secrets: memory only ----

    public Optional<AccessToken> ownerSession() {
        return Optional.ofNullable(ownerSession);
    }

    public void ownerSession(AccessToken session) {
        this.ownerSession = session;
    }

    public Optional<String> dedicatedToken() {
        return Optional.ofNullable(dedicatedToken);
    }

    public void dedicatedToken(String token) {
        this.dedicatedToken = token;
    }

    /** Drops both secrets: after the token is in the keychain, and when the window closes. */
    public void forgetSecrets() {
        ownerSession = null;
        dedicatedToken = null;
    }

}
