package dev.hubonboard.ui.app;

import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.onboarding.Endpoints;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.SecretStore;
import dev.hubonboard.ui.task.TaskExecutor;

import java.nio.file.Path;
import java.util.Optional;

/** An app context over a practice Hub, an in-memory keychain and a progress folder of the test's own. */
public final class UiFixture {
    private UiFixture() {
    }

    public static AppContext context(PracticeHub hub, SecretStore keychain, Path progressDir, TaskExecutor executor) {
        return new AppContext(Endpoints.practice(hub.hubUrl().toString(), hub.registryUrl().toString()),
                HttpTransport.standard(), keychain, new ProgressStore(progressDir), executor, Optional.of(hub));
    }
}
