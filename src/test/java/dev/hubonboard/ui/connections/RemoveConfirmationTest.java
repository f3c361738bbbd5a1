package dev.hubonboard.ui.connections;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14, item 16: Enter on the Remove confirmation cancels; Remove has a mnemonic of its own. */
@ExtendWith(ApplicationExtension.class)
class RemoveConfirmationTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void cancelIsTheDefaultSoEnterNeverDeletes(FxRobot robot) {
        Alert[] alert = new Alert[1];
        robot.interact(() -> alert[0] = ConnectionsView.removeAlert("Remove acme-corp from this computer?"));
        Button cancel = (Button) alert[0].getDialogPane().lookupButton(ButtonType.CANCEL);
        Button remove = (Button) alert[0].getDialogPane().lookupButton(ConnectionsView.REMOVE);
        assertThat(cancel.isDefaultButton()).isTrue();
        assertThat(remove.isDefaultButton()).isFalse();
        assertThat(remove.getText()).isEqualTo("_Remove");
        assertThat(remove.isMnemonicParsing()).isTrue();
    }
}
