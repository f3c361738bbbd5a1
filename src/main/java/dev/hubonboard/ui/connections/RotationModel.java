package dev.hubonboard.ui.connections;

import dev.hubonboard.check.CheckId;
import dev.hubonboard.check.CheckTarget;
import dev.hubonboard.check.Report;
import dev.hubonboard.onboarding.Validation;
import dev.hubonboard.onboarding.Verdict;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.secrets.SecretStoreException;
import dev.hubonboard.ui.kit.Messages;
import dev.hubonboard.check.ReportSummary;
import dev.hubonboard.ui.task.BackgroundTask;
import dev.hubonboard.ui.task.TaskHandle;import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.List;

/**
 * The Rotate token dialog's view-model. The rule: a new token replaces the saved one only after it passes the
 * connection test. A token that fails any check (a read-write token fails "The token cannot push") is refused with
 * that check's summary, and the keychain keeps the old token. The token lives in {@link #token} only
 * until it is stored or the dialog closes ({@link #forget()}).
 */
public final class RotationModel {

    /** Where the rotation stands. */
    public enum Result { NONE, REPLACED, REFUSED, FAILED }

    /** What to tell the administrator once the keychain holds the new token: Defender still has the old one. */
    public static final String UPDATE_DEFENDER = "Now update the access token in the Docker Hub connector in Defender "
            + "for Cloud (Environment settings, the organization's Docker Hub connector, Edit, Access token): it keeps "
            + "using the old token until then.";

    private final ConnectionsModel owner;
    private final ConnectionRow row;
    final StringProperty token = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> expiry = new SimpleObjectProperty<>();
    final ObjectBinding<Verdict> verdict;
    final BooleanProperty running = new SimpleBooleanProperty();
    final ObjectProperty<Result> result = new SimpleObjectProperty<>(Result.NONE);
    final StringProperty outcome = new SimpleStringProperty("");
    /** True after a replaced token when Hub Onboard wrote Defender's connector: "Update Defender's connector". */
    final BooleanProperty offerDefenderUpdate = new SimpleBooleanProperty();
    /** True once the connector holds the new token. */
    final BooleanProperty defenderUpdated = new SimpleBooleanProperty();
    final BooleanBinding canTest;
    private TaskHandle work = TaskHandle.NONE;

    RotationModel(ConnectionsModel owner, ConnectionRow row) {
        this.owner = owner;
        this.row = row;
        verdict = Bindings.createObjectBinding(() -> Validation.token(token.get()), token);
        canTest = Bindings.createBooleanBinding(() -> verdict.get().isAcceptable() && !running.get()
                && row.canTest(), verdict, running);
    }

    public ConnectionRow row() {
        return row;
    }

    /** Tests the new token and, only if it passes, replaces the saved one. */
    public void testAndReplace() {
        Verdict v = verdict.get();
        if (!v.isAcceptable()) {
            refuse(Result.REFUSED, v.first().map(p -> p.message()).orElse("Enter the new token.")
                    + " The saved token is unchanged.");
            return;
        }
        Optional<SecretKey> key = row.secretKey();
        if (key.isEmpty() || work.isRunning()) {
            return;
        }
        String newToken = Validation.trim(token.get()); // captured now, with the expiry and the key
        LocalDate newExpiry = expiry.get();
        String org = row.organization();
        List<String> expected = row.onboarding().expectedRepositories(); // the owner's list, captured now
        AtomicBoolean keychainCalled = new AtomicBoolean();
        outcome.set("Testing the new token…");
        result.set(Result.NONE);
        row.say(ConnectionRow.Tone.INFO, "Testing a new token…");
        work = owner.run(row, BackgroundTask.withProgress("Testing the new token for " + org, progress -> {
            Report report = owner.context().connectionTest().run(new CheckTarget(org, key.get().dockerId(), newToken, expected),
                    owner.progress(progress, "Testing the new token for " + org));
            if (!report.ready()) {
                return new Tested(report, false);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException();
            }
            keychainCalled.set(true);
            try {
                owner.context().secrets().save(key.get(), newToken); // replaces the old one, or saves the first
            } catch (SecretStoreException e) {
                boolean abandoned = e.kind() == SecretStoreException.Kind.TIMEOUT
                        || e.kind() == SecretStoreException.Kind.INTERRUPTED; // the call may still complete
                throw new Messages.Refusal("The new token passed the connection test, but the keychain cannot be "
                        + "used: " + e.getMessage() + (abandoned ? ". The keychain may still save the new token "
                        + "when it answers: Re-test later to see which token it holds."
                        : ". Nothing was replaced; the saved token, if any, is unchanged."));
            }
            return new Tested(report, true);
        }).onSuccess(tested -> {
            if (tested.stored()) {
                owner.record(row, tested.report(), newExpiry);
                result.set(Result.REPLACED); // the token stays until the dialog closes: Copy it into Defender
                outcome.set("The new token passed the connection test and replaced the saved one in the keychain. "
                        + UPDATE_DEFENDER);
                row.say(ConnectionRow.Tone.SUCCESS, "Token rotated. " + UPDATE_DEFENDER);
                if (row.defenderSavedProperty().get()) { // offered, never silent
                    outcome.set("The new token passed the connection test and replaced the saved one in the "
                            + "keychain. Defender's connector still has the old token: Update Defender's connector "
                            + "writes the new one there.");
                    offerDefenderUpdate.set(true);
                }
            } else {
                refuse(Result.REFUSED, refusal(tested.report()));
            }
        }).onFailure(e -> refuse(Result.FAILED, Messages.of(e))).onCancelled(() -> refuse(Result.NONE,
                keychainCalled.get()
                        ? "Stopped while the keychain was saving the new token: that may have completed, so the "
                        + "keychain may hold the old token or the new one. Re-test to see which one works."
                        : "Stopped before the keychain was touched: the saved token is unchanged.")));
        running.bind(work.runningProperty());
    }

