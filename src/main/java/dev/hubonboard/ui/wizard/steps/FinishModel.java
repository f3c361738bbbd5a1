package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.StepState;
import dev.hubonboard.secrets.Availability;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.secrets.SecretStore;
import dev.hubonboard.secrets.SecretStoreException;
import dev.hubonboard.ui.kit.Links;
import dev.hubonboard.ui.kit.Messages;
import dev.hubonboard.ui.kit.SecretClipboard;
import dev.hubonboard.ui.wizard.BasicStepModel;
import dev.hubonboard.ui.wizard.WizardModel;
import dev.hubonboard.ui.task.BackgroundTask;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The last step: keep the token in the OS keychain (nowhere else), and hand over what Defender for Cloud's Docker
 * Hub connector asks for. Done forgets the token in memory and takes it off the clipboard.
 */
public final class FinishModel extends BasicStepModel {
    /** Defender for Cloud's environment settings, where the Docker Hub connector is created. */
    public static final String DEFENDER_SETTINGS =
            "https://portal.azure.com/#view/Microsoft_Azure_Security/SecurityMenuBlade/~/EnvironmentSettings";

    /** Where keeping the token stands. */
    public enum Keychain {
        /** Not tried yet. */
        NOT_SAVED,
        SAVING,
        SAVED,
        /** No keychain, or it is locked or does not answer: the user may finish without saving. */
        UNAVAILABLE,
        /** The keychain refused for another reason: try again, or finish without saving. */
        FAILED,
        /** The user chose to finish without saving: the token is forgotten on Done. */
        NOT_KEPT,
        /** The token is not in memory (the wizard was restarted): it has to be entered again. */
        TOKEN_MISSING
    }

    final ObjectProperty<Keychain> keychain = new SimpleObjectProperty<>(Keychain.NOT_SAVED);
    /** What happened to the token, in words. */
    final StringProperty keychainText = new SimpleStringProperty("");
    final StringProperty organization = new SimpleStringProperty("");
    final StringProperty dockerId = new SimpleStringProperty("");
    /** The last copy, in words ("Copied; the clipboard is cleared in 60 s"). */
    final StringProperty copied = new SimpleStringProperty("");
    private final WizardModel wizard;
    private final SecretClipboard clipboard;
    /** What is in the keychain: this key with the session's token of this version (no copy of the token kept). */
    private SecretKey savedKey;
    private int savedVersion = -1;

    public FinishModel(WizardModel wizard) {
        super(wizard, Step.FINISH);
        this.wizard = wizard;
        this.clipboard = wizard.session().clipboard();
        ready(canFinish(), Bindings.createStringBinding(() -> "Done: the token has to be saved in the keychain first"
                + (mayFinishWithoutSaving().get() ? ", or choose Finish without saving." : "."), keychain));
    }

    private BooleanBinding canFinish() {
        return Bindings.createBooleanBinding(() -> keychain.get() == Keychain.SAVED
                || keychain.get() == Keychain.NOT_KEPT, keychain);
    }

    BooleanBinding mayFinishWithoutSaving() {
        return Bindings.createBooleanBinding(() -> keychain.get() == Keychain.UNAVAILABLE
                || keychain.get() == Keychain.FAILED, keychain);
    }

    /** Shown: fill in the connector's values and save the token, unless this very token is already saved. */
    void shown() {
        Onboarding o = wizard.onboarding();
        if (o == null || keychain.get() == Keychain.SAVING) {
            return;
        }
        organization.set(o.organization());
        dockerId.set(o.dedicatedDockerId().orElse(""));
        if (wizard.session().dedicatedToken().isEmpty() || o.dedicatedDockerId().isEmpty()) {
            keychain.set(Keychain.TOKEN_MISSING);
            keychainText.set("The access token is no longer in memory (the wizard keeps it only while it is open, "
                    + "and it was restarted). Enter it again on the token step; the connection test then runs again.");
            if (o.dedicatedDockerId().isPresent()
                    && o.state(Step.CONNECTION_TEST).status() == StepState.Status.DONE) {
                fromKeychain(o); // "Save it in the keychain and close" put it there: use it, do not ask again
            }
            return;
        }
        try {
            StepState s = o.state(Step.FINISH);
            if (s.status() == StepState.Status.NOT_STARTED || s.status() == StepState.Status.FAILED) {
                o.start(Step.FINISH);
            }
        } catch (IllegalStateException e) {
            keychain.set(Keychain.FAILED);
            keychainText.set(Messages.of(e));
            return;
        }
        SecretKey key = new SecretKey(o.organization(), o.dedicatedDockerId().get());
        boolean same = key.equals(savedKey) && wizard.session().tokenVersion() == savedVersion;
        if (keychain.get() == Keychain.SAVED && same || keychain.get() == Keychain.NOT_KEPT) {
            return;
        }
        save();
    }

