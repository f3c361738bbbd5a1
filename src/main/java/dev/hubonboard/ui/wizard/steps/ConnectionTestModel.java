package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.check.CheckId;
import dev.hubonboard.check.CheckListener;
import dev.hubonboard.check.CheckResult;
import dev.hubonboard.check.CheckTarget;
import dev.hubonboard.check.Outcome;
import dev.hubonboard.check.Report;
import dev.hubonboard.check.ReportFormat;
import dev.hubonboard.net.RetryNotice;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.StepState;
import dev.hubonboard.ui.kit.Messages;
import dev.hubonboard.check.ReportSummary;
import dev.hubonboard.ui.wizard.BasicStepModel;
import dev.hubonboard.ui.wizard.WizardModel;
import dev.hubonboard.ui.task.BackgroundTask;
import dev.hubonboard.ui.task.TaskHandle;
import dev.hubonboard.onboarding.LastTest;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The connection test step: runs the same checks as the `check` command with the dedicated user's token, row by
 * row as they go, and settles the step from the report. Next is possible only after a ready report.
 */
public final class ConnectionTestModel extends BasicStepModel {

    /** Where one check's row stands; the word is shown next to the icon, so the colour is never the only sign. */
    public enum RowState {
        WAITING("Waiting", "○"), RUNNING("Running", "◐"), PASS("Passed", "✓"), WARN("Warning", "!"),
        FAIL("Failed", "✕"), SKIP("Skipped", "↷"), NOT_RUN("Not run", "–");

        private final String word;
        private final String glyph;

        RowState(String word, String glyph) {
            this.word = word;
            this.glyph = glyph;
        }

        public String word() {
            return word;
        }

        public String glyph() {
            return glyph;
        }

        static RowState of(Outcome o) {
            return switch (o) {
                case PASS -> PASS;
                case WARN -> WARN;
                case FAIL -> FAIL;
                case SKIP -> SKIP;
            };
        }
    }

    /** One check as the page shows it. */
    public static final class Row {
        final CheckId id;
        final ObjectProperty<RowState> state = new SimpleObjectProperty<>(RowState.WAITING);
        final StringProperty summary = new SimpleStringProperty("");
        final StringProperty remediation = new SimpleStringProperty("");

        Row(CheckId id) {
            this.id = id;
        }

        void reset() {
            state.set(RowState.WAITING);
            summary.set("");
            remediation.set("");
        }

        void show(CheckResult r) {
            state.set(RowState.of(r.status()));
            summary.set(r.summary());
            remediation.set(r.remediation());
        }

        public CheckId id() {
            return id;
        }

        public RowState state() {
            return state.get();
        }

        public String summary() {
            return summary.get();
        }

        public String remediation() {
            return remediation.get();
        }
    }

    final ObservableList<Row> rows = FXCollections.observableArrayList();
    /** The overall result in words. */
    final StringProperty summary = new SimpleStringProperty("");
    /** A retry wait in progress ("Waiting 12 s: rate-limited …"), "" otherwise. */
    final StringProperty waiting = new SimpleStringProperty("");
    /** True while a test runs: follows the running task's handle. */
    final BooleanProperty running = new SimpleBooleanProperty(false);
    /** The test ran and the token is the problem (not the network): the fix is a new token on step 4. */
    final BooleanProperty needsNewToken = new SimpleBooleanProperty(false);
    /** The token is not in memory (the app was restarted): it must be entered again on the token step. */
    final BooleanProperty tokenMissing = new SimpleBooleanProperty(false);
    final ObjectProperty<Report> report = new SimpleObjectProperty<>();
    /**
     * The repositories in the owner's words: those the token cannot pull, named; in manual mode (no owner list) the
     * token's private count to compare with Docker Hub's. "" while nothing is to be said.
     */
    final StringProperty repositories = new SimpleStringProperty("");
    /** What happened to the last "Save report…", in words. */
    final StringProperty saved = new SimpleStringProperty("");
    private final WizardModel wizard;
    private TaskHandle test = TaskHandle.NONE;
    private Tested tested; // what the shown report (or the run in progress) is about; never the token itself

    /** The target without its token: the token's version in the session stands for it. */
    private record Tested(String org, String username, int tokenVersion, List<String> expected) {
    }

    private Tested about(CheckTarget t) {
        return new Tested(t.org(), t.username(), wizard.session().tokenVersion(), t.expected());
    }

    public ConnectionTestModel(WizardModel wizard) {
        super(wizard, Step.CONNECTION_TEST);
        this.wizard = wizard;
        for (CheckId id : CheckId.values()) {
            rows.add(new Row(id));
        }
        ready(ready(), Bindings.createStringBinding(() -> tokenMissing.get() ? "Next: enter the token again on step 4."
                        : report.get() == null ? "Next: the connection test has to finish first."
                        : "Next: the connection test has to pass.", tokenMissing, report));
    }

