package dev.hubonboard.ui.wizard;

import dev.hubonboard.ui.kit.KeepToken;
import dev.hubonboard.ui.app.AppContext;
import dev.hubonboard.ui.app.SessionSecrets;
import dev.hubonboard.ui.kit.Messages;
import dev.hubonboard.ui.kit.ScreenModel;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.StepState;
import dev.hubonboard.ui.task.BackgroundTask;
import dev.hubonboard.ui.task.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The wizard's view-model: which onboarding is open, which step is shown and which may be, Next and Back, what is
 * running. Every change to the onboarding is saved through the one ordered writer. The session's secrets belong to
 * {@link SessionSecrets}; this model only hands them on. Use on the JavaFX thread.
 */
public final class WizardModel extends ScreenModel {
    private final AppContext context;
    private final ObjectProperty<Onboarding> onboarding = new SimpleObjectProperty<>();
    private final ObjectProperty<Step> shown = new SimpleObjectProperty<>(Step.PREREQUISITES);
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final BooleanProperty nextEnabled = new SimpleBooleanProperty();
    private final javafx.beans.property.StringProperty nextWhyNot = new javafx.beans.property.SimpleStringProperty("");
    private final BooleanProperty done = new SimpleBooleanProperty();
    private final Map<Step, StepModel> steps = new EnumMap<>(Step.class);
    /** Models several steps share, one of each type for this wizard ({@link #shared}). */
    private final Map<Class<?>, Object> shared = new java.util.HashMap<>();
    /** Makes a step's view-model the first time it is asked for ({@link #model}); the wizard owns it from then on. */
    private final java.util.function.Function<Step, StepModel> makeStep;
    /** The shown onboarding has a saved file (or will, from its next change on). */
    private boolean onDisk;
    /** Asks before a passing token that is not in the keychain would be forgotten; the window sets the dialog. */
    private KeepToken.Asker asker = KeepToken.Asker.LEAVE;
    /** The session's token version that is in the keychain (no copy of the token kept); -1 for none. */
    private int keptVersion = -1;
    /** One reference for add and remove: a new method reference each time would remove nothing. */
    private final Consumer<Onboarding> changed = this::changed;
    /** Words for the shown step only ("Resumed … at step N", "Step 1 done …"): cleared when another step shows. */
    private String stepNotice;
    private final ChangeListener<Step> leaving = (o, was, now) -> {
        if (was != null && steps.containsKey(was)) {
            steps.get(was).left();
        }
        if (stepNotice != null && stepNotice.equals(notice.get())) {
            notice.set("");
        }
        stepNotice = null;
        refreshNext();
    };

    public WizardModel(AppContext context) {
        super(context.executor());
        this.context = context;
        this.makeStep = dev.hubonboard.ui.wizard.steps.StepModels.of(this);
        shown.addListener(leaving);
        tasks.busyProperty().addListener((o, a, b) -> refreshNext());
    }

    public AppContext context() {
        return context;
    }

    // ---- the onboarding ----

    /**
     * Opens the saved onboarding of this organization (read after every pending save, off the JavaFX thread), or
     * begins a new one, then hands it to {@code then}.
     */
    public void open(String organization, Consumer<Onboarding> then) {
        run(BackgroundTask.of("Opening the saved progress of " + organization,
                        () -> context.writer().then(() -> context.progress().load(organization)).join())
                .onSuccess(saved -> {
                    Onboarding o = onboarding.get() != null && onboarding.get().organization().equals(organization)
                            ? onboarding.get() : saved.orElseGet(() -> Onboarding.begin(organization));
                    use(o, saved.isPresent() || onDisk);
                    then.accept(o);
                })
                .onFailure(e -> {
                    notice.set(Messages.of(e)); // an unusable file was moved aside: the message says where
                    Onboarding o = Onboarding.begin(organization);
                    use(o, false);
                    then.accept(o);
                }));
    }

