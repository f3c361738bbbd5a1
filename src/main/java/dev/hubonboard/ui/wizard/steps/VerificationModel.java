package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.onboarding.owner.Acceptance;
import dev.hubonboard.onboarding.Endpoints;
import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.owner.PollSchedule;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.StepState;
import dev.hubonboard.onboarding.Validation;
import dev.hubonboard.onboarding.Verdict;
import dev.hubonboard.ui.kit.Forms;
import dev.hubonboard.hub.AccessToken;
import dev.hubonboard.ui.kit.Later;
import dev.hubonboard.ui.kit.Messages;
import dev.hubonboard.ui.wizard.BasicStepModel;
import dev.hubonboard.ui.wizard.WizardModel;
import dev.hubonboard.ui.task.BackgroundTask;
import dev.hubonboard.ui.task.TaskHandle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Step 3: the dedicated user verifies its e-mail and accepts the invite. Verification is invisible to the API, so
 * in the API modes the wizard watches for the acceptance: it looks at Docker Hub now and then (back-off from
 * {@link PollSchedule}), one look at a time, only while the page is shown. In manual mode the owner ticks a checklist.
 */
public final class VerificationModel extends BasicStepModel {
    static final String BY_HAND = "Verification and acceptance confirmed by hand in Docker Hub";
    static final String CANCELLED = "The invite was cancelled from this wizard. Invite the dedicated user again "
            + "to continue.";
    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** Where the watch stands, for the page's colours and buttons. */
    enum Watch { IDLE, WAITING, ACCEPTED, WRONG_ROLE, GONE, STOPPED, ERROR }

    final StringProperty status = new SimpleStringProperty("");
    final ObjectProperty<Watch> watch = new SimpleObjectProperty<>(Watch.IDLE);
    final ObjectProperty<Instant> lastLook = new SimpleObjectProperty<>();
    final ObjectProperty<Instant> nextLook = new SimpleObjectProperty<>();
    final BooleanProperty manual = new SimpleBooleanProperty();
    final BooleanProperty needsSignIn = new SimpleBooleanProperty();
    final BooleanProperty settled = new SimpleBooleanProperty();
    final BooleanProperty hasInviteId = new SimpleBooleanProperty();
    final StringProperty membersPage = new SimpleStringProperty("");
    // Manual mode: the checklist.
    final BooleanProperty verified = new SimpleBooleanProperty();
    final BooleanProperty accepted = new SimpleBooleanProperty();
    final StringProperty dockerId = new SimpleStringProperty("");
    final OwnerSignInModel owner;

    private final WizardModel wizard;
    private final Later timer;
    private final Clock clock;
    private final PollSchedule schedule = new PollSchedule();
    private Runnable pending;       // calls off the scheduled look
    private boolean active;         // the page is shown: looks may be scheduled
    private TaskHandle inFlight = TaskHandle.NONE; // the look that is running, if any (at most one)

    public VerificationModel(WizardModel wizard, Later timer, Clock clock) {
        super(wizard, Step.EMAIL_VERIFICATION);
        this.wizard = wizard;
        this.timer = timer;
        this.clock = clock;
        this.owner = OwnerSignInModel.of(wizard); // the wizard's one: what was typed on step 1 is there on step 3
        ready(ready(), Bindings.createStringBinding(() -> settled.get() ? "" : manual.get()
                        ? "Next: tick both items once they are true, and enter the user's Docker ID."
                        : "Next comes by itself once the dedicated user has accepted the invite.", settled, manual));
    }

    /** Leaving the page stops the watch; coming back starts it again ({@link #start()}). */
    @Override
    public void left() {
        stop();
    }

    /** The wizard closes: no look runs or is scheduled any more. */
    @Override
    public void dispose() {
        stop();
        inFlight.cancel();
        owner.dispose();
    }

    ObjectBinding<Verdict> dockerIdVerdict() {
        return Forms.verdict(dockerId, Validation::dockerId);
    }

    private BooleanBinding ready() {
        return Bindings.createBooleanBinding(() -> settled.get() || (manual.get() && verified.get() && accepted.get()
                        && Validation.dockerId(dockerId.get()).isAcceptable()),
                settled, manual, verified, accepted, dockerId);
    }

    @Override
    public void ownerSignedIn() {
        needsSignIn.set(false);
        start(); // the watch the sign-in was missing for
    }

