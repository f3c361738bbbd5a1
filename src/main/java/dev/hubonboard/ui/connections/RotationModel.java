package dev.hubonboard.ui.connections;

import dev.hubonboard.ui.Work;
import dev.hubonboard.check.CheckResult;
import dev.hubonboard.check.CheckTarget;
import dev.hubonboard.check.Outcome;
import dev.hubonboard.check.Report;
import dev.hubonboard.onboarding.Validation;
import dev.hubonboard.onboarding.Verdict;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.secrets.SecretStoreException;
import javafx.beans.binding.Bindings;
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

/**
 * The Rotate token dialog's view-model. The rule: a new token replaces the saved one only after it passes the
 * connection test. A token that fails any check (a read-write token fails "The token cannot push") is refused with
 * that check's summary, and the keychain keeps the old token. The token lives in {@link #tokenProperty()} only
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
    private final StringProperty token = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> expiry = new SimpleObjectProperty<>();
    private final ObjectBinding<Verdict> verdict;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<Result> result = new SimpleObjectProperty<>(Result.NONE);
    private final StringProperty outcome = new SimpleStringProperty("");
    private final BooleanBinding canTest;
    private Work.Job work;

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

    /** The new token, as typed (masked in the view). */
    public StringProperty tokenProperty() {
        return token;
    }

    /** The new token's expiry as chosen when it was created; empty for "no expiry" or not known. */
    public ObjectProperty<LocalDate> expiryProperty() {
        return expiry;
    }

    public ObjectBinding<Verdict> verdictProperty() {
        return verdict;
    }

    public BooleanBinding canTestProperty() {
        return canTest;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public ObjectProperty<Result> resultProperty() {
        return result;
    }

    /** What happened, in words: the replaced token and what to update in Defender, or why it was refused. */
    public StringProperty outcomeProperty() {
        return outcome;
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
        if (key.isEmpty() || running.get()) {
            return;
        }
        String newToken = Validation.trim(token.get());
        LocalDate newExpiry = expiry.get();
        String org = row.organization();
        running.set(true);
        outcome.set("Testing the new token…");
        result.set(Result.NONE);
        row.say(ConnectionRow.Tone.INFO, "Testing a new token…");
        work = owner.run(Optional.of(row), "Testing the new token for " + org, () -> {
            Report report = owner.context().connectionTest().run(new CheckTarget(org, key.get().dockerId(), newToken),
                    owner.progress("Testing the new token for " + org));
            if (!report.ready()) {
                return new Tested(report, false);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException();
            }
            try {
                try {
                    owner.context().secrets().replace(key.get(), newToken);
                } catch (SecretStoreException e) {
                    if (e.kind() != SecretStoreException.Kind.NOT_FOUND) {
                        throw e;
                    }
                    owner.context().secrets().save(key.get(), newToken); // no token was saved before: save it now
                }
            } catch (SecretStoreException e) {
                throw new ConnectionsModel.Refusal("The new token passed the connection test, but the keychain "
                        + "cannot be used: " + e.getMessage() + ". Nothing was replaced; the saved token, if any, "
                        + "is unchanged.");
            }
            return new Tested(report, true);
        }, tested -> {
            running.set(false);
            work = null;
            if (tested.stored()) {
                owner.record(row, tested.report());
                row.onboarding().setTokenExpiry(newExpiry);
                row.refresh(owner.today());
                owner.save(row);
                token.set(""); // in the keychain now: do not keep a copy in memory
                result.set(Result.REPLACED);
                outcome.set("The new token passed the connection test and replaced the saved one in the keychain. "
                        + UPDATE_DEFENDER);
                row.say(ConnectionRow.Tone.SUCCESS, "Token rotated. " + UPDATE_DEFENDER);
            } else {
                refuse(Result.REFUSED, refusal(tested.report()));
            }
        }, e -> {
            running.set(false);
            work = null;
            refuse(Result.FAILED, ConnectionsModel.message(e));
        });
    }

    /** Why a token that did not pass is refused: the failed check's summary, and that the old token stays. */
    static String refusal(Report report) {
        Optional<CheckResult> failed = report.checks().stream().filter(c -> c.status() == Outcome.FAIL).findFirst();
        String why = report.unreachable()
                ? "Docker Hub could not be reached, so the new token could not be tested"
                + failed.map(c -> " (" + c.summary() + ")").orElse("") + "."
                : "The new token did not pass the connection test: "
                + failed.map(c -> c.summary() + (c.remediation().isEmpty() ? "" : " " + c.remediation()))
                .orElse("a check failed.");
        return "Refused. " + why + " The saved token is unchanged.";
    }

    private void refuse(Result r, String text) {
        result.set(r);
        outcome.set(text);
        row.say(ConnectionRow.Tone.ERROR, text);
    }

    /** Stops a running test; the saved token stays. */
    public void cancel() {
        if (work != null) {
            owner.cancel(work);
            work = null;
        }
        if (running.get()) {
            running.set(false);
            refuse(Result.NONE, "Stopped. The saved token is unchanged.");
        }
    }

    /** Drops the typed token: the dialog closed. */
    public void forget() {
        token.set("");
    }

    private record Tested(Report report, boolean stored) {
    }
}
