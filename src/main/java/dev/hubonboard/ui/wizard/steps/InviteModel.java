package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.hub.InviteeStatus;
import dev.hubonboard.onboarding.Endpoints;
import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.StepState;
import dev.hubonboard.hub.AccessToken;
import dev.hubonboard.ui.kit.Messages;
import dev.hubonboard.ui.wizard.BasicStepModel;
import dev.hubonboard.ui.wizard.WizardModel;
import dev.hubonboard.ui.task.BackgroundTask;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Step 2: invite the dedicated user as Editor. In the API modes a dry run on entering shows what Docker Hub will
 * answer, and Next sends the real invite. In manual mode the owner sends it in Docker Hub and ticks a box.
 */
public final class InviteModel extends BasicStepModel {
    static final String ROLE = "Editor";
    static final String BY_HAND = "Invite sent by hand in Docker Hub";

    /** What Docker Hub answered for the invitee, as far as this step cares. */
    enum Answer { NONE, READY, MEMBER, INVALID, OTHER, ERROR }

    final StringProperty invitee = new SimpleStringProperty("");
    final StringProperty answer = new SimpleStringProperty("");
    final ObjectProperty<Answer> answerKind = new SimpleObjectProperty<>(Answer.NONE);
    final BooleanProperty manual = new SimpleBooleanProperty();
    final BooleanProperty sentByHand = new SimpleBooleanProperty();
    final BooleanProperty needsSignIn = new SimpleBooleanProperty();
    final BooleanProperty settled = new SimpleBooleanProperty();
    /** The owner chose to send although Docker Hub's dry-run answer is one this wizard does not know. */
    final BooleanProperty sendAnyway = new SimpleBooleanProperty();
    final StringProperty membersPage = new SimpleStringProperty("");
    final OwnerSignInModel owner;
    private final BooleanBinding ownerComplete;
    private final WizardModel wizard;

    public InviteModel(WizardModel wizard) {
        super(wizard, Step.INVITE);
        this.wizard = wizard;
        this.owner = OwnerSignInModel.of(wizard); // the wizard's one: what was typed on step 1 is there on step 3
        this.ownerComplete = owner.complete();
        ready(ready(), Bindings.createStringBinding(() -> settled.get() ? "" : manual.get()
                        ? "Next: tick \"I have sent the invite\" once it is sent in Docker Hub."
                        : answerKind.get() == Answer.INVALID ? "Next: correct the dedicated user on step 1."
                        : needsSignIn.get() && !ownerComplete.get() ? "Next: sign in as the owner above." : "",
                settled, manual, answerKind, needsSignIn, ownerComplete));
    }

    @Override
    public void dispose() {
        owner.dispose();
    }

    /** Next may be pressed: the step is settled, or (manual) the box is ticked, or (API) nothing blocks sending. */
    private BooleanBinding ready() {
        return Bindings.createBooleanBinding(() -> {
            if (settled.get()) {
                return true;
            }
            if (manual.get()) {
                return sentByHand.get();
            }
            return answerKind.get() != Answer.INVALID && (!needsSignIn.get() || ownerComplete.get());
        }, settled, manual, sentByHand, answerKind, needsSignIn, ownerComplete);
    }

    @Override
    public void ownerSignedIn() {
        needsSignIn.set(false);
        load(); // the dry run the sign-in was missing for
    }

    /** The page is shown: read the onboarding and, in the API modes, ask Docker Hub for a dry run. */
    void load() {
        Onboarding o = wizard.onboarding();
        if (o == null) {
            return;
        }
        invitee.set(o.invitee().map(Invitee::inviteAs).orElse(""));
        OwnerMode mode = o.ownerMode().orElse(OwnerMode.MANUAL);
        owner.mode.set(mode);
        manual.set(!mode.apiCan(Step.INVITE));
        membersPage.set(Endpoints.web("orgs/" + o.organization() + "/members"));
        StepState state = o.state(Step.INVITE);
        settled.set(state.isSettled());
        if (state.isSettled()) {
            answerKind.set(Answer.NONE);
            answer.set(switch (state.status()) {
                case SKIPPED -> state.reason(); // it says why no invite is needed, in its own words
                default -> state.reason() != null ? "Done: " + state.reason()
                        : "The invite was sent. Press Next to watch for the acceptance.";
            });
            return;
        }
        if (manual.get()) {
            return;
        }
        if (!wizard.session().ownerSignedIn()) {
            needsSignIn.set(true);
            answerKind.set(Answer.NONE);
            answer.set("Sign in again as the owner: sessions are not kept when the app closes.");
            return;
        }
        needsSignIn.set(false);
        dryRun(null);
    }

