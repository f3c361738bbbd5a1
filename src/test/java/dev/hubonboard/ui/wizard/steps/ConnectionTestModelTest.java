package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.check.CheckId;
import dev.hubonboard.net.RetryNotice;
import dev.hubonboard.onboarding.Endpoints;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.StepState.Status;
import dev.hubonboard.sandbox.Fault;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.sandbox.PracticeHub.Scope;
import dev.hubonboard.sandbox.Target;
import dev.hubonboard.ui.task.SyncTaskExecutor;
import dev.hubonboard.ui.wizard.steps.ConnectionTestModel.RowState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The connection test step's logic against the practice Hub, without a screen. */
class ConnectionTestModelTest {
    @TempDir
    Path dir;
    StepFixture f;

    @AfterEach
    void tearDown() {
        if (f != null) {
            f.close();
        }
    }

    /** Listener calls run at once: the test's thread plays the UI thread. */
    private ConnectionTestModel model() {
        return new ConnectionTestModel(f.wizard);
    }

    @Test
    void readOnlyTokenIsReadyAndTheStepDoneWithTheReportRecorded() {
        f = new StepFixture(dir, SyncTaskExecutor.immediate());
        String token = f.tokenDone(Scope.READ);
        ConnectionTestModel m = model();
        m.shown(); // runs by itself the first time
        assertThat(m.report.get().ready()).isTrue();
        for (CheckId id : CheckId.values()) {
            assertThat(m.row(id).state()).as(id.id()).isEqualTo(RowState.PASS);
            assertThat(m.row(id).summary()).isNotBlank();
        }
        assertThat(m.summary.get()).startsWith("Ready");
        assertThat(m.canProceed().get()).isTrue();
        assertThat(f.onboarding.state(Step.CONNECTION_TEST).status()).isEqualTo(Status.DONE);
        assertThat(f.onboarding.lastConnectionReport()).isPresent();
        assertThat(f.onboarding.lastConnectionReport().get()).contains("\"ready\" : true").doesNotContain(token);
        assertThat(m.toString()).doesNotContain(token);

        int requests = f.hub.requests().count();
        m.shown(); // shown again with the same token: no second run
        assertThat(f.hub.requests().count()).isEqualTo(requests);
    }

    @Test
    void readWriteTokenFailsReadOnlyWithTheFixAndTheStepFailed() {
        f = new StepFixture(dir, SyncTaskExecutor.immediate());
        f.tokenDone(Scope.WRITE);
        ConnectionTestModel m = model();
        m.shown();
        assertThat(m.report.get().ready()).isFalse();
        assertThat(m.row(CheckId.READ_ONLY).state()).isEqualTo(RowState.FAIL);
        assertThat(m.row(CheckId.READ_ONLY).summary()).contains("can push");
        assertThat(m.row(CheckId.READ_ONLY).remediation()).contains("\"Read-only\"");
        assertThat(m.row(CheckId.PULL).state()).isEqualTo(RowState.PASS);
        assertThat(m.summary.get()).startsWith("Not ready").contains("can push").contains("Re-run");
        assertThat(m.canProceed().get()).isFalse();
        assertThat(f.onboarding.state(Step.CONNECTION_TEST).status()).isEqualTo(Status.FAILED);
        assertThat(f.onboarding.state(Step.CONNECTION_TEST).reason()).contains("can push");
    }

    @Test
    void rerunWithAReadOnlyTokenAfterAFailureMakesTheStepDone() {
        f = new StepFixture(dir, SyncTaskExecutor.immediate());
        f.tokenDone(Scope.WRITE);
        ConnectionTestModel m = model();
        m.shown();
        assertThat(m.canProceed().get()).isFalse();
        f.wizard.session().dedicatedToken(f.hub.createToken(Scope.READ)); // as the token page does after a new paste
        m.run();
        assertThat(m.canProceed().get()).isTrue();
        assertThat(f.onboarding.state(Step.CONNECTION_TEST).status()).isEqualTo(Status.DONE);
    }