    /**
     * The wizard was closed after the connection test passed, with "Save it in the keychain and close": the token
     * is read back from the keychain (off the JavaFX thread) and Finish carries on with it.
     */
    private void fromKeychain(Onboarding o) {
        SecretKey key = new SecretKey(o.organization(), o.dedicatedDockerId().get());
        SecretStore store = wizard.context().secrets();
        wizard.run(BackgroundTask.of("Reading the token saved in the keychain", () -> store.read(key))
                .onSuccess(saved -> {
                    if (saved.isEmpty() || keychain.get() != Keychain.TOKEN_MISSING
                            || wizard.session().dedicatedToken().isPresent() || wizard.onboarding() != o) {
                        return;
                    }
                    wizard.session().dedicatedToken(saved.get());
                    savedKey = key;
                    savedVersion = wizard.session().tokenVersion();
                    wizard.tokenKept(savedVersion, key);
                    keychain.set(Keychain.SAVED);
                    shown();
                    keychainText.set("The token saved in this computer's keychain when the wizard was closed is "
                            + "used (service \"" + store.service() + "\", account " + key.account() + "); it passed the "
                            + "connection test then. Nothing was written anywhere else.");
                }).onFailure(e -> { })); // the keychain cannot be read now: entering the token again still works
    }

    /** Saves the token in the keychain in the background; Try again calls it too. */
    void save() {
        Onboarding o = wizard.onboarding();
        if (o == null || wizard.session().dedicatedToken().isEmpty() || o.dedicatedDockerId().isEmpty()) {
            return;
        }
        SecretKey key = new SecretKey(o.organization(), o.dedicatedDockerId().get());
        String token = wizard.session().dedicatedToken().get(); // captured for the task, dropped with it
        int version = wizard.session().tokenVersion();
        SecretStore store = wizard.context().secrets();
        keychain.set(Keychain.SAVING);
        keychainText.set("Saving the token in this computer's keychain…");
        wizard.run(BackgroundTask.of("Saving the token in the keychain", () -> {
            Availability a = store.availability();
            if (!a.available()) {
                throw new SecretStoreException(SecretStoreException.Kind.NO_SERVICE, a.reason(), null);
            }
            store.save(key, token);
            return key;
        }).onSuccess(k -> {
            savedKey = k;
            savedVersion = version;
            wizard.tokenKept(version, k);
            keychain.set(Keychain.SAVED);
            keychainText.set("Saved in this computer's keychain (service \"" + store.service() + "\", account "
                    + k.account() + "). Nothing was written anywhere else. The check command can use it with "
                    + "--from-keychain.");
        }).onFailure(this::notSaved).onCancelled(() -> {
            keychain.set(Keychain.FAILED);
            keychainText.set("Stopped while saving: the keychain call may still complete. Press Try again to be "
                    + "sure the token is saved.");
        }));
    }

    private void notSaved(Throwable e) {
        String without = " You can finish without saving: copy the token into Defender for Cloud now. The wizard "
                + "then forgets it, and asks for it again if you run the connection test another time.";
        if (!(e instanceof SecretStoreException k)) {
            keychain.set(Keychain.FAILED);
            keychainText.set("The token was not saved: " + Messages.of(e) + without);
            return;
        }
        // The reason after a colon, not in brackets: it may end in a bracket of its own ("Credential Manager)").
        String reason = k.getMessage() == null || k.getMessage().isBlank() ? ""
                : ": " + k.getMessage().strip().replaceAll("\\.$", "");
        keychain.set(switch (k.kind()) {
            case NO_SERVICE, LOCKED, TIMEOUT -> Keychain.UNAVAILABLE;
            default -> Keychain.FAILED;
        });
        keychainText.set(switch (k.kind()) {
            case NO_SERVICE -> "This computer has no keychain the wizard can use" + reason + ". So the token was not "
                    + "saved; it was not written anywhere else either." + without;
            case LOCKED -> "The keychain is locked, so the token was not saved. Unlock it and press Try again." + without;
            case TIMEOUT -> "The keychain did not answer in time, so the token may not be saved; an unlock prompt may "
                    + "be waiting. Answer it and press Try again." + without;
            case INTERRUPTED -> "Saving was stopped; the token was not saved. Press Try again.";
            default -> "The keychain did not save the token" + reason + ". Press Try again." + without;
        });
    }

