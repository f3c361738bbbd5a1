package dev.hubonboard.ui.connections;

import dev.hubonboard.onboarding.LastTest;
import dev.hubonboard.check.CheckId;
import dev.hubonboard.check.CheckListener;
import dev.hubonboard.check.CheckTarget;
import dev.hubonboard.check.Report;
import dev.hubonboard.net.RetryNotice;
import dev.hubonboard.onboarding.store.LoadProblem;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.onboarding.RepositoryList;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.secrets.SecretStoreException;
import dev.hubonboard.ui.app.AppContext;
import dev.hubonboard.ui.kit.ScreenModel;
import dev.hubonboard.ui.kit.Messages;
import dev.hubonboard.ui.kit.Tone;
import dev.hubonboard.check.ReportSummary;
import dev.hubonboard.defender.ConnectorSession;
import dev.hubonboard.defender.ConnectorWritten;
import dev.hubonboard.defender.SavedConnector;
import dev.hubonboard.ui.connector.CreateConnectorModel;
import dev.hubonboard.ui.task.BackgroundTask;
import dev.hubonboard.ui.task.TaskHandle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * The Connections screen's view-model: the saved organizations, their health, and the actions on them. Everything
 * slow (the saved files, the keychain, the connection test) runs as a task, counted in {@link #busyProperty()} and
 * stopped by {@link #cancel()}; saves go through the one ordered writer. Use on the JavaFX thread.
 */
public final class ConnectionsModel extends ScreenModel {
    private final AppContext context;
    private final Clock clock;
    private final Predicate<Onboarding> shown;
    private final ObservableList<ConnectionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final BooleanProperty loaded = new SimpleBooleanProperty();

    /**
     * @param shown which saved onboardings belong on this screen (practice runs list only the practice
     *              organization, see AppModel)
     */
    public ConnectionsModel(AppContext context, Clock clock, Predicate<Onboarding> shown) {
        super(context.executor());
        this.context = context;
        this.clock = clock;
        this.shown = shown;
    }

    public ConnectionsModel(AppContext context) {
        this(context, Clock.systemDefaultZone(), o -> true);
    }

    public AppContext context() {
        return context;
    }

    Clock clock() {
        return clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- loading ----

    /** Reads the saved onboardings again (off the JavaFX thread); files that could not be read are listed as problems. */
    public void load() {
        run(null, BackgroundTask.of("Reading saved onboardings",
                        () -> context.writer().then(() -> context.progress().list()).join()) // after pending saves
                .onSuccess(this::show)
                .onFailure(e -> {
                    reportProblem("Saved onboardings could not be read: " + Messages.of(e));
                    loaded.set(true);
                }));
    }

    /**
     * Shows a listing read elsewhere (the app reads one at start-up to choose the home screen). Problems add to
     * the ones already shown: a file that could not be used is moved aside once, so a later listing no longer
     * mentions it, and the administrator must still get to read it.
     */
    public void show(ProgressStore.Listing listing) {
        LocalDate today = today();
        rows.setAll(listing.onboardings().stream().filter(shown)
                .sorted(Comparator.comparing(Onboarding::organization))
                .map(o -> new ConnectionRow(o, today)).toList());
        listing.problems().stream().map(LoadProblem::message).forEach(this::reportProblem);
        loaded.set(true);
        readDefenderTargets();
    }

    // ---- Defender's connector ----

    /** Reads where each organization's connector was written, and when (small files: one task for all). */
    private void readDefenderTargets() {
        List<ConnectionRow> now = List.copyOf(rows);
        if (now.isEmpty()) {
            return;
        }
        tasks.run(BackgroundTask.of("Reading the saved connector targets", () -> now.stream()
                .map(r -> context.defender().saved().load(r.organization())).toList()).onSuccess(saved -> {
            for (int i = 0; i < now.size(); i++) {
                showDefender(now.get(i), saved.get(i));
            }
        }).onFailure(e -> notice.set("Saved connector targets could not be read: " + Messages.of(e))));
    }

    private void showDefender(ConnectionRow row, Optional<SavedConnector> saved) {
        row.defenderProperty().set(ConnectorSession.lastWrittenWords(saved, clock.getZone()));
        row.defenderSavedProperty().set(saved.isPresent());
    }

    /** A connector was just written for the row: the card says so at once. */
    void defenderWritten(ConnectionRow row, String subscription, ConnectorWritten written) {
        showDefender(row, Optional.of(SavedConnector.of(row.organization(), subscription, written)));
    }

    /**
     * The model of "Create the connector in Defender for Cloud…" for this row: the token is the one saved in the
     * keychain, tested once more before it is written.
     */
    public CreateConnectorModel connectorModel(ConnectionRow row) {
        String org = row.organization();
        String id = row.dockerId().orElse("");
        Optional<SecretKey> key = row.secretKey();
        return new CreateConnectorModel(context.defender().session(), context.executor(), org, id,
                () -> () -> keychainToken(key, "Writing the connector"),
                token -> context.connectionTest().run(new CheckTarget(org, id, token), new CheckListener() { }),
                written -> {
                    row.say(Tone.SUCCESS, "Defender's connector " + written.connector().name() + " "
                            + written.action().past() + ". Defender starts within about an hour; confirm Connected "
                            + "in the portal.");
                    defenderWritten(row, subscriptionOf(written), written);
                });
    }

    /** The subscription from a connector's resource ID (/subscriptions/{id}/…). */
    static String subscriptionOf(ConnectorWritten written) {
        String[] parts = written.connector().id().split("/");
        return parts.length > 2 ? parts[2] : "";
    }

    /** The token saved for the row, read off the JavaFX thread; a refusal in words when there is none. */
    String keychainToken(Optional<SecretKey> key, String what) throws Exception {
        if (key.isEmpty()) {
            throw new Messages.Refusal(what + " needs the dedicated user's Docker ID: resume the onboarding to enter it.");
        }
        try {
            return context.secrets().read(key.get()).orElseThrow(() -> new Messages.Refusal("No token for "
                    + key.get().account() + " is saved in the keychain. Use Rotate token to enter the dedicated "
                    + "user's Read-only token."));
        } catch (SecretStoreException e) {
            throw new Messages.Refusal(what + " needs the token saved in the keychain, but the keychain cannot be "
                    + "used: " + e.getMessage() + ".");
        }
    }

    /** Adds a problem with the saved files, once. */
    public void reportProblem(String message) {
        if (!problems.contains(message)) {
            problems.add(message);
        }
    }

    public ObservableList<ConnectionRow> rows() {
        return rows;
    }

    /** Saved files that could not be used, each in words with where it was put aside. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** True once the first load has finished, successfully or not. */
    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public Optional<ConnectionRow> row(String organization) {
        return rows.stream().filter(r -> r.organization().equals(organization)).findFirst();
    }

    // ---- re-test ----

    /** Reads the saved token from the keychain, runs the connection test with it, and records the new result. */
    public void retest(ConnectionRow row) {
        Optional<SecretKey> key = row.secretKey();
        if (key.isEmpty()) {
            row.say(Tone.WARNING, "Nothing to test yet: the dedicated user's Docker ID is not known. "
                    + "Resume the onboarding to enter it.");
            return;
        }
        if (!row.finished()) { // a keychain entry of an unfinished onboarding may be a leftover of an earlier run
            row.say(Tone.WARNING, "Nothing to test yet: this onboarding is not finished. Resume it; "
                    + "its connection test runs on step 5.");
            return;
        }
        String org = row.organization();
        List<String> expected = row.onboarding().expectedRepositories(); // captured now, on the JavaFX thread
        row.say(Tone.PLAIN, "Testing the connection…");
        run(row, BackgroundTask.withProgress("Re-testing " + org, progress -> {
            Optional<String> token;
            try {
                token = context.secrets().read(key.get());
            } catch (SecretStoreException e) {
                throw new Messages.Refusal("Re-test needs the token saved in the keychain, but the keychain cannot "
                        + "be used: " + e.getMessage() + ".");
            }
            if (token.isEmpty()) {
                throw new Messages.Refusal("No token for " + key.get().account() + " is saved in the keychain. Use "
                        + "Rotate token to enter the dedicated user's Read-only token.");
            }
            // With the owner's list saved on step 1: pull is proven on it and each repository refused is named.
            return context.connectionTest().run(new CheckTarget(org, key.get().dockerId(), token.get(), expected),
                    progress(progress, "Re-testing " + org));
        }).onSuccess(report -> {
            record(row, report);
            row.say(Tone.of(ReportSummary.of(report).verdict()), verdict(report));
        }).onFailure(e -> row.say(Tone.DANGER, Messages.of(e)))
                .onCancelled(() -> row.say(Tone.PLAIN, "Stopped: the re-test did not finish, so no "
                        + "result was recorded.")));
    }

    /** The report into the onboarding, and the onboarding onto disk. */
    void record(ConnectionRow row, Report report) {
        row.onboarding().recordConnectionReport(LastTest.saved(report));
        row.refresh(today());
        save(row);
    }

    /** A rotation: the new token's report and expiry into the onboarding, and one save of both. */
    void record(ConnectionRow row, Report report, LocalDate expiry) {
        row.onboarding().recordConnectionReport(LastTest.saved(report));
        row.onboarding().setTokenExpiry(expiry);
        row.refresh(today());
        save(row);
    }

    static String verdict(Report report) {
        return ReportSummary.of(report).line();
    }

    // ---- the repository list ----

    /**
     * Writes the owner's saved list of private repositories as a {@code check --repositories} file for monitoring
     * scripts (names only, nothing secret). {@code file} null: the chooser was closed.
     */
    public void saveRepositoryList(ConnectionRow row, Path file) {
        if (file == null) {
            return;
        }
        List<String> names = row.onboarding().expectedRepositories();
        String org = row.organization();
        if (names.isEmpty()) {
            row.say(Tone.WARNING, "No repository list was saved for " + org + ": it is read from the "
                    + "owner's sign-in on step 1 (not in manual mode). Write the file by hand: one NAME or " + org
                    + "/NAME a line.");
            return;
        }
        run(row, BackgroundTask.of("Saving the repository list of " + org, () -> {
            RepositoryList.write(file, org, names);
            return file;
        }).onSuccess(f -> row.say(Tone.SUCCESS, "Saved " + names.size() + " repositories to " + f
                + ". Use it with: hub-onboard check --org " + org + " --username " + row.secretKey()
                .map(SecretKey::dockerId).orElse("DOCKER_ID") + " --from-keychain --repositories " + f))
                .onFailure(e -> row.say(Tone.DANGER, "The repository list could not be saved: "
                        + Messages.of(e))));
    }

    // ---- rotation ----

    /** The model of the Rotate token dialog for this row. */
    public RotationModel rotation(ConnectionRow row) {
        return new RotationModel(this, row);
    }

    // ---- remove ----

    /**
     * Removes everything this app keeps for the organization: every keychain entry under it (the current Docker ID's
     * and any an earlier Docker ID left, as the onboarding remembers them), then where its Defender connector was
     * written, then the saved progress; and says exactly what was removed. If the keychain cannot be used nothing
     * else is removed, so no entry is left behind with nothing on screen pointing at it.
     */
    public void remove(ConnectionRow row) {
        String org = row.organization();
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(row.onboarding().keychainDockerIds());
        row.dockerId().ifPresent(ids::add);
        List<SecretKey> keys = ids.stream().map(id -> new SecretKey(org, id)).toList(); // captured now
        AtomicBoolean keychainCalled = new AtomicBoolean();
        run(row, BackgroundTask.of("Removing " + org, () -> {
            List<String> removed = new java.util.ArrayList<>();
            for (SecretKey key : keys) {
                keychainCalled.set(true);
                try {
                    if (context.secrets().read(key).isPresent()) { // only to say what was there; not kept
                        context.secrets().delete(key);
                        removed.add("the token saved in the keychain for " + key.dockerId());
                    }
                } catch (SecretStoreException e) {
                    boolean abandoned = e.kind() == SecretStoreException.Kind.TIMEOUT; // it may still complete
                    throw new Messages.Refusal("Not removed: the keychain cannot be used (" + e.getMessage() + "), "
                            + "so the token saved for " + key.account() + (abandoned ? " may or may not be "
                            + "deleted when it answers" : " could not be deleted") + ". The saved progress is kept; "
                            + "try again when the keychain is available.");
                }
                if (Thread.interrupted()) {
                    throw new java.util.concurrent.CancellationException(); // Stop: the saved progress is kept
                }
            }
            if (context.defender().saved().delete(org)) {
                removed.add("where its Defender connector was written (defender-connectors/" + org + ".json)");
            }
            if (context.writer().delete(org).join()) {
                removed.add("its saved progress (" + context.progress().fileFor(org).getFileName() + ")");
            }
            return removed;
        }).onSuccess(removed -> {
            rows.remove(row);
            notice.set("Removed " + org + " from this computer: " + (removed.isEmpty() ? "nothing was saved for it"
                    : String.join("; ", removed)) + ". The connector in Defender for Cloud and the dedicated user in "
                    + "Docker Hub are unchanged.");
        }).onFailure(e -> row.say(Tone.DANGER, Messages.of(e))).onCancelled(() -> {
            if (keychainCalled.get()) {
                // The keychain call is only abandoned, not undone: it may still delete the token.
                row.say(Tone.WARNING, "Stopped while the keychain was deleting the token for "
                        + org + ": that may have completed. The saved progress is kept; press "
                        + "Remove again to finish removing " + org + ".");
            } else {
                row.say(Tone.PLAIN, "Stopped before anything was deleted.");
            }
        }));
    }

    // ---- practice mode ----

    /** The last practice token created from this screen, shown once for Rotate token; never saved. */
    final javafx.beans.property.StringProperty practiceToken = new javafx.beans.property.SimpleStringProperty("");

    /** Practice mode: the dedicated user (its e-mail verified) creates a Read-only token to rotate with. */
    void createPracticeToken() {
        context.practice().ifPresent(p -> {
            try {
                p.verifyEmail();
                practiceToken.set(p.createToken(dev.hubonboard.sandbox.PracticeHub.Scope.READ));
                notice.set("Practice token created (Read-only); it is shown once. Use it with Rotate token.");
            } catch (IllegalStateException e) {
                notice.set("The practice Hub refused: " + e.getMessage());
            }
        });
    }

    // ---- background work ----

    /** Runs a task for a row (or, with null, the whole screen), the row marked busy until it has finished. */
    <T> TaskHandle run(ConnectionRow row, BackgroundTask<T> task) {
        if (row != null) {
            row.busyProperty().set(true);
            task.onFinished(() -> row.busyProperty().set(false));
        }
        return tasks.run(task);
    }

    /** The home screen is left for the wizard: what it started is cancelled, so none of it lands on a later screen. */
    public void leave() {
        tasks.cancelAll();
    }

    /** Stops everything running; each task says for its row what that means. */
    public void cancel() {
        if (tasks.cancelAll() > 0) {
            notice.set("Stopped.");
        }
    }

    /** Connection-test progress for the activity line. */
    CheckListener progress(BackgroundTask.Progress progress, String what) {
        return new CheckListener() {
            @Override
            public void started(CheckId id) {
                progress.update(() -> tasks.say(what + ": " + id.title() + "…"));
            }

            @Override
            public void waiting(RetryNotice notice) {
                progress.update(() -> tasks.say(what + ": waiting before a retry…"));
            }
        };
    }

    /** The row's onboarding onto disk, through the one ordered writer. */
    void save(ConnectionRow row) {
        context.save(row.onboarding(), notice::set);
    }
}