    @Test
    void savedReportsInJsonAndMarkdownHoldNoToken() throws Exception {
        f = new StepFixture(dir, SyncTaskExecutor.immediate());
        String token = f.tokenDone(Scope.WRITE);
        ConnectionTestModel m = model();
        m.shown();
        Path json = dir.resolve("report.json");
        Path markdown = dir.resolve("report.md");
        m.saveReport(json);
        assertThat(m.saved.get()).contains("JSON").contains(json.toString());
        m.saveReport(markdown);
        assertThat(m.saved.get()).contains("Markdown");
        String j = Files.readString(json);
        String md = Files.readString(markdown);
        assertThat(j).contains("\"read-only\"").contains("\"fail\"").contains(f.hub.dedicatedUsername());
        assertThat(md).startsWith("# Connection test").contains("| read-only | fail |");
        assertThat(j).doesNotContain(token).doesNotContain(token.substring("dckr_pat_".length()));
        assertThat(md).doesNotContain(token).doesNotContain(token.substring("dckr_pat_".length()));
    }

    @Test
    void missingTokenAfterARestartSendsTheUserBackToTheTokenStep() {
        f = new StepFixture(dir, SyncTaskExecutor.immediate());
        f.tokenDone(Scope.READ);
        f.wizard.session().dedicatedToken(null); // as after a restart: the token lives in memory only
        ConnectionTestModel m = model();
        m.shown();
        assertThat(m.tokenMissing.get()).isTrue();
        assertThat(m.summary.get()).contains("no longer in memory").contains("token step");
        assertThat(f.onboarding.state(Step.TOKEN).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(f.hub.requests().count()).isZero();
        m.enterTokenAgain();
        assertThat(f.wizard.shownProperty().get()).isEqualTo(Step.TOKEN);
    }

    @Test
    void retryWaitsAreShownInWords() {
        f = new StepFixture(dir, SyncTaskExecutor.immediate());
        f.tokenDone(Scope.READ);
        f.hub.faults().next(Target.HUB, "/v2/namespaces", 1, Fault.status429RetryAfter(12));
        ConnectionTestModel m = model();
        java.util.List<String> shown = new java.util.ArrayList<>();
        m.waiting.addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                shown.add(b);
            }
        });
        m.shown();
        assertThat(shown).singleElement().asString().startsWith("Waiting 12 s: ").contains("rate-limited");
        assertThat(m.waiting.get()).isEmpty(); // cleared when the test went on
        assertThat(m.report.get().ready()).isTrue();
        assertThat(ConnectionTestModel.waitingText(new RetryNotice("server error 503", Duration.ofMillis(1500), 2)))
                .isEqualTo("Waiting 2 s: server error 503 (retry 2)");
    }

    @Test
    void unreachableDockerHubIsExplainedAndReRunAllowed() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String nowhere = "http://127.0.0.1:" + closed;
        f = new StepFixture(dir, SyncTaskExecutor.immediate(),
                PracticeHub.builder().emailVerified(true).inviteAccepted(true).start(),
                Endpoints.practice(nowhere, nowhere));
        f.tokenDone(Scope.READ);
        ConnectionTestModel m = model();
        m.shown();
        assertThat(m.report.get().unreachable()).isTrue();
        assertThat(m.summary.get()).contains("could not be reached").contains("Re-run");
        assertThat(m.row(CheckId.CREDENTIALS).state()).isEqualTo(RowState.FAIL);
        assertThat(m.row(CheckId.CREDENTIALS).remediation()).contains("network");
        assertThat(m.row(CheckId.READ_ONLY).state()).isEqualTo(RowState.SKIP);
        assertThat(f.onboarding.state(Step.CONNECTION_TEST).status()).isEqualTo(Status.FAILED);
        assertThat(m.canProceed().get()).isFalse();
        m.run(); // Re-run is allowed
        assertThat(m.report.get().unreachable()).isTrue();
    }
}
