package dev.hubonboard.bench;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A second reference for the start-up benchmark (packaging/bench-startup): the least a themed JavaFX program shows,
 * the app's AtlantaFX theme with one label, one text field and one button, started like {@link BareWindow}. The
 * distance from it to the app is what the app's own screens cost; the distance from the bare window to it is the
 * price of any themed window with text on this runtime.
 */
public final class ThemedWindow {
    private ThemedWindow() {
    }

    public static void main(String[] args) {
        BareWindow.mark("main");
        Application.launch(Fx.class, args);
    }

    public static final class Fx extends Application {
        @Override
        public void start(Stage stage) {
            BareWindow.mark("start");
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            BareWindow.mark("theme");
            VBox root = new VBox(8, new Label("Organization"), new TextField(), new Button("Next"));
            root.setPadding(new Insets(16));
            stage.setTitle("Themed window");
            stage.setScene(new Scene(root, 1000, 700));
            BareWindow.reportFirstWindow(stage);
            stage.show();
            BareWindow.mark("shown");
        }
    }
}
