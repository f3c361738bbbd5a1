package dev.hubonboard.ui;

import dev.hubonboard.hub.AccessToken;
import dev.hubonboard.onboarding.LoadProblem;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.ProgressStore;
import dev.hubonboard.onboarding.ProgressStoreException;
import dev.hubonboard.onboarding.Step;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
    private final Work work;
    private final StringProperty notice = new SimpleStringProperty("");
    private final ExecutorService saver = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hub-onboard-save");
        t.setDaemon(true);
        return t;
    });
    private AccessToken ownerSession;
    private String dedicatedToken;

    public WizardModel(AppContext context) {
        this.context = context;
        this.work = new Work(context.background());
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

    /**
     * Runs work off the JavaFX thread, counted in {@link #busyProperty()} and cancelled by {@link #cancelWork()}. The
     * page hears the outcome before busy drops, so it never looks idle while chaining the next piece.
     */
    public <T> void run(String what, Callable<T> job, Consumer<T> done, Consumer<Throwable> failed) {
        work.start(what, job, done, failed, true);
    }

    /** Cancel while something runs: stop it, keep everything typed. */
    public void cancelWork() {
        if (!work.cancelAll().isEmpty()) { // each page's failed callback still hears a CancellationException
            notice.set("Stopped. Nothing you entered was lost.");
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    public StringProperty activityProperty() {
        return work.activityProperty();
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
