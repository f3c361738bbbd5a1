package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.onboarding.Step;
import dev.hubonboard.sandbox.PracticeHub.Scope;
import dev.hubonboard.ui.app.Theme;
import dev.hubonboard.ui.kit.Dates;
import dev.hubonboard.ui.task.TaskExecutor;
import dev.hubonboard.ui.wizard.StepPage;
import dev.hubonboard.ui.wizard.WizardWindow;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 21, item 2 on the token step: a date typed in another format and tabbed away stays, in words beside it. */
@ExtendWith(ApplicationExtension.class)
class ExpiryTypingTest {
    @TempDir
    Path dir;
    StepFixture f;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        f = new StepFixture(dir, TaskExecutor.threads());
        List<StepPage> pages = List.of(new TokenPage(f.wizard));
        WizardWindow window = new WizardWindow(f.wizard, step -> pages.stream().filter(p -> p.step() == step)
                .findFirst().orElse(null), () -> { });
        stage.setScene(new Scene(window.root(), 1000, 700));
        stage.sizeToScene(); // the stage is shared with earlier tests, which may have left it another size
        stage.show();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private void typeAndTabAway(FxRobot robot, String typed) {
        DatePicker picker = robot.lookup("#token-expiry").queryAs(DatePicker.class);
        robot.interact(picker.getEditor()::clear);
        robot.interact(picker.getEditor()::requestFocus); // focused as a click or a Tab would (it may be scrolled off)
        robot.write(typed).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#token-expiry-message").queryAs(Label.class).getText();
    }

    @Test
    void aDottedDateIsReadKeptAndShownInWords(FxRobot robot) {
        LocalDate date = LocalDate.now().plusYears(1).withDayOfMonth(1);
        typeAndTabAway(robot, String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(),
                date.getYear()));
        DatePicker picker = robot.lookup("#token-expiry").queryAs(DatePicker.class);
        assertThat(picker.getValue()).isEqualTo(date);
        assertThat(picker.getEditor().getText()).isEqualTo(Dates.format(date));
        assertThat(message(robot)).startsWith("Expires " + Dates.words(date, LocalDate.now()));
    }

    @Test
    void inNinetyDaysIsReadToo(FxRobot robot) {
        typeAndTabAway(robot, "in 90 days");
        assertThat(robot.lookup("#token-expiry").queryAs(DatePicker.class).getValue())
                .isEqualTo(LocalDate.now().plusDays(90));
        assertThat(message(robot)).contains("in 90 days");
    }

    @Test
    void anUnreadableEntryStaysWithTheErrorAndNextWaits(FxRobot robot) {
        robot.clickOn("#token-docker-id").write(f.hub.dedicatedUsername());
        robot.clickOn("#token").write(f.hub.createToken(Scope.READ));
        typeAndTabAway(robot, "31.02.2027");
        assertThat(robot.lookup("#token-expiry").queryAs(DatePicker.class).getEditor().getText())
                .isEqualTo("31.02.2027");
        assertThat(message(robot)).startsWith("Expiry date: \"31.02.2027\" is not a date");
        assertThat(robot.lookup("#next").queryButton().isDisabled()).isTrue();
        assertThat(f.wizard.shownProperty().get()).isEqualTo(Step.TOKEN);
    }
}
