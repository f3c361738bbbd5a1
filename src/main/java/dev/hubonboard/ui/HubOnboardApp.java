package dev.hubonboard.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.util.prefs.Preferences;

/** The JavaFX application: one window holding the wizard. */
public final class HubOnboardApp extends Application {
    @Override
    public void start(Stage stage) {
        Preferences prefs = Preferences.userNodeForPackage(HubOnboardApp.class);
        Theme.saved(prefs).apply();
        stage.setTitle("Hub Onboard");
        stage.setScene(new Scene(new StackPane(new Label("Hub Onboard")), 1000, 700));
        new WindowPlacement(prefs).restore(stage);
        stage.setOnCloseRequest(e -> new WindowPlacement(prefs).save(stage));
        StartupProbe.watch(stage);
        stage.show();
    }
}
