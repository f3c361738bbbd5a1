package dev.hubonboard.ui;

import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.onboarding.Endpoints;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.ProgressStore;
import dev.hubonboard.onboarding.ProgressStoreException;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.KeyringSecretStore;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import java.util.Comparator;
import java.util.Optional;
import java.util.prefs.Preferences;

/** The JavaFX application: one window holding the wizard. {@code --sandbox} runs it against the practice Hub. */
public final class HubOnboardApp extends Application {
    private PracticeHub practice;
    private KeyringSecretStore keychain;
    private WizardModel model;
    private FxBackground background;

    @Override
    public void start(Stage stage) {
        boolean sandbox = getParameters().getRaw().contains("--sandbox");
        Preferences prefs = Preferences.userNodeForPackage(HubOnboardApp.class);
        Theme.saved(prefs).apply();
        Links.use(getHostServices()::showDocument);
        Endpoints endpoints;
        ProgressStore progress = ProgressStore.forThisUser();
        if (sandbox) {
            practice = PracticeHub.start();
            endpoints = Endpoints.practice(practice.hubUrl().toString(), practice.registryUrl().toString());
        } else {
            endpoints = Endpoints.dockerHub();
        }
        keychain = new KeyringSecretStore();
        background = new FxBackground();
        AppContext context = new AppContext(endpoints, HttpTransport.standard(), keychain, progress, background, prefs,
                Optional.ofNullable(practice));
        model = new WizardModel(context);
        latestUnfinished(progress, practice == null ? null : practice.org()).ifPresent(model::use);

        WizardWindow window = new WizardWindow(model, Pages.all(model), stage::close);
        Scene scene = new Scene(window.root(), 1000, 700);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> {
                    Theme next = Theme.saved(prefs).other();
                    next.save(prefs);
                    next.apply();
                });
        stage.setTitle(sandbox ? "Hub Onboard (practice)" : "Hub Onboard");
        stage.setScene(scene);
        WindowPlacement placement = new WindowPlacement(prefs);
        placement.restore(stage);
        stage.setOnHidden(e -> placement.save(stage));
        StartupProbe.watch(stage);
        stage.show();
    }

    /**
     * The most recently changed unfinished onboarding, so the administrator comes back to where they were. Practice
     * runs resume only the practice organization, and real runs never resume it.
     *
     * @param practiceOrg the practice Hub's organization, or null for a real run
     */
    static Optional<Onboarding> latestUnfinished(ProgressStore progress, String practiceOrg) {
        try {
            return progress.list().onboardings().stream()
                    .filter(o -> !o.isComplete())
                    .filter(o -> (practiceOrg != null) == o.organization().equals(practiceOrg))
                    .max(Comparator.comparing(Onboarding::updated));
        } catch (ProgressStoreException e) {
            return Optional.empty();
        }
    }

    @Override
    public void stop() {
        if (model != null) {
            model.forgetSecrets();
            model.flushSaves();
        }
        if (background != null) {
            background.cancelAll();
        }
        if (keychain != null) {
            keychain.close();
        }
        if (practice != null) {
            practice.close();
        }
    }
}
