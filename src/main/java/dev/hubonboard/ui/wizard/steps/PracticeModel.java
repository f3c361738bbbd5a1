package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.onboarding.Step;
import dev.hubonboard.sandbox.HubScenario;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.ui.kit.Tone;
import dev.hubonboard.ui.wizard.WizardModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The practice panel's logic: the administrator plays the dedicated user against the practice Hub (verify the
 * e-mail, accept the invite, create a token) and fills step 1 with the practice values. These are calls into the
 * practice Hub's memory on this computer, not network calls.
 */
public final class PracticeModel {
    /** The scopes as Docker Hub's token page names them. */
    enum ScopeChoice {
        PUBLIC_READ(PracticeHub.Scope.PUBLIC_READ, "Repo Public Read-only"),
        READ(PracticeHub.Scope.READ, "Repo Read-only"),
        WRITE(PracticeHub.Scope.WRITE, "Repo Read & Write"),
        ADMIN(PracticeHub.Scope.ADMIN, "Repo Read, Write, Delete");

        final PracticeHub.Scope scope;
        final String label;

        ScopeChoice(PracticeHub.Scope scope, String label) {
            this.scope = scope;
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    final StringProperty message = new SimpleStringProperty("");
    final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(Tone.PLAIN);
    /** The last practice token created, shown once; never saved or logged. */
    final StringProperty token = new SimpleStringProperty("");
    final ObjectProperty<ScopeChoice> scope = new SimpleObjectProperty<>(ScopeChoice.PUBLIC_READ);
    /** The case to rehearse, the same as {@code check --sandbox --scenario NAME}. */
    final ObjectProperty<HubScenario> scenario = new SimpleObjectProperty<>(HubScenario.READY);

    private final WizardModel wizard;
    private final PracticeHub practice;

    public PracticeModel(WizardModel wizard, PracticeHub practice) {
        this.wizard = wizard;
        this.practice = practice;
        wizard.shownProperty().addListener(stepChanged);
        wizard.session().forgottenProperty().addListener(forgotten);
    }

    /**
     * What the panel said was about the step shown then ("Press Check now"): another step starts it afresh. The
     * token shown once goes too when step 4 is left with it entered there: it has done its job, and like Docker
     * Hub's page the panel does not keep showing it (on screen, in a screenshot) for the rest of the walk.
     */
    private final javafx.beans.value.ChangeListener<Step> stepChanged = (o, was, now) -> left(was);

    private void left(Step was) {
        message.set("");
        tone.set(Tone.PLAIN);
        if (was == Step.TOKEN && !token.get().isEmpty()
                && wizard.session().dedicatedToken().filter(token.get()::equals).isPresent()) {
            token.set("");
        }
    }

    /** The session forgot its secrets (the wizard closed, Done, another organization): so does the panel. */
    private final javafx.beans.value.ChangeListener<Number> forgotten = (o, a, b) -> token.set("");

    /** The wizard closes: the panel stops listening to it. */
    void dispose() {
        wizard.shownProperty().removeListener(stepChanged);
        wizard.session().forgottenProperty().removeListener(forgotten);
        token.set("");
    }

    void verifyEmail() {
        act(() -> {
            practice.verifyEmail();
            return practice.dedicatedUsername() + " has verified " + practice.dedicatedEmail() + ".";
        });
    }

    void acceptInvite() {
        act(() -> {
            practice.acceptInvite();
            return practice.dedicatedUsername() + " has accepted the invite to " + practice.org()
                    + (wizard.shownProperty().get() == Step.EMAIL_VERIFICATION
                    ? ". Press Check now, or wait for the next look." : ".");
        });
    }

    void createToken() {
        ScopeChoice choice = scope.get();
        token.set("");
        act(() -> {
            token.set(practice.createToken(choice.scope));
            return "Practice token created with the scope " + choice.label + ". It is shown once: copy it now. It "
                    + "only works against the practice Hub on this computer."
                    + (choice == ScopeChoice.READ ? "" : " The connector needs Repo Read-only.");
        });
    }

    /**
     * Sets the practice Hub up as Docker Hub behaves in the chosen scenario, as {@code check --sandbox --scenario}
     * does: the connection test then finds the verdict itself. The token the scenario made is shown once.
     */
    void setUpScenario() {
        HubScenario chosen = scenario.get();
        token.set("");
        try {
            HubScenario.Setup setup = chosen.setUp(practice);
            token.set(setup.token());
            tone.set(Tone.PLAIN);
            message.set("Practice Hub set up as " + chosen.word() + ": " + chosen.models() + ". "
                    + (chosen == HubScenario.HUB_DOWN
                    ? "It stays unreachable until you set up another scenario."
                    : "Copy the token shown above into step 4 and run the connection test.")
                    + " (check --sandbox --scenario " + chosen.word() + " ends with exit " + chosen.exitCode() + ".)");
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            tone.set(Tone.DANGER);
            message.set(sentence(e.getMessage()));
        }
    }

    /**
     * Signs the owner in with the practice organization's access token, on any step: a resumed onboarding needs
     * the owner again after the app was restarted. The session lasts while the app runs.
     */
    void signInOwner() {
        String org = practice.org();
        OwnerSignInModel.of(wizard).signInWithOrganizationToken(org, practice.organizationAccessToken(), () -> {
            tone.set(Tone.PLAIN);
            message.set("The owner of " + org + " is signed in with the practice organization access token until "
                    + "the app quits.");
            wizard.ownerSignedIn();
        }, refused -> {
            tone.set(Tone.DANGER);
            message.set(refused);
        });
    }

    /** The values step 1 needs in practice mode: the organization, its access token and the dedicated e-mail. */
    void fillPrerequisites() {
        if (!(wizard.stepModel(Step.PREREQUISITES).orElse(null) instanceof PrerequisitesModel step1)) {
            return; // step 1 is not built: the button is only enabled while it is shown
        }
        step1.fill(practice.org(), practice.organizationAccessToken(), practice.dedicatedEmail());
        tone.set(Tone.PLAIN);
        message.set("Filled in the practice organization " + practice.org() + ", its access token and the dedicated "
                + "user's e-mail.");
    }

    private void act(java.util.function.Supplier<String> what) {
        try {
            message.set(what.get());
            tone.set(Tone.PLAIN);
        } catch (IllegalStateException e) {
            // The practice Hub's refusals are written for people ("must verify … before accepting").
            tone.set(Tone.DANGER);
            message.set(sentence(e.getMessage()));
        }
    }

    /** The refusal starts with a Docker ID, which is lowercase: lead in rather than capitalise it. */
    private static String sentence(String s) {
        if (s == null || s.isBlank()) {
            return "The practice Hub refused.";
        }
        return "The practice Hub refused: " + s + (s.endsWith(".") ? "" : ".");
    }
}