    /**
     * Shows an onboarding (new or resumed) and saves every later change to it; a new one is first saved once its
     * first step has succeeded, so a mistyped organization whose sign-in failed leaves no file behind.
     */
    public void use(Onboarding o) {
        use(o, o.state(Step.PREREQUISITES).status() != StepState.Status.NOT_STARTED); // begun: it came from disk
    }

    private void use(Onboarding o, boolean saved) {
        Onboarding old = onboarding.get();
        if (old == o) {
            return;
        }
        onDisk = saved;
        if (old != null) {
            old.removeListener(changed);
            if (!old.organization().equals(o.organization())) {
                context.session().forgetToken(); // another organization: the token is not for this one
            }
        }
        context.session().useFor(o.organization());
        o.addListener(changed);
        onboarding.set(o);
        shown.set(o.current());
        if (o.current() != Step.PREREQUISITES) {
            sayOnThisStep("Resumed the onboarding of " + o.organization() + " at step " + (o.current().ordinal() + 1)
                    + ", " + o.current().title() + ". Everything entered before is kept.");
        }
        save();
    }

    private void changed(Onboarding o) {
        revision.set(revision.get() + 1);
        save();
    }

    /** Snapshot now, written in order by the writer: the disk never holds up the window. */
    private void save() {
        Onboarding o = onboarding.get();
        if (o != null && (onDisk || o.isWorthKeeping())) {
            onDisk = true;
            context.save(o, notice::set);
        }
    }

    /**
     * Done with this wizard (the window shows Connections, or the app quits): stops its work, ends each step's
     * timers and watches, stops listening to the onboarding, and drops the token (the owner's sign-in stays while the
     * app runs). Never waits: saves already asked for are written by the writer.
     */
    public void close() {
        tasks.close(); // every task it started is cancelled; their late results, updates and callbacks dropped
        context.session().forgetToken(); // first, while the steps still listen and empty their fields
        steps.values().forEach(StepModel::dispose);
        steps.clear();
        shared.clear();
        shown.removeListener(leaving);
        if (onboarding.get() != null) {
            onboarding.get().removeListener(changed);
        }
    }

    // ---- the token that passed: never lost without asking ----

    /** The dialog service that asks before a passing token is forgotten (the window's dialog; tests answer at once). */
    public void asker(KeepToken.Asker asker) {
        this.asker = asker;
    }

    /** The session's token of this version is in the keychain (Finish saved it, or the leave question did). */
    public void tokenKept(int version, dev.hubonboard.secrets.SecretKey key) {
        keptVersion = version;
        Onboarding o = onboarding.get();
        if (o != null && o.organization().equals(key.organization())) {
            o.keptInKeychain(key.dockerId()); // so removing the organization finds this entry, whatever the ID later
        }
    }

    /** The session's token is the one in the keychain. */
    public boolean isTokenKept() {
        return context.session().dedicatedToken().isPresent() && keptVersion == context.session().tokenVersion();
    }

    /**
     * A token is in memory, passed the connection test, and is not in the keychain: leaving would lose it, and Docker
     * Hub shows a token only once.
     */
    public boolean tokenAtRisk() {
        Onboarding o = onboarding.get();
        return o != null && context.session().dedicatedToken().isPresent() && !isTokenKept()
                && o.dedicatedDockerId().isPresent()
                && o.state(Step.CONNECTION_TEST).status() == StepState.Status.DONE;
    }

    /**
     * Close (the button or the window): leaves at once unless a passing token would be lost; then asks first (Save it
     * in the keychain and close / Discard the token / Stay). {@code close} runs on the JavaFX thread, or never (Stay,
     * or saving failed: the wizard stays and says why).
     */
    public void requestClose(Runnable close) {
        if (!tokenAtRisk()) {
            close.run();
            return;
        }
        leave("Close the wizard", "closing the wizard", close, close);
    }

