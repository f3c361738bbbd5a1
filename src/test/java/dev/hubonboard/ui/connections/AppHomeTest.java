package dev.hubonboard.ui.connections;

import dev.hubonboard.onboarding.store.AppMode;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.ui.app.HubOnboardApp;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole app in practice mode (headless): with a finished practice onboarding saved, Connections is the home
 * screen; New onboarding switches to the wizard and its Close comes back. The progress folder is practice mode's, under
 * the one Surefire points XDG_CONFIG_HOME at (target/test-config), emptied of what this test saved afterwards.
 */
class AppHomeTest {
    private final FxRobot robot = new FxRobot();
    private Application app;
    private Stage stage;
    private Path saved;

    @BeforeEach
    void start() throws Exception {
        ProgressStore store = AppMode.PRACTICE.progress(); // practice mode's own folder
        saved = store.fileFor("acme-corp"); // the practice Hub's organization
        Files.deleteIfExists(saved);
        Files.deleteIfExists(AppMode.PRACTICE.practiceHubFile()); // a fresh practice Hub, not an earlier run's
        store.save(SavedOnboardings.complete("acme-corp", "acmescanner", LocalDate.now().plusDays(100)));
        // A stage of its own: the app restores its saved placement onto the stage it gets, which must not carry
        // over to the primary stage other UI tests reuse.
        FxToolkit.registerPrimaryStage(); // starts the toolkit when this class runs first or alone
        stage = FxToolkit.registerStage(Stage::new);
        app = FxToolkit.setupApplication(HubOnboardApp.class, "--sandbox");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        robot.interact(() -> {
            stage.setOnHidden(null); // closing would save this test's window placement into the user's preferences
            stage.close();
        });
        FxToolkit.registerPrimaryStage();
        Files.deleteIfExists(saved);
        Files.deleteIfExists(AppMode.PRACTICE.practiceHubFile());
    }

    @Test
    void connectionsIsHomeAndTheWizardComesBackToIt() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#card-acme-corp").tryQuery().isPresent());
        assertThat(robot.lookup("#practice-banner").tryQuery()).isPresent();
        robot.clickOn("#new-onboarding");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#steps").tryQuery()).isPresent();
        assertThat(robot.lookup("#connections").tryQuery()).isEmpty();
        robot.clickOn("#cancel"); // "Close" while nothing runs
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#card-acme-corp").tryQuery().isPresent());
        assertThat(robot.lookup("#steps").tryQuery()).isEmpty();
    }
}
