package dev.hubonboard.ui.connections;

import dev.hubonboard.onboarding.store.AppMode;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.ui.app.HubOnboardApp;
import javafx.application.Application;
import javafx.scene.control.TextField;
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
 * The whole app started for real use (no --sandbox; headless, and it sends no request before the user acts) while
 * practice mode has a finished and an unfinished onboarding saved: real use neither lists nor resumes them.
 */
class PracticeApartTest {
    private final FxRobot robot = new FxRobot();
    private Application app;
    private Stage stage;
    private Path finished;
    private Path unfinished;

    @BeforeEach
    void start() throws Exception {
        ProgressStore practice = AppMode.PRACTICE.progress();
        finished = practice.fileFor("acme-corp");
        unfinished = practice.fileFor("acme-practice-two");
        practice.save(SavedOnboardings.complete("acme-corp", "acmescanner", LocalDate.now().plusDays(100)));
        practice.save(SavedOnboardings.upTo("acme-practice-two", "acmescanner", Step.INVITE, null));
        FxToolkit.registerPrimaryStage(); // starts the toolkit when this class runs first or alone
        stage = FxToolkit.registerStage(Stage::new);
        app = FxToolkit.setupApplication(HubOnboardApp.class);
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
        Files.deleteIfExists(finished);
        Files.deleteIfExists(unfinished);
    }

    @Test
    void realUseNeitherListsNorResumesPracticeOnboardings() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#steps").tryQuery().isPresent());
        assertThat(robot.lookup("#connections").tryQuery()).as("no Connections home: nothing real is saved").isEmpty();
        assertThat(robot.lookup("#card-acme-corp").tryQuery()).isEmpty();
        assertThat(robot.lookup("#practice-banner").tryQuery()).isEmpty();
        TextField organization = robot.lookup("#organization").queryAs(TextField.class);
        assertThat(organization.getText()).as("a new onboarding, not the practice one resumed").isEmpty();
        assertThat(finished).exists(); // left alone in the practice folder
        assertThat(unfinished).exists();
    }
}
