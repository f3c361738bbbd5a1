package dev.hubonboard.ui.app;

import dev.hubonboard.onboarding.store.AppMode;
import dev.hubonboard.onboarding.store.ConfigDirectory;
import dev.hubonboard.onboarding.store.FrontDoor;
import dev.hubonboard.onboarding.store.InstanceLock;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, item 7: while one app holds practice mode's folder, a second app (headless) raises the first (when it
 * answers at its front door) or says it is open, and ends; it opens neither Connections nor the wizard: never two
 * writers. The folder is under the one Surefire points
 * XDG_CONFIG_HOME at (target/test-config).
 */
class SecondAppTest {
    private final FxRobot robot = new FxRobot();
    private final AtomicInteger ended = new AtomicInteger();
    private InstanceLock first;
    private Application second;
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        first = InstanceLock.tryTake(AppMode.PRACTICE.folder(ConfigDirectory.forThisUser())).orElseThrow();
        HubOnboardApp.afterRefusal = ended::incrementAndGet;
        stage = FxToolkit.registerStage(Stage::new);
        second = FxToolkit.setupApplication(HubOnboardApp.class, "--sandbox");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(second);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane p && "already-open".equals(p.getId())).toList()
                .forEach(Window::hide));
        robot.interact(stage::close);
        HubOnboardApp.afterRefusal = javafx.application.Platform::exit;
        first.close();
        FxToolkit.registerPrimaryStage();
    }

    /** The first app answers at its front door: the second raises it and ends without a dialog of its own. */
    @Test
    void aSecondAppBringsTheFirstToTheFrontAndEndsQuietly() throws Exception {
        FxToolkit.cleanupApplication(second); // the one started before the door was open
        robot.interact(() -> Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane).toList().forEach(Window::hide));
        ended.set(0);
        AtomicInteger raised = new AtomicInteger();
        try (FrontDoor door = FrontDoor.open(first)) {
            Thread.ofPlatform().daemon().start(() -> door.serve(raised::incrementAndGet));

            second = FxToolkit.setupApplication(HubOnboardApp.class, "--sandbox");
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(raised).as("the first app was asked to come to the front").hasValue(1);
            assertThat(ended).as("the second app ended").hasValue(1);
            assertThat(robot.lookup("#already-open").tryQuery()).as("no dialog").isEmpty();
            assertThat(robot.lookup("#connections").tryQuery()).as("no Connections").isEmpty();
        }
    }

    @Test
    void aSecondAppSaysTheFirstIsOpenAndEnds() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#already-open").tryQuery().isPresent());
        DialogPane says = robot.lookup("#already-open").queryAs(DialogPane.class);
        assertThat(says.getContentText()).startsWith(HubOnboardApp.ALREADY_OPEN).endsWith("(practice mode).");
        assertThat(robot.lookup("#connections").tryQuery()).as("no Connections").isEmpty();
        assertThat(robot.lookup("#steps").tryQuery()).as("no wizard").isEmpty();
        assertThat(stage.isShowing()).isFalse();
        robot.interact(() -> ((javafx.scene.control.Button) says.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        assertThat(ended).as("OK ends the app").hasValue(1);
    }
}