    /**
     * Asks what to do with the passing token before {@code what}: the keychain is looked at first (off the JavaFX
     * thread), so Save is offered only where it can work, and the question says why when it is not.
     */
    private void leave(String title, String what, Runnable discard, Runnable afterSave) {
        var store = context.secrets();
        String org = onboarding.get().organization();
        run(BackgroundTask.of("Looking at the keychain", store::availability).onSuccess(a -> {
            if (!tokenAtRisk()) {
                afterSave.run(); // saved meanwhile
                return;
            }
            String text = "The token of " + onboarding.get().dedicatedDockerId().orElse("the dedicated user")
                    + " passed the connection test for " + org + " and is not saved yet. Docker Hub shows a token only "
                    + "once: if it is discarded, " + what + " means creating another token and revoking this one.";
            String why = "It cannot be saved here: this computer's keychain cannot be used"
                    + (a.reason() == null || a.reason().isBlank() ? "." : " (" + a.reason().strip().replaceAll("\\.$", "")
                    + ").") + " Copy it into Defender's connector first (Finish offers Copy), or stay.";
            asker.ask(new KeepToken.Question(title + "?", text, a.available(), why), answer -> {
                switch (answer) {
                    case SAVE_AND_LEAVE -> saveThen(afterSave);
                    case DISCARD -> discard.run();
                    case STAY -> notice.set("Nothing was closed; the token is still here.");
                }
            });
        }).onFailure(e -> notice.set("The keychain could not be looked at: " + Messages.of(e)
                + " Nothing was closed; the token is still here.")));
    }

    /** Saves the session's token in the keychain, then runs {@code then}; a failure keeps the wizard open. */
    private void saveThen(Runnable then) {
        Onboarding o = onboarding.get();
        var key = new dev.hubonboard.secrets.SecretKey(o.organization(), o.dedicatedDockerId().orElseThrow());
        String token = context.session().dedicatedToken().orElseThrow(); // captured for the task, dropped with it
        int version = context.session().tokenVersion();
        var store = context.secrets();
        run(BackgroundTask.of("Saving the token in the keychain", () -> {
            store.save(key, token);
            return key;
        }).onSuccess(k -> {
            tokenKept(version, k);
            then.run();
        }).onFailure(e -> notice.set("The token was not saved: " + Messages.of(e) + " Nothing was closed; the "
                + "token is still here.")));
    }

    /** Says something on the status line for the step shown now only: moving to another step clears it. */
    public void sayOnThisStep(String words) {
        notice.set(words);
        stepNotice = words;
    }

