package dev.hubonboard.ui.wizard;

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
    /** The shown onboarding has a saved file (or will, from its next change on). */
    private boolean onDisk;
    /** One reference for add and remove: a new method reference each time would remove nothing. */
    private final Consumer<Onboarding> changed = this::changed;
    private final ChangeListener<Step> leaving = (o, was, now) -> {
        if (was != null && steps.containsKey(was)) {
            steps.get(was).left();
        }
        refreshNext();
    };

    public WizardModel(AppContext context) {
        super(context);
        this.context = context;
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
            notice.set("Resumed the onboarding of " + o.organization() + " at step " + (o.current().ordinal() + 1)
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
        shown.removeListener(leaving);
        if (onboarding.get() != null) {
            onboarding.get().removeListener(changed);
        }
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

    public void register(StepModel step) {
        steps.put(step.step(), step);
        refreshNext();
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
            shown.set(step);
        }
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
            shown.set(Step.values()[s.ordinal() - 1]);
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
