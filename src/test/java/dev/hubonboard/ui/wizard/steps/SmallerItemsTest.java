package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.SecretStore;
import dev.hubonboard.ui.task.SyncTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14, item 11 and the smaller items: quiet retries, reports that say when, keychain words without "))". */
class SmallerItemsTest {
    @TempDir
    Path dir;
    StepFixture f;

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void aSavedReportIsNamedForItsOrganizationAndTimeAndCarriesTheTime() throws Exception {
        f = new StepFixture(dir, SyncTaskExecutor.immediate());
        f.tokenDone(PracticeHub.Scope.READ);
        ConnectionTestModel m = new ConnectionTestModel(f.wizard);
        m.shown();
        assertThat(m.suggestedFileName()).matches("connection-test-" + f.hub.org() + "-\\d{8}-\\d{4}\\.json");
        Path file = dir.resolve(m.suggestedFileName());
        m.saveReport(file);
        assertThat(Files.readString(file)).contains("\"finishedAt\"").contains("\"ready\" : true");
    }

    @Test
    void aKeychainReasonEndingInABracketIsNotBracketedAgain() {
        f = new StepFixture(dir, SyncTaskExecutor.immediate());
        f.testDone();
        var c = f.wizard.context();
        SecretStore none = new dev.hubonboard.secrets.MemorySecretStore()
                .unavailable("no keychain (Windows Credential Manager)");
        var w = new dev.hubonboard.ui.wizard.WizardModel(new dev.hubonboard.ui.app.AppContext(c.places(), c.transports(), none,
                c.writer(), c.executor(), c.session(), c.practice()));
        w.use(f.onboarding);
        FinishModel m = new FinishModel(w);
        m.shown();
        assertThat(m.keychainText.get()).contains("(Windows Credential Manager).").doesNotContain("))");
    }
}
