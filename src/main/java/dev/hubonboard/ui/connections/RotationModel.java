package dev.hubonboard.ui.connections;

import dev.hubonboard.check.CheckId;
import dev.hubonboard.check.CheckTarget;
import dev.hubonboard.check.Report;
import dev.hubonboard.onboarding.Validation;
import dev.hubonboard.onboarding.Verdict;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.secrets.SecretStoreException;
import dev.hubonboard.ui.kit.Messages;
import dev.hubonboard.ui.kit.Tone;
import dev.hubonboard.check.ReportSummary;
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
    /** The expiry as typed (the picker commits it only on Enter or leaving the field): the test reads this. */
    final StringProperty expiryText = new SimpleStringProperty("");
    /** Why the typed expiry cannot be used, naming the field; "" when it can. */
    final ObjectBinding<String> expiryProblem;
    /** What the expiry was read as, in words ("March 1, 2027, in 85 days"); "" for none. */
    final ObjectBinding<String> expiryWords;
    final ObjectBinding<Verdict> verdict;
    final BooleanProperty running = new SimpleBooleanProperty();
    final ObjectProperty<Result> result = new SimpleObjectProperty<>(Result.NONE);
    final StringProperty outcome = new SimpleStringProperty("");
    /** True after a replaced token when Hub Onboard wrote Defender's connector: "Update Defender's connector". */
    final BooleanProperty offerDefenderUpdate = new SimpleBooleanProperty();
    /** True once the connector holds the new token. */
    final BooleanProperty defenderUpdated = new SimpleBooleanProperty();
    final BooleanBinding canTest;
    /** The checklist after a replaced token: where the old token stands. */
    final ObjectProperty<OldToken> oldToken = new SimpleObjectProperty<>(OldToken.NONE);
    /** Which token to revoke, in words (its entry date and expiry when known), and what the last check found. */
    final StringProperty oldTokenHint = new SimpleStringProperty("");
    final StringProperty oldTokenOutcome = new SimpleStringProperty("");
    /** A new token passed but the keychain did not take it: closing asks first (it would be lost). */
    final BooleanProperty passedNotKept = new SimpleBooleanProperty();
    private TaskHandle work = TaskHandle.NONE;
    /** The old token, in memory only until Docker Hub refuses it (or the dialog closes); never shown or saved. */
    private String oldSecret;
    /** The report of a new token that passed when the keychain failed: saving it again records it. */
    private Report passedReport;

    /** The checklist's state. */
    public enum OldToken {
        /** No checklist (nothing replaced, or the old token was the same one). */
        NONE,
        /** Revoke it in Docker Hub, then check. */
        TO_REVOKE,
        CHECKING,
        /** Docker Hub still accepts it: a warning, revoke it and check again. */
        STILL_WORKS,
        /** Docker Hub refuses it: done; it is forgotten. */
        REFUSED,
        /** The check could not tell (Docker Hub unreachable): try again. */
        UNKNOWN,
        /** The old token could not be read from the keychain before it was replaced: only revoking is left. */
        NOT_KNOWN
    }

    RotationModel(ConnectionsModel owner, ConnectionRow row) {
        this.owner = owner;
        this.row = row;
        verdict = Bindings.createObjectBinding(() -> Validation.token(token.get()), token);
        expiryProblem = Bindings.createObjectBinding(() -> {
            String typed = expiryText.get() == null ? "" : expiryText.get().strip();
            LocalDate today = owner.today();
            if (!typed.isEmpty() && dev.hubonboard.ui.kit.Dates.parse(typed, today).isEmpty()) {
                return dev.hubonboard.ui.kit.Dates.unreadable("Expires on", typed);
            }
            LocalDate d = typed.isEmpty() ? expiry.get() : dev.hubonboard.ui.kit.Dates.parse(typed, today).orElseThrow();
            return d != null && d.isBefore(today) ? "Expires on: that date has passed, so the token has expired. "
                    + "Create a new token." : "";
        }, expiry, expiryText);
        expiryWords = Bindings.createObjectBinding(() -> {
            String typed = expiryText.get() == null ? "" : expiryText.get().strip();
            LocalDate today = owner.today();
            return !typed.isEmpty() ? dev.hubonboard.ui.kit.Dates.understood(typed, today)
                    : expiry.get() == null ? "" : dev.hubonboard.ui.kit.Dates.words(expiry.get(), today);
        }, expiry, expiryText);
        canTest = Bindings.createBooleanBinding(() -> verdict.get().isAcceptable() && !running.get()
                && row.canTest() && expiryProblem.get().isEmpty(), verdict, running, expiryProblem);
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
        if (!expiryProblem.get().isEmpty()) {
            refuse(Result.REFUSED, expiryProblem.get() + " The saved token is unchanged.");
            return;
        }
        String typedExpiry = expiryText.get() == null ? "" : expiryText.get().strip();
        if (!typedExpiry.isEmpty()) { // typed, not committed yet (Enter went to Test): the typed date is the one meant
            dev.hubonboard.ui.kit.Dates.parse(typedExpiry, owner.today()).ifPresent(expiry::set);
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
        AtomicBoolean passed = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicReference<Report> passing = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<String> old = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean oldRead = new java.util.concurrent.atomic.AtomicBoolean();
        var tokenStep = row.onboarding().state(dev.hubonboard.onboarding.Step.TOKEN).at(); // when the old one was entered
        LocalDate oldExpiry = row.onboarding().tokenExpiry().orElse(null);
        outcome.set("Testing the new token…");
        result.set(Result.NONE);
        row.say(Tone.PLAIN, "Testing a new token…");
        work = owner.run(row, BackgroundTask.withProgress("Testing the new token for " + org, progress -> {
            Report report = owner.context().connectionTest().run(new CheckTarget(org, key.get().dockerId(), newToken, expected),
                    owner.progress(progress, "Testing the new token for " + org));
            if (!report.ready()) {
                return new Tested(report, false);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException();
            }
            passed.set(true);
            passing.set(report);
            try { // the old token, for the checklist's "no longer works" test; memory only
                old.set(owner.context().secrets().read(key.get()).orElse(null));
                oldRead.set(true);
            } catch (SecretStoreException e) {
                // not readable now: the checklist keeps only "revoke it"
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
                passedNotKept.set(false);
                owner.record(row, tested.report(), newExpiry);
                startChecklist(old.get(), oldRead.get(), newToken, tokenStep, oldExpiry);
                result.set(Result.REPLACED); // the token stays until the dialog closes: Copy it into Defender
                outcome.set("The new token passed the connection test and replaced the saved one in the keychain. "
                        + UPDATE_DEFENDER);
                row.say(Tone.SUCCESS, "Token rotated. " + UPDATE_DEFENDER);
                if (row.defenderSavedProperty().get()) { // offered, never silent
                    outcome.set("The new token passed the connection test and replaced the saved one in the "
                            + "keychain. Defender's connector still has the old token: Update Defender's connector "
                            + "writes the new one there.");
                    offerDefenderUpdate.set(true);
                }
            } else {
                refuse(Result.REFUSED, refusal(tested.report()));
            }
        }).onFailure(e -> {
            if (passed.get()) { // the keychain failed after the test passed: closing would lose this token
                passedReport = passing.get();
                passedNotKept.set(true);
            }
            refuse(Result.FAILED, Messages.of(e));
        }).onCancelled(() -> refuse(Result.NONE,
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
            row.say(Tone.SUCCESS, "Token rotated and Defender's connector updated.");
        }).onFailure(e -> {
            outcome.set("Defender's connector was not updated: " + Messages.of(e) + " The keychain holds the new "
                    + "token; try again, or update the connector in the portal.");
            row.say(Tone.WARNING, "Token rotated; Defender's connector still has the old token.");
        }));
        running.bind(work.runningProperty());
    }

    /** Why a token that did not pass is refused: the failed check's summary, and that the old token stays. */
    static String refusal(Report report) {
        ReportSummary r = ReportSummary.of(report);
        if (r.firstFailure().filter(c -> c.cause() == dev.hubonboard.check.CheckResult.Cause.CREDENTIALS_REFUSED)
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
        row.say(Tone.DANGER, text);
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

    /** Drops the typed token and the old one: the dialog closed. */
    public void forget() {
        token.set("");
        oldSecret = null;
    }

    // ---- the checklist: revoke the old token, then prove it no longer works ----

    private void startChecklist(String old, boolean read, String newToken, java.time.Instant entered,
                                LocalDate oldExpiry) {
        if (read && (old == null || old.equals(newToken))) {
            oldToken.set(OldToken.NONE); // no old token, or the same one again: nothing to revoke
            return;
        }
        oldSecret = old;
        String id = row.dockerId().orElse("the dedicated user");
        oldTokenHint.set("In Docker Hub, signed in as " + id + ": Account settings, Personal access tokens. The old "
                + "token is the one" + (entered == null ? "" : " entered in Hub Onboard on " + dev.hubonboard.ui.kit.Dates
                .words(entered.atZone(java.time.ZoneId.systemDefault()).toLocalDate()))
                + (oldExpiry == null ? "" : ", expiring " + dev.hubonboard.ui.kit.Dates.words(oldExpiry))
                + "; Docker Hub lists tokens by the description given when they were created, with their creation "
                + "date and last use. Delete it (or set it inactive).");
        oldTokenOutcome.set("");
        oldToken.set(read ? OldToken.TO_REVOKE : OldToken.NOT_KNOWN);
        if (!read) {
            oldTokenOutcome.set("The old token could not be read from the keychain before it was replaced, so this "
                    + "app cannot test it: revoke it in Docker Hub.");
        }
    }

    /** Practice mode: the checklist can revoke the old token in the practice Hub. */
    boolean isPractice() {
        return owner.context().isPractice();
    }

    /** Docker Hub's page where the dedicated user revokes its tokens. */
    public static String tokensPage() {
        return dev.hubonboard.onboarding.Endpoints.web("settings/personal-access-tokens");
    }

    /**
     * Signs in once with the old token: refused (wrong credentials or expired) is done and the token is forgotten;
     * accepted is a warning. One try per press, never retried: failed logins lock the Docker ID for a while.
     */
    public void checkOldToken() {
        String old = oldSecret;
        if (old == null || work.isRunning()) {
            return;
        }
        String id = row.dockerId().orElse("");
        var context = owner.context();
        oldToken.set(OldToken.CHECKING);
        oldTokenOutcome.set("Signing in to Docker Hub with the old token…");
        work = owner.run(row, BackgroundTask.of("Checking that the old token no longer works", () -> {
            try {
                new dev.hubonboard.hub.HubClient(context.transport(), context.endpoints().hub())
                        .createAccessToken(id, old);
                return OldToken.STILL_WORKS;
            } catch (dev.hubonboard.hub.BadCredentialsException | dev.hubonboard.hub.TokenExpiredException e) {
                return OldToken.REFUSED;
            }
        }).onSuccess(s -> {
            oldToken.set(s);
            if (s == OldToken.REFUSED) {
                oldSecret = null;
                oldTokenOutcome.set("Done: Docker Hub refuses the old token. Hub Onboard has forgotten it.");
                row.say(Tone.SUCCESS, "Token rotated; the old token is revoked.");
            } else {
                oldTokenOutcome.set("The old token still works: Docker Hub accepted it. Revoke it (above), then "
                        + "check again.");
            }
        }).onFailure(e -> {
            oldToken.set(OldToken.UNKNOWN);
            oldTokenOutcome.set("Could not tell whether the old token still works: " + Messages.of(e)
                    + " Check again later.");
        }).onCancelled(() -> {
            oldToken.set(OldToken.UNKNOWN);
            oldTokenOutcome.set("Stopped before an answer. Check again.");
        }));
        running.bind(work.runningProperty());
    }

    /** Practice mode: the practice Hub revokes the old token, as Docker Hub's Delete would. */
    public void revokeInPractice() {
        owner.context().practice().ifPresent(hub -> {
            if (oldSecret != null && hub.revokeToken(oldSecret)) {
                oldTokenOutcome.set("The practice Hub revoked the old token. Now check that it no longer works.");
            }
        });
    }

    /** True while a token that passed would be lost by closing (the keychain did not take it). */
    public boolean wouldLoseAToken() {
        return passedNotKept.get() && !token.get().isBlank();
    }

    /**
     * Close: at once, unless a token that passed is not in the keychain; then asks first (save and close, discard,
     * stay). {@code close} runs on the JavaFX thread, or never.
     */
    public void requestClose(dev.hubonboard.ui.kit.KeepToken.Asker asker, Runnable close) {
        if (!wouldLoseAToken() || work.isRunning()) {
            close.run();
            return;
        }
        Optional<SecretKey> key = row.secretKey();
        var store = owner.context().secrets();
        work = owner.run(row, BackgroundTask.of("Looking at the keychain", store::availability).onSuccess(a -> {
            String text = "The new token passed the connection test for " + row.organization() + " but is not in "
                    + "the keychain, which still holds the old one. Docker Hub shows a token only once: if it is "
                    + "discarded, rotating means creating another token and revoking this one.";
            String why = "It cannot be saved now: the keychain cannot be used" + (a.reason() == null
                    || a.reason().isBlank() ? "." : " (" + a.reason().strip().replaceAll("\\.$", "") + ").")
                    + " Copy it into Defender's connector first, or stay and try again later.";
            asker.ask(new dev.hubonboard.ui.kit.KeepToken.Question("Close the Rotate token dialog?", text,
                    a.available() && key.isPresent(), why), answer -> {
                switch (answer) {
                    case SAVE_AND_LEAVE -> saveThen(key.orElseThrow(), close);
                    case DISCARD -> {
                        passedNotKept.set(false);
                        close.run();
                    }
                    case STAY -> { }
                }
            });
        }));
        running.bind(work.runningProperty());
    }

    private void saveThen(SecretKey key, Runnable close) {
        String newToken = Validation.trim(token.get());
        LocalDate newExpiry = expiry.get();
        Report report = passedReport;
        var store = owner.context().secrets();
        work = owner.run(row, BackgroundTask.of("Saving the new token in the keychain", () -> {
            store.save(key, newToken);
            return key;
        }).onSuccess(k -> {
            passedNotKept.set(false);
            if (report != null) {
                owner.record(row, report, newExpiry);
            }
            result.set(Result.REPLACED);
            row.say(Tone.SUCCESS, "Token rotated. " + UPDATE_DEFENDER);
            close.run();
        }).onFailure(e -> outcome.set("The new token is still not saved: " + Messages.of(e) + " The dialog stays "
                + "open.")));
        running.bind(work.runningProperty());
    }

    private record Tested(Report report, boolean stored) {
    }
}