    /** Next: the step was completed by a ready report; Next is disabled otherwise. */
    @Override
    public void proceed(Runnable advance) {
        advance.run();
    }

    @Override
    public void dispose() {
        test.cancel();
    }

    public Row row(CheckId id) {
        return rows.get(id.ordinal());
    }

    private BooleanBinding ready() {
        return Bindings.createBooleanBinding(() -> !running.get() && report.get() != null && report.get().ready()
                && wizard.onboarding() != null && wizard.onboarding().state(Step.CONNECTION_TEST).isSettled(),
                running, report, wizard.revisionProperty(), wizard.onboardingProperty());
    }

    /**
     * The page is shown: without a token, say so and reopen the token step; otherwise run the test unless the shown
     * report is already about this Docker ID and token.
     */
    void shown() {
        Onboarding o = wizard.onboarding();
        if (o == null || test.isRunning()) {
            return;
        }
        if (wizard.session().dedicatedToken().isEmpty() || o.dedicatedDockerId().isEmpty()) {
            tokenMissing.set(true);
            report.set(null);
            rows.forEach(Row::reset);
            summary.set("The access token is no longer in memory (the wizard keeps it only while it is open, and "
                    + "it was restarted). Go back to the token step and paste the token again; the test then runs.");
            o.reopen(Step.TOKEN);
            return;
        }
        tokenMissing.set(false);
        if (report.get() == null || !about(target()).equals(tested) || !o.state(Step.CONNECTION_TEST).isSettled()
                && o.state(Step.CONNECTION_TEST).status() != StepState.Status.FAILED) {
            run();
        }
    }

    private CheckTarget target() {
        Onboarding o = wizard.onboarding();
        // The owner's list saved on step 1: pull is proven on it together with what the token sees.
        return new CheckTarget(o.organization(), o.dedicatedDockerId().orElseThrow(),
                wizard.session().dedicatedToken().orElseThrow(), o.expectedRepositories());
    }

    /** Runs (or re-runs) the test in the background; the Stop button cancels it. */
    void run() {
        Onboarding o = wizard.onboarding();
        if (o == null || test.isRunning()) {
            return;
        }
        if (wizard.session().dedicatedToken().isEmpty() || o.dedicatedDockerId().isEmpty()) {
            shown();
            return;
        }
        try {
            if (o.state(Step.CONNECTION_TEST).isSettled()) {
                o.reopen(Step.CONNECTION_TEST); // a new test decides again, and Finish waits for it
            }
            o.start(Step.CONNECTION_TEST);
        } catch (IllegalStateException e) {
            summary.set(Messages.of(e));
            return;
        }
        CheckTarget target = target(); // captured now: the token and Docker ID this run tests
        tested = about(target);
        rows.forEach(Row::reset);
        report.set(null);
        repositories.set("");
        needsNewToken.set(false);
        saved.set("");
        waiting.set("");
        summary.set("Testing the connection as " + target.username() + "…");
        test = wizard.tasks().run(BackgroundTask.withProgress("Testing the connection",
                        progress -> wizard.context().connectionTest().run(target, new CheckListener() {
                            @Override
                            public void started(CheckId id) {
                                progress.update(() -> {
                                    waiting.set("");
                                    row(id).state.set(RowState.RUNNING);
                                });
                            }

                            @Override
                            public void finished(CheckResult result) {
                                progress.update(() -> {
                                    waiting.set("");
                                    row(result.id()).show(result);
                                });
                            }

                            @Override
                            public void waiting(RetryNotice notice) {
                                // the transport tells only waits worth telling (RetryNotice.worthTelling)
                                progress.update(() -> waiting.set(waitingText(notice)));
                            }
                        }))
                .onSuccess(this::finished)
                .onFailure(this::failed)
                .onCancelled(this::stopped));
        running.bind(test.runningProperty());
    }

    /** Names what cannot be pulled; without an owner list, asks the owner to compare the token's count. */
    static String repositoryWords(Report r, Onboarding o) {
        List<String> denied = dev.hubonboard.onboarding.TokenView.notPullable(r);
        String cannot = denied.isEmpty() ? "" : "Cannot be pulled with this token: "
                + String.join(", ", denied.subList(0, Math.min(20, denied.size())))
                + (denied.size() > 20 ? " and " + (denied.size() - 20) + " more" : "") + ".";
        if (o.expectedRepositories().isEmpty()) {
            String compare = dev.hubonboard.onboarding.TokenView.compareWithDockerHub(r);
            return cannot.isEmpty() ? compare : cannot + " " + compare;
        }
        return cannot;
    }

    static String waitingText(RetryNotice n) {
        long s = Math.max(1, (n.delay().toMillis() + 999) / 1000);
        return "Waiting " + s + " s: " + n.reason() + " (retry " + n.attempt() + ")";
    }

