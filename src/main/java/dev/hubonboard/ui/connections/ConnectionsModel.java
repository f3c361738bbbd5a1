package dev.hubonboard.ui.connections;

import dev.hubonboard.check.ReportFormat;
import dev.hubonboard.check.CheckId;
import dev.hubonboard.check.CheckListener;
import dev.hubonboard.check.CheckTarget;
import dev.hubonboard.check.Report;
import dev.hubonboard.onboarding.LoadProblem;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.ProgressStore;
import dev.hubonboard.onboarding.ProgressStoreException;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.secrets.SecretStoreException;
import dev.hubonboard.ui.AppContext;
import dev.hubonboard.ui.Background;
import dev.hubonboard.ui.FxThread;
import dev.hubonboard.ui.Work;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The Connections screen's view-model: the saved organizations, their health, and the actions on them. Everything
 * slow (the saved files, the keychain, the connection test) runs through {@link Background}, counted in
 * {@link #busyProperty()} and stopped by {@link #cancel()}. Call it from the JavaFX thread (or, in tests, one thread
 * with {@link Background#direct()}).
 */
public final class ConnectionsModel {
    private final AppContext context;
    private final Clock clock;
    private final Predicate<Onboarding> shown;
    private final ObservableList<ConnectionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final Work work;
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    /** The row each running job is for, to mark it busy meanwhile. */
    private final Map<Work.Job, ConnectionRow> rowsAtWork = new LinkedHashMap<>();

    /**
     * @param shown which saved onboardings belong on this screen (practice runs list only the practice
     *              organization, see HubOnboardApp)
     */
    public ConnectionsModel(AppContext context, Clock clock, Predicate<Onboarding> shown) {
        this.context = context;
        this.clock = clock;
        this.shown = shown;
        this.work = new Work(context.background());
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
        run(Optional.empty(), "Reading saved onboardings", () -> context.progress().list(), this::show, e -> {
            reportProblem("Saved onboardings could not be read: " + message(e));
            loaded.set(true);
        });
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
            row.say(ConnectionRow.Tone.WARNING, "Nothing to test yet: the dedicated user's Docker ID is not known. "
                    + "Resume the onboarding to enter it.");
            return;
        }
        String org = row.organization();
        row.say(ConnectionRow.Tone.INFO, "Testing the connection…");
        run(Optional.of(row), "Re-testing " + org, () -> {
            Optional<String> token;
            try {
                token = context.secrets().read(key.get());
            } catch (SecretStoreException e) {
                throw new Refusal("Re-test needs the token saved in the keychain, but the keychain cannot be used: "
                        + e.getMessage() + ". Rotate token lets you test a pasted token instead.");
            }
            if (token.isEmpty()) {
                throw new Refusal("No token for " + key.get().account() + " is saved in the keychain. Use Rotate "
                        + "token to enter the dedicated user's Read-only token.");
            }
            return context.connectionTest().run(new CheckTarget(org, key.get().dockerId(), token.get()),
                    progress("Re-testing " + org));
        }, report -> {
            record(row, report);
            row.say(report.ready() ? ConnectionRow.Tone.SUCCESS : ConnectionRow.Tone.ERROR, verdict(report));
        }, e -> row.say(ConnectionRow.Tone.ERROR, message(e)));
    }

    /** The report into the onboarding, and the onboarding onto disk. */
    void record(ConnectionRow row, Report report) {
        row.onboarding().recordConnectionReport(ReportFormat.savedJson(report));
        row.refresh(today());
        save(row);
    }

    static String verdict(Report report) {
        if (report.unreachable()) {
            return "Docker Hub could not be reached"
                    + report.checks().stream().filter(c -> c.status() == dev.hubonboard.check.Outcome.FAIL)
                    .findFirst().map(c -> ": " + c.summary()).orElse(".");
        }
        if (report.ready()) {
            return "Ready: the token pulls every private repository and cannot push.";
        }
        return report.checks().stream().filter(c -> c.status() == dev.hubonboard.check.Outcome.FAIL).findFirst()
                .map(c -> "Not ready: " + c.summary() + (c.remediation().isEmpty() ? "" : " " + c.remediation()))
                .orElse("Not ready.");
    }

    // ---- rotation ----

    /** The model of the Rotate token dialog for this row. */
    public RotationModel rotation(ConnectionRow row) {
        return new RotationModel(this, row);
    }

    // ---- remove ----

    /**
     * Deletes the keychain entry, then the saved progress. If the keychain cannot be used the saved progress is
     * kept, so the entry is not left behind with nothing on screen pointing at it.
     */
    public void remove(ConnectionRow row) {
        String org = row.organization();
        Optional<SecretKey> key = row.secretKey();
        run(Optional.of(row), "Removing " + org, () -> {
            if (key.isPresent()) {
                try {
                    context.secrets().delete(key.get());
                } catch (SecretStoreException e) {
                    throw new Refusal("Not removed: the keychain cannot be used (" + e.getMessage() + "), so the "
                            + "token saved for " + key.get().account() + " could not be deleted. The saved progress "
                            + "is kept; try again when the keychain is available.");
                }
            }
            context.progress().delete(org);
            return org;
        }, done -> {
            rows.remove(row);
            notice.set("Removed " + org + ": its saved token and progress are deleted from this computer. The "
                    + "connector in Defender for Cloud and the dedicated user in Docker Hub are unchanged.");
        }, e -> row.say(ConnectionRow.Tone.ERROR, message(e)));
    }

    // ---- background work ----

    /**
     * Runs work for a row (or the whole screen) off the JavaFX thread, with the row marked busy meanwhile. The row
     * is idle again before it hears the outcome, so the outcome may start the row's next piece of work.
     */
    <T> Work.Job run(Optional<ConnectionRow> row, String what, Callable<T> job, Consumer<T> done,
                     Consumer<Throwable> failed) {
        row.ifPresent(r -> r.busyProperty().set(true));
        Work.Job[] started = new Work.Job[1];
        Runnable idle = () -> row.ifPresent(r -> {
            if (started[0] == null || rowsAtWork.remove(started[0]) != null) {
                r.busyProperty().set(false);
            }
        });
        started[0] = work.start(what, job, value -> {
            idle.run();
            done.accept(value);
        }, error -> {
            idle.run();
            failed.accept(error);
        }, false);
        if (!started[0].isEnded()) {
            row.ifPresent(r -> rowsAtWork.put(started[0], r)); // a direct Background (tests) has already called back
        }
        return started[0];
    }

    /** Stops everything running. A stopped re-test records nothing; a stopped rotation keeps the old token. */
    public void cancel() {
        for (Work.Job j : work.cancelAll()) {
            ConnectionRow r = rowsAtWork.remove(j);
            if (r != null) {
                r.busyProperty().set(false);
                r.say(ConnectionRow.Tone.INFO, "Stopped. Nothing was changed.");
            }
        }
        notice.set("Stopped.");
    }

    /** Stops one piece of work from elsewhere (the rotation dialog's own Stop). */
    void cancel(Work.Job j) {
        j.cancel();
        ConnectionRow r = rowsAtWork.remove(j);
        if (r != null) {
            r.busyProperty().set(false);
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    public StringProperty activityProperty() {
        return work.activityProperty();
    }

    /** One line about the whole screen: what was removed, what could not be saved. */
    public StringProperty noticeProperty() {
        return notice;
    }

    /** Connection-test progress for the activity line; called on the test's thread. */
    CheckListener progress(String what) {
        return new CheckListener() {
            @Override
            public void started(CheckId id) {
                FxThread.run(() -> work.activityProperty().set(what + ": " + id.title() + "…"));
            }

            @Override
            public void waiting(dev.hubonboard.net.RetryNotice notice) {
                FxThread.run(() -> work.activityProperty().set(what + ": waiting before a retry…"));
            }
        };
    }

    void save(ConnectionRow row) {
        ProgressStore.Snapshot snapshot = ProgressStore.snapshot(row.onboarding());
        context.background().run("Saving " + row.organization(), () -> context.progress().save(snapshot),
                problem -> problem.ifPresent(p -> notice.set(p.message())),
                e -> notice.set("The result for " + row.organization() + " could not be saved: " + message(e)));
    }

    /** A refusal whose message is already written for the user. */
    static final class Refusal extends Exception {
        Refusal(String message) {
            super(message, null, false, false);
        }
    }

    static String message(Throwable e) {
        if (e instanceof CancellationException) {
            return "Stopped. Nothing was changed.";
        }
        if (e instanceof ProgressStoreException p) {
            return p.problem().map(LoadProblem::message).orElse(p.getMessage());
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

}