    /** Waits until every save so far is on disk (tests only: never on the JavaFX thread). */
    public void flushSaves() {
        context.writer().flush();
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

    // ---- the flow ----

    /** A step's view-model joins the flow when its page is first built. */
    /** The owner signed in from elsewhere (the practice panel): the shown step carries on with the session. */
    public void ownerSignedIn() {
        stepModel(shown.get()).ifPresent(StepModel::ownerSignedIn);
    }

    /**
     * The one model of {@code type} that several steps share in this wizard (the owner's sign-in: one form, one task,
     * whichever step or panel shows it), made by {@code make} the first time it is asked for. The steps that use it
     * dispose it with themselves.
     */
    public <T> T shared(Class<T> type, java.util.function.Supplier<T> make) {
        return type.cast(shared.computeIfAbsent(type, k -> make.get()));
    }

    public void register(StepModel step) {
        steps.put(step.step(), step);
        refreshNext();
    }

    /**
     * The step's view-model: made by the wizard the first time it is asked for (it joins the flow as it is made) and
     * disposed with the wizard. A page is handed its model; it never makes one.
     */
    public <M extends StepModel> M model(Step step, Class<M> type) {
        StepModel m = steps.get(step);
        if (m == null) {
            m = makeStep.apply(step);
            steps.putIfAbsent(step, m);
        }
        return type.cast(m);
    }

    public Optional<StepModel> stepModel(Step step) {
        return Optional.ofNullable(steps.get(step));
    }

    public ObjectProperty<Step> shownProperty() {
        return shown;
    }

    /** Moves to the first step that is not done: the one the onboarding is at. */
    public void showCurrent() {
        if (onboarding.get() != null) {
            shown.set(onboarding.get().current());
        }
    }

    /** A step can be shown when it is settled, or it is the one the onboarding is at, or before it. */
    public boolean canShow(Step step) {
        Onboarding o = onboarding.get();
        if (o == null) {
            return step == Step.PREREQUISITES;
        }
        return o.state(step).isSettled() || step.ordinal() <= o.current().ordinal();
    }

    /** A click in the step list: shows that step if it may be shown and nothing runs. */
    public void select(Step step) {
        if (step != shown.get() && canShow(step) && !tasks.isBusy()) {
            goTo(step);
        }
    }

    /** Moving before the token step leaves the token behind: a passing one not in the keychain is asked about. */
    private void goTo(Step step) {
        if (step.ordinal() >= Step.TOKEN.ordinal() || !tokenAtRisk()) {
            shown.set(step);
            return;
        }
        leave("Go back to " + step.title(), "going back to step " + (step.ordinal() + 1), () -> {
            context.session().forgetToken(); // the later steps run again with a token entered again
            shown.set(step);
        }, () -> shown.set(step));
    }

    /** Next (Done on the last step): the shown step does its work, then the wizard moves on. */
    public void next() {
        Step s = shown.get();
        StepModel m = steps.get(s);
        if (m == null || !nextEnabled.get()) {
            return;
        }
        m.proceed(() -> {
            if (s == Step.FINISH) {
                context.session().forget(); // done: no secret of this onboarding is needed any more
                done.set(true);
                return;
            }
            Step following = Step.values()[s.ordinal() + 1];
            if (canShow(following)) {
                shown.set(following);
            } else {
                showCurrent();
            }
        });
    }

    public void back() {
        Step s = shown.get();
        if (s.ordinal() > 0 && !tasks.isBusy()) {
            goTo(Step.values()[s.ordinal() - 1]);
        }
    }

    /** Next may be pressed: the shown step's input is ready and nothing runs. */
    public ReadOnlyBooleanProperty nextEnabledProperty() {
        return nextEnabled;
    }

    /** Why Next is not available, in one line; "" while it is (or while work runs: the status line says what). */
    public javafx.beans.value.ObservableStringValue nextWhyNotProperty() {
        return nextWhyNot;
    }

    /** True once Done was pressed on the last step. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done;
    }

    private final javafx.beans.InvalidationListener stepReady = o -> refreshNext();
    private javafx.beans.value.ObservableBooleanValue watched;

    private void refreshNext() {
        StepModel m = steps.get(shown.get());
        javafx.beans.value.ObservableBooleanValue now = m == null ? null : m.canProceed();
        if (now != watched) {
            if (watched != null) {
                watched.removeListener(stepReady);
            }
            watched = now;
            if (now != null) {
                now.addListener(stepReady);
            }
        }
        nextEnabled.set(now != null && now.get() && !tasks.isBusy());
        if (m == null) {
            nextWhyNot.unbind();
            nextWhyNot.set("");
        } else {
            nextWhyNot.bind(javafx.beans.binding.Bindings.when(nextEnabled.or(tasks.busyProperty())).then("")
                    .otherwise(m.whyNot()));
        }
    }

    // ---- background work ----

    /** Runs a task counted in {@link #busyProperty()} and stopped by {@link #cancelWork()}. */
    public <T> void run(BackgroundTask<T> task) {
        tasks.run(task);
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** Stop while something runs: stop it, keep everything typed. */
    public void cancelWork() {
        if (tasks.cancelAll() > 0) {
            notice.set("Stopped. Nothing you entered was lost.");
        }
    }

    /** This session's secrets (the owner's sign-in, the token): they belong to {@link SessionSecrets}. */
    public SessionSecrets session() {
        return context.session();
    }
}