    private void finished(Report r) {
        waiting.set("");
        for (Row row : rows) {
            r.check(row.id).ifPresentOrElse(row::show, () -> row.state.set(RowState.NOT_RUN));
        }
        report.set(r);
        Onboarding o = wizard.onboarding();
        repositories.set(repositoryWords(r, o));
        o.recordConnectionReport(LastTest.saved(r));
        ReportSummary sum = ReportSummary.of(r);
        boolean inProgress = o.state(Step.CONNECTION_TEST).status() == StepState.Status.IN_PROGRESS;
        switch (sum.verdict()) {
            case READY -> {
                long w = sum.warnings();
                summary.set("Ready: Defender for Cloud can read every private repository of " + r.org() + " as "
                        + r.username() + ", and the token cannot push."
                        + (w == 0 ? "" : " Read the " + (w == 1 ? "warning" : w + " warnings") + " above.")
                        + " Press Next.");
                if (inProgress) {
                    o.complete(Step.CONNECTION_TEST);
                }
            }
            case UNREACHABLE -> {
                summary.set("Docker Hub could not be reached, so nothing was tested. Check the network connection "
                        + "and proxy settings, then press Re-run.");
                if (inProgress) {
                    o.fail(Step.CONNECTION_TEST, "Docker Hub could not be reached"
                            + sum.firstFailure().map(c -> ": " + c.summary()).orElse("."));
                }
            }
            case NOT_READY -> {
                needsNewToken.set(true);
                summary.set("Not ready: " + sum.failure("a check failed.") + " If the fix is a new token, press "
                        + "Enter a new token (step 4); if it was fixed in Docker Hub, press Re-run.");
                if (inProgress) {
                    o.fail(Step.CONNECTION_TEST, sum.failure("A check failed."));
                }
            }
        }
    }

    private void failed(Throwable e) {
        waiting.set("");
        rows.stream().filter(r -> r.state.get() == RowState.WAITING || r.state.get() == RowState.RUNNING)
                .forEach(r -> r.state.set(RowState.NOT_RUN));
        String why = Messages.of(e);
        summary.set("The test stopped: " + why + " Press Re-run to try again.");
        Onboarding o = wizard.onboarding();
        if (o.state(Step.CONNECTION_TEST).status() == StepState.Status.IN_PROGRESS) {
            o.fail(Step.CONNECTION_TEST, why);
        }
    }

    /** The Stop button: the rows not reached say so, the step stays open until a test completes. */
    private void stopped() {
        waiting.set("");
        rows.stream().filter(r -> r.state.get() == RowState.WAITING || r.state.get() == RowState.RUNNING)
                .forEach(r -> r.state.set(RowState.NOT_RUN));
        summary.set("Stopped before the test finished. Press Re-run to test again.");
    }

    /** The formats "Save report…" offers. */
    enum Format {
        JSON("JSON", "*.json"), MARKDOWN("Markdown", "*.md");

        final String label;
        final String glob;

        Format(String label, String glob) {
            this.label = label;
            this.glob = glob;
        }

        static Format forFile(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".md") || name.endsWith(".markdown") ? MARKDOWN : JSON;
        }

        String render(Report r) {
            return this == MARKDOWN ? ReportFormat.markdown(r) : LastTest.saved(r); // JSON with its time
        }
    }

    /** "connection-test-acme-corp-20261130-1423.json": which organization, and when it was tested. */
    String suggestedFileName() {
        Report r = report.get();
        java.time.ZonedDateTime when = (r == null ? java.time.Instant.now() : r.finishedAt())
                .atZone(java.time.ZoneId.systemDefault());
        return "connection-test-" + (r == null ? "report" : r.org()) + "-"
                + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").format(when) + ".json";
    }

    /** Writes the shown report (Markdown for .md files, JSON otherwise) in the background. No token is in it. */
    void saveReport(Path file) {
        Report r = report.get();
        if (r == null || file == null) {
            return;
        }
        Format format = Format.forFile(file);
        String text = format.render(r);
        wizard.run(BackgroundTask.of("Saving the report", () -> {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        }).onSuccess(f -> saved.set("Report saved as " + format.label + " to " + f + "."))
                .onFailure(e -> saved.set("The report could not be saved to " + file + ": "
                        + (e instanceof IOException io ? io.getClass().getSimpleName()
                        + (io.getMessage() == null ? "" : " (" + io.getMessage() + ")") : Messages.of(e)))));
    }

    /** A new token: the old one is forgotten, step 4 is open again (and the test after it), and shown. */
    void enterNewToken() {
        wizard.session().forgetToken();
        enterTokenAgain();
    }

    /** Back to the token step, when the token has to be entered again. */
    void enterTokenAgain() {
        Onboarding o = wizard.onboarding();
        if (o != null) {
            o.reopen(Step.TOKEN);
        }
        wizard.shownProperty().set(Step.TOKEN);
    }

    @Override
    public String toString() {
        return "ConnectionTestModel[running=" + running.get() + ", tested=" + tested + "]";
    }
}
