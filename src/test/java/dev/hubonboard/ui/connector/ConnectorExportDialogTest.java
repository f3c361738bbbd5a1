package dev.hubonboard.ui.connector;

import dev.hubonboard.ui.app.Theme;
import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.secrets.SecretKey;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The export dialog in a real (headless) window, as Connections and the Finish step open it. */
@ExtendWith(ApplicationExtension.class)
class ConnectorExportDialogTest {
    static final String TOKEN = "dckr_pat_SecretSecretSecretSecret123";

    @TempDir
    Path dir;
    Stage stage;
    Onboarding onboarding;
    final List<String> suggested = new ArrayList<>();
    final MemorySecretStore keychain = new MemorySecretStore();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Theme.LIGHT.apply();
        onboarding = Onboarding.begin("acme-corp");
        onboarding.setInvitee(Invitee.byDockerId("acmescanner"));
        onboarding.setDedicatedDockerId("acmescanner");
        // the token sits in the keychain, as after the wizard's token step; the dialog never sees it
        keychain.save(new SecretKey("acme-corp", "acmescanner"), TOKEN);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    Dialog<Void> open(FxRobot robot) {
        Dialog<?>[] d = new Dialog<?>[1];
        robot.interact(() -> d[0] = ConnectorExportDialog.show(stage, onboarding, name -> {
            suggested.add(name);
            return Optional.of(dir.resolve(name));
        }));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        Dialog<Void> dialog = (Dialog<Void>) d[0];
        return dialog;
    }

    String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    void type(FxRobot robot, String id, String value) {
        robot.clickOn(id).eraseText(robot.lookup(id).queryTextInputControl().getText().length()).write(value);
    }

    @Test
    void valuesEnteredAppearInTheExportAndTheFileHasNoToken(FxRobot robot) throws Exception {
        Dialog<Void> dialog = open(robot);
        ComboBox<?> interval = robot.lookup("#export-interval").queryAs(ComboBox.class);
        robot.interact(() -> interval.getEditor().setText("6"));
        robot.clickOn("#plan-DEFENDER_CSPM");
        type(robot, "#export-name", "hub-acme");
        type(robot, "#export-location", "westeurope");
        type(robot, "#export-subscription", "11111111-2222-3333-4444-555555555555");
        type(robot, "#export-resource-group", "rg-security");
        robot.clickOn("#format-AZ_REST_SCRIPT");
        WaitForAsyncUtils.waitForFxEvents();
        String preview = robot.lookup("#export-preview").queryAs(TextArea.class).getText();
        assertThat(preview).contains("11111111-2222-3333-4444-555555555555").contains("rg-security")
                .contains("westeurope").contains("hub-acme").contains("acmescanner").contains("DefenderCspmDockerHub")
                .contains("\"scanInterval\": 6");
        robot.clickOn("#export-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(suggested).containsExactly("defender-hub-acme.sh");
        String saved = Files.readString(dir.resolve("defender-hub-acme.sh"));
        assertThat(saved).isEqualTo(preview).doesNotContain(TOKEN).doesNotContain("dckr_pat_");
        assertThat(text(robot, "#export-saved")).startsWith("Saved to ");

        robot.clickOn("#format-ARM_TEMPLATE");
        robot.clickOn("#export-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(dir.resolve("defender-hub-acme.json")))
                .contains("\"defaultValue\": 6").contains("DefenderCspmDockerHub").doesNotContain(TOKEN);
        robot.interact(dialog::close);
    }

    /** The token pasted into the resource group by mistake: the user is told under that field, nothing is saved. */
    @Test
    void aTokenPastedIntoAFieldIsShownAsThatFieldsProblemAndNeverSaved(FxRobot robot) throws Exception {
        Dialog<Void> dialog = open(robot);
        type(robot, "#export-resource-group", TOKEN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#export-resource-group-message")).startsWith("Resource group:")
                .contains("looks like an access token").doesNotContain(TOKEN);
        assertThat(robot.lookup("#export-preview").queryAs(TextArea.class).getText()).doesNotContain(TOKEN)
                .startsWith("Fix the fields");
        assertThat(robot.lookup("#export-save").queryAs(Button.class).isDisabled()).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        robot.interact(dialog::close);
    }

    @Test
    void anInvalidIntervalAndNoPlansShowTheFieldMessagesAndBlockSaving(FxRobot robot) {
        Dialog<Void> dialog = open(robot);
        ComboBox<?> interval = robot.lookup("#export-interval").queryAs(ComboBox.class);
        robot.clickOn(interval.getEditor()).eraseText(2).write("5");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#export-interval-message")).isEqualTo("Scan interval: must be 4, 6, 12 or 24 hours, not 5.");
        assertThat(robot.lookup("#export-save").queryAs(Button.class).isDisabled()).isTrue();
        for (String id : List.of("#plan-CSPM_MONITOR", "#plan-DEFENDER_FOR_CONTAINERS", "#plan-DEFENDER_CSPM")) {
            if (robot.lookup(id).queryAs(CheckBox.class).isSelected()) {
                robot.clickOn(id);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#export-plans-message")).startsWith("Plans: choose at least one plan");
        assertThat(robot.lookup("#export-preview").queryAs(TextArea.class).getText()).startsWith("Fix the fields");
        robot.clickOn(interval.getEditor()).eraseText(1).write("12");
        robot.clickOn("#plan-DEFENDER_FOR_CONTAINERS");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#export-interval-message")).isEmpty();
        assertThat(text(robot, "#export-plans-message")).isEmpty();
        assertThat(robot.lookup("#export-save").queryAs(Button.class).isDisabled()).isFalse();
        robot.interact(dialog::close);
    }
}