    /** The page is shown: in the API modes, start watching (or ask for the owner's sign-in first). */
    void start() {
        Onboarding o = wizard.onboarding();
        if (o == null) {
            return;
        }
        active = true;
        OwnerMode mode = o.ownerMode().orElse(OwnerMode.MANUAL);
        owner.mode.set(mode);
        manual.set(!mode.apiCan(Step.EMAIL_VERIFICATION));
        membersPage.set(Endpoints.web("orgs/" + o.organization() + "/members"));
        hasInviteId.set(o.inviteId().isPresent());
        o.dedicatedDockerId().ifPresent(id -> {
            if (dockerId.get().isBlank()) {
                dockerId.set(id);
            }
        });
        StepState state = o.state(Step.EMAIL_VERIFICATION);
        settled.set(state.isSettled());
        if (state.isSettled()) {
            watch.set(Watch.ACCEPTED);
            status.set(state.status() == StepState.Status.SKIPPED ? "Nothing to wait for: " + state.reason()
                    : state.reason() != null ? "Done: " + state.reason() : "The dedicated user has accepted the invite.");
            return;
        }
        if (manual.get()) {
            return;
        }
        if (state.status() == StepState.Status.FAILED) {
            watch.set(Watch.GONE);
            status.set(state.reason());
            return; // nothing to watch: the owner invites again or presses Check now
        }
        if (!wizard.session().ownerSignedIn()) {
            needsSignIn.set(true);
            watch.set(Watch.STOPPED);
            status.set("Sign in again as the owner to watch for the acceptance: sessions are not kept when the app "
                    + "closes.");
            return;
        }
        o.start(Step.EMAIL_VERIFICATION);
        look();
    }

    /** The page was left: no more looks until it is shown again. A look in flight is let finish and ignored. */
    void stop() {
        active = false;
        cancelPending();
        nextLook.set(null);
    }

    /** Check now: look at once, and soon again after that. */
    void checkNow() {
        schedule.reset();
        if (!wizard.session().ownerSignedIn()) {
            Onboarding o = wizard.onboarding();
            owner.signIn(o.organization(), () -> {
                needsSignIn.set(false);
                checkNow();
            });
            return;
        }
        active = true;
        Onboarding o = wizard.onboarding();
        if (!o.state(Step.EMAIL_VERIFICATION).isSettled()) {
            o.start(Step.EMAIL_VERIFICATION);
        }
        look();
    }

    /** One look at Docker Hub, unless one is already running. */
    void look() {
        if (inFlight.isRunning() || !active) {
            return;
        }
        Onboarding o = wizard.onboarding();
        AccessToken session = wizard.session().ownerSession().orElse(null); // captured on the JavaFX thread
        if (session == null) {
            needsSignIn.set(true);
            watch.set(Watch.STOPPED);
            status.set("Sign in again as the owner to watch for the acceptance.");
            return;
        }
        cancelPending();
        Invitee who = o.invitee().orElseThrow();
        String inviteId = o.inviteId().orElse(null);
        nextLook.set(null);
        // On the watch lane: a look is not the wizard's work, so it neither waits behind it nor turns Close into Stop.
        inFlight = wizard.tasks().watch(BackgroundTask.of("Looking whether " + who.inviteAs() + " has accepted",
                        () -> wizard.context().ownerActions().acceptance(session, o.organization(), who, inviteId))
                .onSuccess(a -> {
                    lastLook.set(clock.instant());
                    if (active && wizard.onboarding() == o) {
                        handle(o, a);
                    }
                })
                .onCancelled(() -> {
                    cancelPending(); // leaving the page or closing the wizard: stop watching until Check now
                    watch.set(Watch.STOPPED);
                    status.set("Stopped watching for the acceptance. Press Check now to look again.");
                })
                .onFailure(e -> {
                    lastLook.set(clock.instant());
                    if (owner.ended(e)) {
                        needsSignIn.set(true);
                        watch.set(Watch.STOPPED);
                        status.set("The owner's Docker Hub session has ended. Sign in again below and press Check now.");
                        return;
                    }
                    watch.set(Watch.ERROR);
                    status.set(Messages.of(e) + " The wizard will look again.");
                    scheduleNext();
                }));
    }

    private void handle(Onboarding o, Acceptance a) {
        switch (a.state()) {
            case PENDING -> {
                watch.set(Watch.WAITING);
                status.set("Waiting: the invite to " + o.invitee().map(Invitee::inviteAs).orElse("the user")
                        + " is still pending. The user must verify the e-mail address first, then accept the invite.");
                scheduleNext();
            }
            case ACCEPTED -> {
                if (!a.isEditorOrAbove()) {
                    watch.set(Watch.WRONG_ROLE);
                    status.set(a.username() + " accepted the invite but has the role " + a.role() + ", not Editor. "
                            + "In Docker Hub open the organization's Members page, choose Edit role next to "
                            + a.username() + " and pick Editor. The wizard keeps looking.");
                    scheduleNext();
                    return;
                }
                if (o.dedicatedDockerId().isEmpty() && a.username() != null
                        && Validation.dockerId(a.username()).isAcceptable()) {
                    o.setDedicatedDockerId(a.username());
                }
                if (!o.state(Step.EMAIL_VERIFICATION).isSettled()) {
                    o.start(Step.EMAIL_VERIFICATION);
                    o.complete(Step.EMAIL_VERIFICATION);
                }
                settled.set(true);
                watch.set(Watch.ACCEPTED);
                status.set(a.username() + " has accepted the invite as " + a.role() + ".");
                stop();
                wizard.showCurrent(); // on to the token step without pressing Next
            }
            case GONE -> {
                watch.set(Watch.GONE);
                String why = "The invite is no longer pending and the user is not a member: it was cancelled or has "
                        + "expired. Invite the dedicated user again to continue.";
                status.set(why);
                failStep(o, why);
                stop();
            }
        }
    }