    /**
     * After a replaced token: writes it into the connector Hub Onboard created (read from the keychain, where it now
     * is), keeping the connector's plans, interval and region. Offered by the dialog, never done on its own.
     */
    public void updateDefender() {
        if (!offerDefenderUpdate.get() || work.isRunning()) {
            return;
        }
        Optional<SecretKey> key = row.secretKey();
        String org = row.organization();
        String id = row.dockerId().orElse("");
        outcome.set("Updating Defender's connector…");
        work = owner.run(row, BackgroundTask.of("Updating Defender's connector for " + org, () ->
                owner.context().defender().session().updateAfterRotation(org, id,
                        owner.keychainToken(key, "Updating Defender's connector"))).onSuccess(w -> {
            offerDefenderUpdate.set(false);
            defenderUpdated.set(true);
            owner.defenderWritten(row, ConnectionsModel.subscriptionOf(w), w);
            outcome.set("Defender's connector " + w.connector().name() + " now has the new token (written and read "
                    + "back). Defender uses it from its next scan.");
            row.say(ConnectionRow.Tone.SUCCESS, "Token rotated and Defender's connector updated.");
        }).onFailure(e -> {
            outcome.set("Defender's connector was not updated: " + Messages.of(e) + " The keychain holds the new "
                    + "token; try again, or update the connector in the portal.");
            row.say(ConnectionRow.Tone.WARNING, "Token rotated; Defender's connector still has the old token.");
        }));
        running.bind(work.runningProperty());
    }

    /** Why a token that did not pass is refused: the failed check's summary, and that the old token stays. */
    static String refusal(Report report) {
        ReportSummary r = ReportSummary.of(report);
        if (r.firstFailure().filter(c -> c.id() == CheckId.CREDENTIALS && c.summary().startsWith("Docker Hub refused"))
                .isPresent()) { // its words speak of a username and password: a rotation has a Docker ID and a token
            return "Refused. Docker Hub did not accept the new token for " + report.username() + ": check that it is "
                    + report.username() + "'s personal access token, copied whole, and neither expired nor revoked. "
                    + "The saved token is unchanged.";
        }
        String why = r.verdict() == ReportSummary.Verdict.UNREACHABLE
                ? "Docker Hub could not be reached, so the new token could not be tested"
                + r.firstFailure().map(c -> " (" + c.summary() + ")").orElse("") + "."
                : "The new token did not pass the connection test: " + r.failureAndFix("a check failed.");
        return "Refused. " + why + " The saved token is unchanged.";
    }

    private void refuse(Result r, String text) {
        result.set(r);
        outcome.set(text);
        row.say(ConnectionRow.Tone.ERROR, text);
    }

    /** Stops a running test; the saved token stays. */
    public void cancel() {
        work.cancel();
    }

    /** Copies the new token for Defender's connector; the clipboard drops it after 60 s, or when the app quits. */
    public void copyNewToken() {
        if (result.get() == Result.REPLACED && !token.get().isEmpty()) {
            owner.context().session().clipboard().copySecret(Validation.trim(token.get()), cleared -> { });
            outcome.set(outcome.get().replace(COPIED, "") + COPIED);
        }
    }

    static final String COPIED = " Copied: the clipboard is cleared in 60 s.";

    /** Drops the typed token: the dialog closed. */
    public void forget() {
        token.set("");
    }

    private record Tested(Report report, boolean stored) {
    }
}
