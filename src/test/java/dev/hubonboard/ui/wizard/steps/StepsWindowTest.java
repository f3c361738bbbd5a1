package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.check.CheckId;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.sandbox.PracticeHub.Scope;
import dev.hubonboard.ui.task.TaskExecutor;
import dev.hubonboard.ui.wizard.StepPage;
import dev.hubonboard.ui.app.Theme;
import dev.hubonboard.ui.wizard.WizardWindow;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three steps in the real window (headless), over an onboarding past the e-mail verification and a practice
 * Hub where the dedicated user is a member.
 */
@ExtendWith(ApplicationExtension.class)
class StepsWindowTest {
    @TempDir
    Path dir;
    StepFixture f;
    ConnectionTestPage testPage;
    final AtomicBoolean closed = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        f = new StepFixture(dir, TaskExecutor.threads());
        testPage = new ConnectionTestPage(f.wizard);
        List<StepPage> pages = List.of(new TokenPage(f.wizard), testPage,
                new FinishPage(f.wizard));
        WizardWindow window = new WizardWindow(f.wizard, step -> pages.stream().filter(p -> p.step() == step).findFirst()
                .orElse(null), () -> closed.set(true));
        stage.setScene(new Scene(window.root(), 1000, 900));
        stage.sizeToScene(); // the stage is shared with earlier tests, which may have left it another size
        stage.show();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return n instanceof Label l ? l.getText() : ((TextField) n).getText();
    }

    private void enterToken(FxRobot robot, String token) {
        assertThat(f.wizard.shownProperty().get()).isEqualTo(Step.TOKEN);
        robot.clickOn("#token-docker-id").write(f.hub.dedicatedUsername());
        robot.clickOn("#token").write(token);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void readOnlyTokenPassesEveryCheckAndFinishSavesItInTheKeychain(FxRobot robot) throws Exception {
        String token = f.hub.createToken(Scope.READ);
        enterToken(robot, token);
        // The reveal toggle shows the token, and the page hides it again when left.
        robot.clickOn("#token-reveal");
        WaitForAsyncUtils.waitForFxEvents();
        Node revealed = robot.lookup("#token-revealed").query();
        assertThat(revealed.isVisible()).isTrue();
        assertThat(text(robot, "#token-revealed")).isEqualTo(token);

        robot.clickOn("#next");
        waitUntil(() -> f.wizard.shownProperty().get() == Step.CONNECTION_TEST
                && !f.wizard.busyProperty().get() && testPage.model().report.get() != null);
        assertThat(revealed.isVisible()).isFalse(); // hidden again for when the user comes back
        for (CheckId id : CheckId.values()) {
            assertThat(text(robot, "#check-" + id.id() + "-status")).as(id.id()).isEqualTo("Passed");
        }
        assertThat(text(robot, "#check-summary")).startsWith("Ready");
        assertThat(robot.lookup("#next").queryButton().isDisabled()).isFalse();

        Path report = dir.resolve("connection-test.md");
        testPage.chooser(w -> report);
        robot.clickOn("#check-save");
        waitUntil(() -> Files.exists(report) && !f.wizard.busyProperty().get());
        assertThat(Files.readString(report)).contains("| read-only | pass |").doesNotContain(token);

        robot.clickOn("#next");
        waitUntil(() -> text(robot, "#keychain-status").startsWith("✓ Saved"));
        assertThat(f.keychain.entries()).containsEntry(f.hub.org() + "/" + f.hub.dedicatedUsername(), token);
        assertThat(text(robot, "#connector-organization")).isEqualTo(f.hub.org());
        assertThat(text(robot, "#connector-docker-id")).isEqualTo(f.hub.dedicatedUsername());
        assertThat(text(robot, "#keychain-status")).doesNotContain(token);
        robot.clickOn("#copy-token");
        assertThat(f.board.text).isEqualTo(token);
        assertThat(text(robot, "#copy-message")).isEqualTo("Copied; the clipboard is cleared in 60 s.");

        // The connector can also be exported as code from here (the dialog itself: ConnectorExportDialogTest).
        assertThat(robot.lookup("#export-connector").queryButton().isDisabled()).isFalse();
        Button done = robot.lookup("#next").queryButton();
        assertThat(done.getText()).isEqualTo("_Done");
        robot.clickOn("#next");
        waitUntil(closed::get);
        assertThat(f.onboarding.isComplete()).isTrue();
        assertThat(f.wizard.session().dedicatedToken()).isEmpty();
        assertThat(f.board.text).isNull();
    }

    @Test
    void readWriteTokenShowsTheReadOnlyRowFailedWithTheFix(FxRobot robot) throws Exception {
        enterToken(robot, f.hub.createToken(Scope.WRITE));
        robot.clickOn("#next");
        waitUntil(() -> f.wizard.shownProperty().get() == Step.CONNECTION_TEST
                && !f.wizard.busyProperty().get() && testPage.model().report.get() != null);
        assertThat(text(robot, "#check-read-only-status")).isEqualTo("Failed");
        Label fix = robot.lookup("#check-read-only-remediation").queryAs(Label.class);
        assertThat(fix.isVisible()).isTrue();
        assertThat(fix.getText()).startsWith("What to do:").contains("\"Read-only\"");
        assertThat(text(robot, "#check-pull-status")).isEqualTo("Passed");
        assertThat(text(robot, "#check-summary")).startsWith("Not ready");
        assertThat(robot.lookup("#next").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#check-rerun").queryButton().isDisabled()).isFalse();

        // Issue 14, item 8: the fix is a new token on step 4, which says so, and a button that goes there.
        assertThat(stepRow(robot, Step.TOKEN)).startsWith("↺  4.");
        assertThat(text(robot, "#check-summary")).contains("Enter a new token");
        robot.clickOn("#check-new-token");
        waitUntil(() -> f.wizard.shownProperty().get() == Step.TOKEN);
        assertThat(robot.lookup("#token").queryTextInputControl().getText()).as("the old token is gone").isEmpty();
        assertThat(f.wizard.session().dedicatedToken()).isEmpty();
        assertThat(stepRow(robot, Step.TOKEN)).doesNotStartWith("✓").doesNotStartWith("↺");
        assertThat(robot.lookup("#next").queryButton().isDisabled()).isTrue();
    }

    private static String stepRow(FxRobot robot, Step step) {
        return robot.lookup("#steps .step").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t.contains((step.ordinal() + 1) + ". " + step.title())).findFirst().orElseThrow();
    }

    /** Issue 14, item 7: a typed expiry, ISO or in this computer's format, is kept when Enter moves on. */
    @Test
    void aTypedExpiryIsKeptOnEnterInEitherFormatAndNonsenseIsSaid(FxRobot robot) throws Exception {
        enterToken(robot, f.hub.createToken(Scope.READ));
        javafx.scene.control.TextField editor = robot.lookup("#token-expiry")
                .queryAs(javafx.scene.control.DatePicker.class).getEditor();
        robot.clickOn(editor).write("31st of never");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#token-expiry-message")).contains("is not a date").contains("2027-03-01");
        assertThat(robot.lookup("#next").queryButton().isDisabled()).isTrue();

        robot.interact(editor::clear);
        robot.clickOn(editor).write("2027-03-01").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> f.wizard.shownProperty().get() == Step.CONNECTION_TEST && !f.wizard.busyProperty().get());
        assertThat(f.onboarding.tokenExpiry()).contains(java.time.LocalDate.of(2027, 3, 1));

        robot.interact(() -> f.wizard.back());
        waitUntil(() -> f.wizard.shownProperty().get() == Step.TOKEN);
        String local = dev.hubonboard.ui.kit.Dates.example(java.time.LocalDate.of(2027, 4, 15)); // e.g. 4/15/2027
        robot.interact(editor::clear);
        robot.clickOn(editor).write(local).type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> f.wizard.shownProperty().get() == Step.CONNECTION_TEST && !f.wizard.busyProperty().get());
        assertThat(f.onboarding.tokenExpiry()).as(local).contains(java.time.LocalDate.of(2027, 4, 15));
    }

    @Test
    void anEmailAsDockerIdShowsTheMessageAndKeepsNextDisabled(FxRobot robot) {
        robot.clickOn("#token-docker-id").write("scanner@acme.example");
        robot.clickOn("#token").write(f.hub.createToken(Scope.READ));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#token-docker-id-message")).contains("not e-mail");
        assertThat(robot.lookup("#next").queryButton().isDisabled()).isTrue();
    }
}