    /** Sends the invite e-mail again and looks soon after. */
    void resend() {
        Onboarding o = wizard.onboarding();
        String id = o.inviteId().orElse(null);
        if (id == null) {
            status.set("The wizard has no invite id to resend (the invite was sent by hand). Resend it from the "
                    + "organization's Members page in Docker Hub.");
            return;
        }
        AccessToken session = wizard.session().ownerSession().orElse(null);
        if (session == null) {
            needsSignIn.set(true);
            return;
        }
        wizard.run(BackgroundTask.of("Sending the invite again", () -> {
                    // A refusal (e.g. to an organization access token) names the Members page to resend from.
                    wizard.context().ownerActions().resend(session, o.organization(), id);
                    return Boolean.TRUE;
                })
                .onSuccess(ok -> {
                    wizard.noticeProperty().set("The invite e-mail was sent again.");
                    status.set("The invite e-mail was sent again. Ask the dedicated user to look in the inbox (and the "
                            + "spam folder) of " + o.invitee().map(Invitee::inviteAs).orElse("its address") + ".");
                    schedule.reset();
                    cancelPending();
                    scheduleNext();
                })
                .onFailure(e -> status.set("Resend failed: " + Messages.of(e))));
    }

    /** Cancels the invite in Docker Hub (the page asked for confirmation); the step fails and INVITE can reopen. */
    void cancelInvite() {
        Onboarding o = wizard.onboarding();
        String id = o.inviteId().orElse(null);
        if (id == null) {
            status.set("The wizard has no invite id to cancel (the invite was sent by hand). Cancel it on the "
                    + "organization's Members page in Docker Hub, under Invitees.");
            return;
        }
        AccessToken session = wizard.session().ownerSession().orElse(null);
        if (session == null) {
            needsSignIn.set(true);
            return;
        }
        wizard.run(BackgroundTask.of("Cancelling the invite", () -> {
                    wizard.context().ownerActions().cancel(session, id);
                    return Boolean.TRUE;
                })
                .onSuccess(ok -> {
                    stop();
                    watch.set(Watch.GONE);
                    status.set(CANCELLED);
                    failStep(o, CANCELLED);
                })
                .onFailure(e -> status.set("Cancelling failed: " + Messages.of(e))));
    }

    /** Invite again: reopen the invite step (and this one) and show it. */
    void inviteAgain() {
        Onboarding o = wizard.onboarding();
        stop();
        o.reopen(Step.INVITE);
        settled.set(false);
        wizard.shownProperty().set(Step.INVITE);
    }

    /** Next: in manual mode, record the Docker ID and mark the step done by hand. */
    @Override
    public void proceed(Runnable advance) {
        Onboarding o = wizard.onboarding();
        if (o.state(Step.EMAIL_VERIFICATION).isSettled()) {
            advance.run();
            return;
        }
        if (!manual.get()) {
            return; // the watch moves on by itself
        }
        o.setDedicatedDockerId(dockerId.get());
        o.markDoneByHand(Step.EMAIL_VERIFICATION, BY_HAND);
        settled.set(true);
        advance.run();
    }

    /** "Last looked at 10:42:07; next look in 20 s", for the page's once-a-second line. */
    String lookLine(Instant now, ZoneId zone) {
        Instant last = lastLook.get();
        Instant next = nextLook.get();
        if (last == null) {
            return inFlight.isRunning() ? "Looking now…" : "";
        }
        String line = "Last looked at " + LocalTime.ofInstant(last, zone).format(HH_MM_SS);
        if (inFlight.isRunning()) {
            return line + "; looking now…";
        }
        if (next != null) {
            long s = Math.max(0, Duration.between(now, next).toMillis() + 999) / 1000;
            return line + "; next look in " + s + " s";
        }
        return line;
    }

    private void scheduleNext() {
        if (!active) {
            return;
        }
        cancelPending();
        Duration wait = schedule.next();
        nextLook.set(clock.instant().plus(wait));
        pending = timer.after(wait, () -> {
            pending = null;
            look();
        });
    }

    private void cancelPending() {
        if (pending != null) {
            pending.run();
            pending = null;
        }
    }

    private static void failStep(Onboarding o, String why) {
        if (o.state(Step.EMAIL_VERIFICATION).isSettled()) {
            return;
        }
        o.start(Step.EMAIL_VERIFICATION);
        o.fail(Step.EMAIL_VERIFICATION, why);
    }

    /** For tests: whether a look is scheduled. */
    boolean scheduled() {
        return pending != null;
    }
}