    /** The keychain cannot be used: carry on, the token is forgotten when the wizard is done. */
    void finishWithoutSaving() {
        if (keychain.get() != Keychain.UNAVAILABLE && keychain.get() != Keychain.FAILED) {
            return;
        }
        keychain.set(Keychain.NOT_KEPT);
        keychainText.set("The token will not be saved on this computer. Copy it into Defender for Cloud's connector "
                + "now: when you press Done it is forgotten and taken off the clipboard.");
    }

    void copyOrganization() {
        clipboard.copy(organization.get());
        copied.set("Organization name copied.");
    }

    void copyDockerId() {
        clipboard.copy(dockerId.get());
        copied.set("Docker ID copied.");
    }

    /**
     * The model of "Create the connector in Defender for Cloud…": writes the token of this wizard (captured when
     * Create is pressed) after the connection test passes once more.
     */
    public dev.hubonboard.ui.connector.CreateConnectorModel connectorModel() {
        Onboarding o = wizard.onboarding();
        String org = o.organization();
        String id = o.dedicatedDockerId().orElse("");
        var context = wizard.context();
        return new dev.hubonboard.ui.connector.CreateConnectorModel(context.defender().session(), context.executor(), org, id,
                () -> {
                    String token = wizard.session().dedicatedToken().orElse(null);
                    return () -> {
                        if (token == null) {
                            throw new IllegalStateException("The access token is no longer in memory: enter it again "
                                    + "on the token step.");
                        }
                        return token;
                    };
                },
                token -> context.connectionTest().run(new dev.hubonboard.check.CheckTarget(org, id, token),
                        new dev.hubonboard.check.CheckListener() { }),
                written -> copied.set("Defender's connector " + written.connector().name() + " was "
                        + written.action().past() + "."));
    }

    /** Copies the token; it leaves the clipboard after 60 s if nothing else was copied since. */
    void copyToken() {
        wizard.session().dedicatedToken().ifPresentOrElse(token -> {
            clipboard.copySecret(token, cleared -> {
                if (cleared) {
                    copied.set("The token was taken off the clipboard (60 s are up). Copy it again if needed.");
                }
            });
            copied.set("Copied; the clipboard is cleared in " + SecretClipboard.CLEAR_AFTER.toSeconds() + " s.");
        }, () -> copied.set("The token is no longer in memory; enter it again on the token step."));
    }

    void openDefender() {
        Links.open(DEFENDER_SETTINGS);
    }

    void enterTokenAgain() {
        Onboarding o = wizard.onboarding();
        if (o != null) {
            o.reopen(Step.TOKEN);
        }
        keychain.set(Keychain.NOT_SAVED);
        wizard.shownProperty().set(Step.TOKEN);
    }

    /** Done: the onboarding is complete, the token leaves memory and the clipboard; the shell closes the window. */
    @Override
    public void proceed(Runnable advance) {
        Onboarding o = wizard.onboarding();
        try {
            if (o.state(Step.FINISH).status() != StepState.Status.IN_PROGRESS) {
                o.start(Step.FINISH);
            }
            o.complete(Step.FINISH);
        } catch (IllegalStateException e) {
            keychainText.set(Messages.of(e));
            return;
        }
        wizard.session().forgetToken(); // the token, and the clipboard if it still holds the token
        savedVersion = -1;
        advance.run();
    }

    @Override
    public String toString() {
        return "FinishModel[keychain=" + keychain.get() + ", organization=" + organization.get() + ", dockerId="
                + dockerId.get() + "]";
    }
}