    /** Asks Docker Hub what it would answer, without sending anything; then runs {@code then} if it would invite. */
    void dryRun(Runnable then) {
        Onboarding o = wizard.onboarding();
        if (o.invitee().isEmpty()) {
            answerKind.set(Answer.INVALID);
            answer.set("Enter the dedicated user's e-mail or Docker ID on step 1 (" + Step.PREREQUISITES.title()
                    + ").");
            return;
        }
        Invitee who = o.invitee().get();
        AccessToken session = wizard.session().ownerSession().orElseThrow(); // captured on the JavaFX thread
        wizard.run(BackgroundTask.of("Asking Docker Hub about " + who.inviteAs() + " (dry run)",
                        () -> wizard.context().ownerActions().invite(session, o.organization(), who, true))
                .onSuccess(status -> {
                    show(status);
                    sendAnyway.set(false); // a new answer asks again
                    if (status.isExistingMember()) {
                        existingMember(o, status);
                    } else if (status.isInvited() && then != null) {
                        then.run();
                    }
                })
                .onFailure(this::failed));
    }

    /** Puts Docker Hub's answer into words; statuses this wizard does not know are shown as Docker sent them. */
    private void show(InviteeStatus status) {
        if (status.isInvited()) {
            answerKind.set(Answer.READY);
            answer.set("Docker Hub is ready to send the invite to " + status.invitee() + " as " + ROLE
                    + ". Press Next to send it.");
        } else if (status.isExistingMember()) {
            answerKind.set(Answer.MEMBER);
            answer.set(status.invitee() + " is already a member of the organization: no invite is needed.");
        } else if (status.isInvalid()) {
            answerKind.set(Answer.INVALID);
            answer.set("Docker Hub does not know " + status.invitee() + " as an e-mail address or Docker ID. Go back to "
                    + "step 1 (" + Step.PREREQUISITES.title() + ") and correct the dedicated user's e-mail or Docker ID.");
        } else {
            answerKind.set(Answer.OTHER);
            answer.set("Docker Hub answered \"" + status.status() + "\" for " + status.invitee() + ", an answer this "
                    + "wizard does not know. Tick \"Send anyway\" and press Next to send the invite, or stop here.");
        }
    }

    private void existingMember(Onboarding o, InviteeStatus status) {
        if (!o.state(Step.INVITE).isSettled()) {
            o.markExistingMember(status.invitee() + " is already a member of " + o.organization()
                    + "; no invite or acceptance needed.");
        }
        settled.set(true);
    }

    /** Next. */
    @Override
    public void proceed(Runnable advance) {
        Onboarding o = wizard.onboarding();
        if (o.state(Step.INVITE).isSettled()) {
            advance.run();
            return;
        }
        if (manual.get()) {
            o.markDoneByHand(Step.INVITE, BY_HAND);
            settled.set(true);
            advance.run();
            return;
        }
        Runnable send = () -> {
            if (answerKind.get() == Answer.READY || answerKind.get() == Answer.OTHER && sendAnyway.get()) {
                send(o, advance);
            } else {
                // No dry run yet (just signed in) or an unknown answer: ask again, send only if Docker Hub agrees.
                dryRun(() -> send(o, advance));
            }
        };
        if (wizard.session().ownerSignedIn()) {
            send.run();
        } else {
            owner.signIn(o.organization(), () -> {
                needsSignIn.set(false);
                send.run();
            });
        }
    }

    private void send(Onboarding o, Runnable advance) {
        Invitee who = o.invitee().orElseThrow();
        AccessToken session = wizard.session().ownerSession().orElseThrow();
        o.start(Step.INVITE);
        wizard.run(BackgroundTask.of("Sending the invite to " + who.inviteAs(),
                        () -> wizard.context().ownerActions().invite(session, o.organization(), who, false))
                .onSuccess(status -> {
                    show(status);
                    if (status.isInvited()) {
                        if (status.invite() != null && status.invite().id() != null) {
                            o.recordInvite(status.invite().id());
                        }
                        o.complete(Step.INVITE);
                        settled.set(true);
                        answer.set("Invite sent to " + status.invitee() + " as " + ROLE + ".");
                        advance.run();
                    } else if (status.isExistingMember()) {
                        existingMember(o, status);
                        advance.run();
                    } else {
                        o.fail(Step.INVITE, answer.get());
                    }
                })
                .onFailure(e -> {
                    failed(e);
                    if (o.state(Step.INVITE).status() == StepState.Status.IN_PROGRESS) {
                        o.fail(Step.INVITE, answer.get());
                    }
                }));
    }

    private void failed(Throwable e) {
        if (owner.ended(e)) {
            needsSignIn.set(true);
            answerKind.set(Answer.ERROR);
            answer.set("The owner's Docker Hub session has ended. Sign in again below, then press Next.");
            return;
        }
        answerKind.set(Answer.ERROR);
        answer.set(Messages.of(e));
    }
}
