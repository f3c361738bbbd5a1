package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.check.CheckId;
import dev.hubonboard.sandbox.PracticeHub.Scope;
import dev.hubonboard.sandbox.Target;
import dev.hubonboard.ui.wizard.steps.ConnectionTestModel.RowState;
import dev.hubonboard.ui.task.SyncTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Step 5 with and without the owner's list (issue 11), without a screen. */
class ExpectedRepositoriesModelTest {
    @TempDir
    Path dir;
    StepFixture f;

    @AfterEach
    void tearDown() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void theOwnersListIsProvenAndARepositoryThatCannotBePulledIsNamed() {
        f = new StepFixture(dir, SyncTaskExecutor.immediate());
        f.onboarding.setExpectedRepositories(List.of("billing-api", "web", "legacy-payments"));
        f.tokenDone(Scope.READ);
        ConnectionTestModel m = new ConnectionTestModel(f.wizard);
        m.shown();
        assertThat(m.report.get().ready()).isFalse();
        assertThat(m.row(CheckId.PULL).state()).isEqualTo(RowState.FAIL);
        assertThat(m.row(CheckId.PULL).summary()).contains("acme-corp/legacy-payments");
        assertThat(m.repositories.get()).isEqualTo("Cannot be pulled with this token: acme-corp/legacy-payments.");
        assertThat(f.hub.requests().entries(Target.AUTH)).anyMatch(l -> URLDecoder.decode(l, StandardCharsets.UTF_8)
                .contains("repository:acme-corp/legacy-payments:pull"));
    }

    @Test
    void withoutAnOwnerListTheOwnerIsAskedToCompareTheTokensCount() {
        f = new StepFixture(dir, SyncTaskExecutor.immediate()); // manual mode: no owner list
        f.tokenDone(Scope.READ);
        ConnectionTestModel m = new ConnectionTestModel(f.wizard);
        m.shown();
        assertThat(m.report.get().ready()).isTrue();
        assertThat(m.repositories.get()).startsWith("The token sees 3 private repositories of acme-corp")
                .contains("Compare").contains("https://hub.docker.com/repositories/acme-corp");
    }

    @Test
    void publicRepoReadOnlyWithTheListNamesEveryRepository() {
        f = new StepFixture(dir, SyncTaskExecutor.immediate());
        f.onboarding.setExpectedRepositories(List.of("billing-api", "web", "worker"));
        f.tokenDone(Scope.PUBLIC_READ);
        ConnectionTestModel m = new ConnectionTestModel(f.wizard);
        m.shown();
        assertThat(m.report.get().ready()).isFalse();
        assertThat(m.repositories.get()).contains("acme-corp/billing-api").contains("acme-corp/web")
                .contains("acme-corp/worker");
        assertThat(m.summary.get()).startsWith("Not ready");
        assertThat(m.row(CheckId.REPOSITORIES).remediation() + m.row(CheckId.PULL).remediation())
                .contains("Public Repo Read-only");
    }
}
