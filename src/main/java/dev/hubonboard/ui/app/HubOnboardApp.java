package dev.hubonboard.ui.app;

import dev.hubonboard.ui.kit.Links;
import dev.hubonboard.ui.kit.SecretClipboard;
import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.ui.wizard.Pages;
import dev.hubonboard.ui.wizard.WizardModel;
import dev.hubonboard.ui.wizard.WizardWindow;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.onboarding.store.AppMode;
import dev.hubonboard.onboarding.store.ConfigDirectory;
import dev.hubonboard.onboarding.Endpoints;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.onboarding.store.ProgressStoreException;
import dev.hubonboard.onboarding.store.ProgressWriter;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.KeyringSecretStore;
import dev.hubonboard.ui.connections.ConnectionsModel;
import dev.hubonboard.ui.connections.ConnectionsView;
import dev.hubonboard.ui.task.TaskExecutor;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The JavaFX application: builds the context and the {@link AppModel}, and shows the screen the model chooses in one
 * window, disposing the screen it replaces. {@code --sandbox} runs it against the practice Hub.
 */
public final class HubOnboardApp extends Application {
    private PracticeHub practice;
    private KeyringSecretStore keychain;
    private AppModel app;
    private Scene scene;
    private Stage stage;
    private Runnable disposeShown = () -> { };

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("start");
        boolean sandbox = getParameters().getRaw().contains("--sandbox");
        UiSettings prefs = new UiSettings(ConfigDirectory.forThisUser().resolve("ui.properties"));
        Theme.saved(prefs).apply();
        StartupProbe.mark("theme");
        Links.use(getHostServices()::showDocument);
        Supplier<Endpoints> endpoints;
        AppMode mode = AppMode.of(sandbox); // practice keeps its own progress, keychain service and Hub state
        SavedProgress saved = SavedProgress.open(mode, dev.hubonboard.onboarding.store.ConfigDirectory.forThisUser());
        ProgressStore progress = saved.store();
        if (sandbox) {
            practice = PracticeHub.builder().savedIn(mode.practiceHubFile()).start();
            endpoints = AppContext.once(() -> Endpoints.practice(practice.hubUrl().toString(),
                    practice.registryUrl().toString()));
        } else {
            endpoints = AppContext.once(Endpoints::dockerHub);
        }
        keychain = new KeyringSecretStore(mode.keychainService());
        AppContext context = new AppContext(endpoints, AppContext.once(HttpTransport::standard), keychain,
                new ProgressWriter(progress), TaskExecutor.threads(), new SessionSecrets(SecretClipboard.system()),
                Optional.ofNullable(practice));
        String practiceOrg = practice == null ? null : practice.org();
        ConnectionsModel connections = new ConnectionsModel(context, Clock.systemDefaultZone(),
                AppModel.belongsTo(practiceOrg));
        app = new AppModel(context, connections, practiceOrg);
        Optional.ofNullable(practice).flatMap(PracticeHub::savedStateProblem).ifPresent(connections::reportProblem);
        StartupProbe.mark("models");
        app.start(listSaved(progress)); // read before the first window: it decides which screen that is
        saved.notice().ifPresent(app::tell);

        scene = new Scene(screen(), 1000, 700);
        Styles.use(scene);
        app.screenProperty().addListener((o, was, now) -> {
            if (now == AppModel.Screen.CLOSED) {
                stage.close();
            } else {
                scene.setRoot(screen());
            }
        });
        app.wizardProperty().addListener((o, was, now) -> {
            if (now != null && app.screenProperty().get() == AppModel.Screen.WIZARD) {
                scene.setRoot(screen()); // Resume or New onboarding while a wizard was open
            }
        });
        StartupProbe.mark("scene");
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
        this.stage = stage;
        scene.getAccelerators().put(ConnectionsView.QUIT, this::quit);
        stage.setOnCloseRequest(e -> { // the window's own close: a passing token not yet saved is asked about first
            e.consume();
            quit();
        });
        StartupProbe.watch(stage);
        stage.show();
        StartupProbe.mark("shown");
    }

    /** Quit (Ctrl+Q, or Connections' button): as closing the window, asking first about a passing token. */
    private void quit() {
        app.requestQuit(stage::close);
    }

    /** The view of the model's screen, built now; the one it replaces is disposed. */
    private Parent screen() {
        disposeShown.run();
        if (app.screenProperty().get() == AppModel.Screen.HOME) {
            ConnectionsView home = new ConnectionsView(app.connections(), app::openWizard, () -> app.openWizard(null))
                    .quit(this::quit);
            disposeShown = home::dispose;
            return home.root();
        }
        WizardModel model = app.wizardProperty().get();
        WizardWindow wizard = new WizardWindow(model, Pages.all(model), app::closeWizard);
        disposeShown = wizard::dispose;
        return wizard.root();
    }

    /** The saved onboardings; files that could not be used are reported on Connections, not swallowed. */
    private static ProgressStore.Listing listSaved(ProgressStore progress) {
        try {
            return progress.list();
        } catch (ProgressStoreException e) {
            return new ProgressStore.Listing(List.of(), List.of(new dev.hubonboard.onboarding.store.LoadProblem(null,
                    progress.directory(), null, "Saved onboardings could not be read: " + e.getMessage())));
        }
    }

    @Override
    public void stop() {
        if (app != null) {
            app.quit();
        }
        if (keychain != null) {
            keychain.close();
        }
        if (app != null) {
            app.connections().context().defender().close();
        }
        if (practice != null) {
            practice.close();
        }
    }
}
