package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.hub.BadCredentialsException;
import dev.hubonboard.hub.SecondFactorChallenge;
import dev.hubonboard.hub.SessionExpiredException;
import dev.hubonboard.hub.TokenExpiredException;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.owner.OwnerSignIn;
import dev.hubonboard.onboarding.Validation;
import dev.hubonboard.onboarding.Verdict;
import dev.hubonboard.ui.kit.Forms;
import dev.hubonboard.ui.kit.Messages;
import dev.hubonboard.ui.wizard.WizardModel;
import dev.hubonboard.ui.task.BackgroundTask;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Consumer;

/**
 * The owner's way in: an organization access token, or the password plus a 2FA code when Docker Hub asks. The
 * secret is held only until the sign-in answers, then cleared; the resulting session lives in the
 * {@link WizardModel} for this run of the app and is never saved.
 */
public final class OwnerSignInModel {
    final ObjectProperty<OwnerMode> mode = new SimpleObjectProperty<>(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
    final StringProperty ownerDockerId = new SimpleStringProperty("");
    final StringProperty secret = new SimpleStringProperty("");
    final StringProperty code = new SimpleStringProperty("");
    final BooleanProperty needsCode = new SimpleBooleanProperty();
    final StringProperty error = new SimpleStringProperty("");
    private SecondFactorChallenge challenge;
    private final WizardModel wizard;

    /** The session forgot its secrets: so does this form (one listener object, so dispose can remove it). */
    private final javafx.beans.value.ChangeListener<Number> forgotten = (o, a, b) -> clear();

    /** The wizard's one owner sign-in: steps 1 to 3 and the practice panel all sign in through it. */
    static OwnerSignInModel of(WizardModel wizard) {
        return wizard.shared(OwnerSignInModel.class, () -> new OwnerSignInModel(wizard));
    }

    public OwnerSignInModel(WizardModel wizard) {
        this.wizard = wizard;
        wizard.session().forgottenProperty().addListener(forgotten);
    }

    /** Stops listening to the session, which outlives this form. */
    void dispose() {
        wizard.session().forgottenProperty().removeListener(forgotten);
    }

    ObjectBinding<Verdict> ownerDockerIdVerdict() {
        return Forms.verdict(ownerDockerId, Validation::dockerId);
    }

    /** Enough typed to try: the fields this mode needs are filled and valid. */
    BooleanBinding complete() {
        return Bindings.createBooleanBinding(() -> switch (mode.get()) {
            case MANUAL -> true;
            case ORGANIZATION_ACCESS_TOKEN -> !secret.get().isBlank();
            case PASSWORD -> Validation.dockerId(ownerDockerId.get()).isAcceptable() && !secret.get().isBlank()
                    && (!needsCode.get() || code.get().strip().matches("\\d{6,8}"));
        }, mode, ownerDockerId, secret, code, needsCode);
    }

    public boolean signedIn() {
        return wizard.session().ownerSignedIn();
    }

    /**
     * Whether {@code e} says the owner's Docker Hub session has ended (a type, never words): refused as no longer
     * accepted, or as expired (the session is a bearer token of about 10 minutes). If so, the session is dropped from
     * the session's one holder, so the sign-in shows again and the next try signs in anew instead of failing on the
     * same dead session. Every step that uses the owner's session asks here, and only of that session's calls.
     */
    boolean ended(Throwable e) {
        if (e instanceof SessionExpiredException || e instanceof TokenExpiredException) {
            wizard.session().ownerSession(null);
            return true;
        }
        return false;
    }

    /** Signs in (or sends the 2FA code), then runs {@code then} once a session exists. Errors stay on the form. */
    void signIn(String organization, Runnable then) {
        signIn(organization, mode.get(), Validation.trim(ownerDockerId.get()), Validation.trim(secret.get()), then,
                words -> { });
    }

    /**
     * The practice panel's "Sign in as the owner": the practice organization's access token through this same
     * sign-in (its task, the session's one holder, the same words for a refusal), which {@code failed} is also told.
     */
    void signInWithOrganizationToken(String organization, String token, Runnable then, Consumer<String> failed) {
        challenge = null; // a 2FA code asked for a password sign-in belongs to that one
        signIn(organization, OwnerMode.ORGANIZATION_ACCESS_TOKEN, null, token, then, failed);
    }

    private void signIn(String organization, OwnerMode m, String owner, String typedSecret, Runnable then,
                        Consumer<String> failed) {
        error.set("");
        String typedCode = code.get().strip();
        SecondFactorChallenge pending = challenge;
        wizard.run(BackgroundTask.of(pending != null ? "Sending the 2FA code" : "Signing in to Docker Hub",
                        () -> pending != null ? wizard.context().ownerActions().secondFactor(pending, typedCode)
                                : wizard.context().ownerActions().signIn(m, organization, owner, typedSecret))
                .onSuccess(result -> {
                    if (result instanceof OwnerSignIn.NeedsSecondFactor n) {
                        challenge = n.challenge();
                        needsCode.set(true);
                        error.set("Docker Hub asks for the code from the owner's authenticator app.");
                        return;
                    }
                    wizard.session().ownerSession(((OwnerSignIn.SignedIn) result).session());
                    clear();
                    then.run();
                })
                .onFailure(e -> {
                    challenge = null;
                    needsCode.set(false);
                    code.set("");
                    error.set(e instanceof BadCredentialsException && m == OwnerMode.ORGANIZATION_ACCESS_TOKEN
                            ? refusedToken(organization) : Messages.of(e));
                    failed.accept(error.get());
                }));
    }

    /** Docker Hub's own words speak of a Docker ID and a password, which an organization access token has neither of. */
    static String refusedToken(String organization) {
        return "Docker Hub refused the organization access token for \"" + organization + "\". Check the "
                + "organization's name (as in hub.docker.com/orgs/NAME) and that the token belongs to it and is still "
                + "valid (organization > Settings > Access tokens). Wait before trying again: repeated failed "
                + "sign-ins lock the account for about 10 minutes.";
    }

    /** Forgets what was typed for the secret: it has done its job, or the mode changed. */
    void clear() {
        secret.set("");
        code.set("");
        needsCode.set(false);
        challenge = null;
    }
}
