package dev.hubonboard.ui.connector;

import dev.hubonboard.ui.app.AppContext;
import dev.hubonboard.ui.app.Theme;
import dev.hubonboard.ui.app.UiFixture;
import dev.hubonboard.ui.wizard.Pages;
import dev.hubonboard.ui.wizard.WizardModel;
import dev.hubonboard.ui.wizard.WizardWindow;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.StepState.Status;
import dev.hubonboard.sandbox.PracticeAzure;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.ui.connections.ConnectionsModel;
import dev.hubonboard.ui.connections.ConnectionsView;
import dev.hubonboard.ui.task.TaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's walk in practice mode, headless: the wizard to Finish, "Create the connector in Defender for Cloud…"
 * against the practice Azure, Connections shows when the connector was written, a rotated token, and Defender's
 * connector updated with it when asked.
 */
@ExtendWith(ApplicationExtension.class)
class DefenderWalkTest {
    private PracticeHub hub;
    private Path dir;
    private final MemorySecretStore keychain = new MemorySecretStore();
    private Stage stage;
    private WizardModel wizard;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Theme.LIGHT.apply();
        hub = PracticeHub.start();
        dir = Files.createTempDirectory("hub-onboard-defender");
        context = UiFixture.context(hub, keychain, dir, TaskExecutor.threads());
        wizard = new WizardModel(context);
        stage.setScene(new Scene(new WizardWindow(wizard, Pages.all(wizard), () -> { }).root(), 1000, 800));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(Window::hide)).get(5, TimeUnit.SECONDS);
        wizard.flushSaves();
        context.defender().close();
        hub.close();
    }

    @Test
    void finishCreatesTheConnectorConnectionsShowsItAndRotationUpdatesIt(FxRobot robot) throws Exception {
        // The wizard to Finish, as an administrator does it.
        robot.clickOn("#organization").write(hub.org());
        robot.clickOn("#owner-oat").write(hub.organizationAccessToken());
        robot.clickOn("#invitee-email").write(hub.dedicatedEmail());
        robot.clickOn("#next");
        await(() -> wizard.shownProperty().get() == Step.INVITE && !wizard.busyProperty().get());
        robot.clickOn("#next");
        await(() -> wizard.shownProperty().get() == Step.EMAIL_VERIFICATION);
        hub.verifyEmail();
        hub.acceptInvite();
        robot.clickOn("#check-now");
        await(() -> wizard.shownProperty().get() == Step.TOKEN);
        String token = hub.createToken(PracticeHub.Scope.READ);
        robot.clickOn("#token").write(token);
        robot.clickOn("#next");
        await(() -> wizard.onboarding().state(Step.CONNECTION_TEST).status() == Status.DONE);
        robot.clickOn("#next");
        await(() -> keychain.entries().containsKey(hub.org() + "/" + hub.dedicatedUsername()));

        // Finish: create the connector in the practice Azure.
        fire(robot, "#create-connector");
        await(() -> robot.lookup("#azure-subscription").tryQuery().isPresent()
                && combo(robot, "#azure-subscription").getValue() != null
                && !combo(robot, "#azure-resource-group").getItems().isEmpty());
        robot.interact(() -> {
            ComboBox<dev.hubonboard.azure.ResourceGroup> groups = combo(robot, "#azure-resource-group");
            groups.getItems().stream().filter(g -> g.name().equals(PracticeAzure.RESOURCE_GROUP)).findFirst()
                    .ifPresent(groups::setValue);
        });
        await(() -> !robot.lookup("#azure-check").queryButton().isDisabled());
        robot.clickOn("#azure-check");
        await(() -> !robot.lookup("#azure-write").queryButton().isDisabled());
        assertThat(robot.lookup("#azure-write").queryButton().getText()).isEqualTo("Create");
        assertThat(robot.lookup("#azure-review").queryAs(TextArea.class).getText())
                .contains("\"accessToken\": \"***\"").doesNotContain(token);
        robot.clickOn("#azure-write");
        await(() -> text(robot, "#azure-result").contains("Connector created and read back"));
        assertThat(text(robot, "#azure-result")).contains("confirm Connected");
        assertThat(robot.lookup("#azure-portal").queryAs(Labeled.class).isVisible()).isTrue();
        PracticeAzure azure = context.defender().practiceAzure().orElseThrow();
        assertThat(azure.holdsToken(PracticeAzure.RESOURCE_GROUP, "dockerhub-" + hub.org(), token)).isTrue();
        robot.interact(() -> robot.lookup("#azure-connector").query().getScene().getWindow().hide());

        robot.clickOn("#next"); // Done
        await(() -> wizard.onboarding().isComplete());
        wizard.flushSaves();

        // Connections: the card says when the connector was written.
        ConnectionsModel connections = new ConnectionsModel(context, Clock.systemDefaultZone(), o -> true);
        WaitForAsyncUtils.asyncFx(() -> {
            stage.getScene().setRoot(new ConnectionsView(connections, o -> { }, () -> { }).root());
            connections.load();
        }).get(5, TimeUnit.SECONDS);
        String org = hub.org();
        await(() -> text(robot, "#defender-" + org).contains("last written"));
        assertThat(text(robot, "#defender-" + org)).startsWith("Defender connector dockerhub-" + org + " (rg-security)");

        // Rotate: the new token passes, and Defender's connector is updated only when asked.
        String fresh = hub.createToken(PracticeHub.Scope.READ);
        fire(robot, "#rotate-" + org);
        await(() -> robot.lookup("#rotate-token").tryQuery().isPresent());
        robot.clickOn("#rotate-token").write(fresh);
        robot.clickOn("#rotate-test");
        await(() -> robot.lookup("#rotate-update-defender").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertThat(azure.holdsToken(PracticeAzure.RESOURCE_GROUP, "dockerhub-" + org, fresh)).isFalse();
        robot.clickOn("#rotate-update-defender");
        await(() -> text(robot, "#rotate-outcome").contains("now has the new token"));
        assertThat(azure.holdsToken(PracticeAzure.RESOURCE_GROUP, "dockerhub-" + org, fresh)).isTrue();
        assertThat(azure.connectors()).hasSize(1);

        // Nothing the app wrote holds either token.
        context.writer().flush();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain(token).doesNotContain(fresh)
                        .doesNotContain(azure.accessToken());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private static void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(javafx.scene.control.ButtonBase.class).fire());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQueryAs(Labeled.class).map(Labeled::getText).orElse("");
    }

    private static void await(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            final boolean[] r = new boolean[1];
            WaitForAsyncUtils.asyncFx(() -> r[0] = condition.get()).get();
            return r[0];
        });
    }
}
