package dev.hubonboard.ui;

import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.onboarding.AppMode;
import dev.hubonboard.onboarding.ConfigDirectory;
import dev.hubonboard.onboarding.Endpoints;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.ProgressStore;
import dev.hubonboard.onboarding.ProgressStoreException;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.KeyringSecretStore;
import dev.hubonboard.ui.connections.ConnectionsModel;
import dev.hubonboard.ui.connections.ConnectionsView;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The JavaFX application: one window holding the Connections home screen or the wizard. {@code --sandbox} runs it
 * against the practice Hub. Connections is the home screen once an onboarding is finished; Resume and New
 * onboarding switch the window to the wizard, and the wizard's Close comes back while there is something to list.
 */
public final class HubOnboardApp extends Application {
    private PracticeHub practice;
    private KeyringSecretStore keychain;
    private WizardModel model;
    private FxBackground background;
    private AppContext context;
    private ProgressStore progress;
    private boolean sandbox;
    private Stage stage;
    private Scene scene;
    private ConnectionsModel connections;
    private ConnectionsView home;

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("start");
        this.stage = stage;
        sandbox = getParameters().getRaw().contains("--sandbox");
        UiSettings prefs = new UiSettings(ConfigDirectory.forThisUser().resolve("ui.properties"));
        Theme.saved(prefs).apply();
        StartupProbe.mark("theme");
        Links.use(getHostServices()::showDocument);
        Supplier<Endpoints> endpoints;
        AppMode mode = AppMode.of(sandbox); // practice keeps its own progress, keychain service and Hub state
        progress = mode.progress();
        if (sandbox) {
            practice = PracticeHub.builder().savedIn(mode.practiceHubFile()).start();
            endpoints = AppContext.once(() -> Endpoints.practice(practice.hubUrl().toString(),
                    practice.registryUrl().toString()));
        } else {
            endpoints = AppContext.once(Endpoints::dockerHub);
        }
        keychain = new KeyringSecretStore(mode.keychainService());
        background = new FxBackground();
        context = new AppContext(endpoints, AppContext.once(HttpTransport::standard), keychain, progress, background,
                Optional.ofNullable(practice));
        connections = new ConnectionsModel(context, Clock.systemDefaultZone(), belongsHere());
        model = new WizardModel(context);
        Optional.ofNullable(practice).flatMap(PracticeHub::savedStateProblem).ifPresent(connections::reportProblem);
        StartupProbe.mark("models");
        ProgressStore.Listing saved = listSaved();
        boolean showHome = saved.onboardings().stream().filter(belongsHere()).anyMatch(Onboarding::isComplete)
                || !connections.problems().isEmpty(); // a saved file that could not be used is shown, not swallowed
        if (showHome) {
            connections.show(saved);
        } else {
            latestUnfinished(saved.onboardings(), practiceOrg()).ifPresent(model::use);
        }

        // Only the screen shown first is built now; the other waits until it is needed.
        scene = new Scene(showHome ? home().root()
                : new WizardWindow(model, Pages.all(model), this::closeWizard).root(), 1000, 700);
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
        StartupProbe.watch(stage);
        stage.show();
        StartupProbe.mark("shown");
    }

    private ConnectionsView home() {
        if (home == null) {
            home = new ConnectionsView(connections, this::openWizard, () -> openWizard(null));
        }
        return home;
    }

    /** Practice runs list only the practice organization; real runs the others. */
    private Predicate<Onboarding> belongsHere() {
        return belongsTo(practiceOrg());
    }

    private String practiceOrg() {
        return practice == null ? null : practice.org();
    }

    /** @param practiceOrg the practice Hub's organization, or null for a real run */
    static Predicate<Onboarding> belongsTo(String practiceOrg) {
        return o -> (practiceOrg != null) == o.organization().equals(practiceOrg);
    }

    /**
     * The saved onboardings, read once here so the Connections screen gets to show the files that could not be used
     * (the store moves such a file aside when it first meets it, so a later listing no longer mentions it).
     */
    private ProgressStore.Listing listSaved() {
        ProgressStore.Listing listing;
        try {
            listing = progress.list();
        } catch (ProgressStoreException e) {
            connections.reportProblem("Saved onboardings could not be read: " + e.getMessage());
            return new ProgressStore.Listing(List.of(), List.of());
        }
        listing.problems().forEach(p -> connections.reportProblem(p.message()));
        return listing;
    }

    /** Resume (an onboarding) or New onboarding (null): the window shows the wizard on it. */
    private void openWizard(Onboarding onboarding) {
        if (model != null) {
            model.close();
        }
        model = new WizardModel(context);
        if (onboarding != null) {
            model.use(onboarding);
        }
        scene.setRoot(new WizardWindow(model, Pages.all(model), this::closeWizard).root());
    }

    /** The wizard's Close: back to Connections when there is something to list, otherwise the window closes. */
    private void closeWizard() {
        model.flushSaves();
        ProgressStore.Listing saved = listSaved();
        if (saved.onboardings().stream().anyMatch(belongsHere()) || !connections.problems().isEmpty()) {
            model.forgetSecrets();
            scene.setRoot(home().root());
            connections.show(saved);
        } else {
            stage.close();
        }
    }

    /**
     * The most recently changed unfinished onboarding, so the administrator comes back to where they were. Practice
     * runs resume only the practice organization (it exists only in the practice Hub), real runs never resume it.
     */
    static Optional<Onboarding> latestUnfinished(List<Onboarding> saved, String practiceOrg) {
        return saved.stream().filter(o -> !o.isComplete()).filter(belongsTo(practiceOrg))
                .max(Comparator.comparing(Onboarding::updated));
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
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
