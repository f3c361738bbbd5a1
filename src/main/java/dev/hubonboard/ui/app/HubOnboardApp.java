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
import dev.hubonboard.ui.task.AppExecutor;
import dev.hubonboard.ui.task.TaskExecutor;
import dev.hubonboard.onboarding.store.FrontDoor;
import dev.hubonboard.onboarding.store.InstanceLock;
import dev.hubonboard.onboarding.store.LogDirectory;
import dev.hubonboard.ui.task.NextPulse;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.Modality;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The JavaFX application: builds the context and the {@link AppModel}, and shows the screen the model chooses in one
 * window, disposing the screen it replaces. {@code --sandbox} runs it against the practice Hub.
 */
public final class HubOnboardApp extends Application {
    /** How a refused second app ends: the toolkit exits (tests keep theirs running). */
    static Runnable afterRefusal = Platform::exit;

    /** What a second app says before it ends. */
    public static final String ALREADY_OPEN = "Hub Onboard is already open on this computer: use that window. A "
            + "second one would save over the same onboardings, so this one closes";
    /** How long quitting waits for the saves already asked for (a save is a few small files). */
    private static final Duration LAST_SAVE = Duration.ofSeconds(5);
    /** How long a second app waits for the first to answer its knock (it answers at once; this bounds a hung one). */
    private static final Duration KNOCK_PATIENCE = Duration.ofSeconds(2);
    private PracticeHub practice;
    private KeyringSecretStore keychain;
    private AppExecutor executor;
    private CrashLog crashes;
    private InstanceLock lock;
    private FrontDoor door;
    private Alert calm;
    private final BorderPane shell = new BorderPane();
    private AppModel app;
    private Scene scene;
    private Stage stage;
    private Runnable disposeShown = () -> { };

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("start");
        crashes = new CrashLog(LogDirectory.forThisUser(), sentence -> NextPulse.then(() -> calm(sentence)));
        crashes.install();
        boolean sandbox = getParameters().getRaw().contains("--sandbox");
        UiSettings prefs = new UiSettings(ConfigDirectory.forThisUser().resolve("ui.properties"));
        Theme.saved(prefs).apply();
        StartupProbe.mark("theme");
        Links.use(getHostServices()::showDocument);
        Supplier<Endpoints> endpoints;
        AppMode mode = AppMode.of(sandbox); // practice keeps its own progress, keychain service and Hub state
        if (!lockFolder(mode)) {
            if (FrontDoor.knock(mode.folder(ConfigDirectory.forThisUser()), KNOCK_PATIENCE)) {
                afterRefusal.run(); // the first app's window came to the front: that is the answer, no dialog
            } else {
                alreadyOpen(sandbox); // a first app that does not answer (hung, or too old for a door)
            }
            return;
        }
        SavedProgress saved = SavedProgress.open(mode, ConfigDirectory.forThisUser());
        ProgressStore progress = saved.store(); // a practice onboarding moved aside is said, not done silently
        if (sandbox) {
            practice = PracticeHub.builder().savedIn(mode.practiceHubFile()).start();
            endpoints = AppContext.once(() -> Endpoints.practice(practice.hubUrl().toString(),
                    practice.registryUrl().toString()));
        } else {
            endpoints = AppContext.once(Endpoints::dockerHub);
        }
        keychain = new KeyringSecretStore(mode.keychainService());
        executor = TaskExecutor.threads();
        openFrontDoor();
        AppContext context = new AppContext(endpoints, AppContext.once(HttpTransport::standard), keychain,
                new ProgressWriter(progress, executor.saves()), executor, new SessionSecrets(SecretClipboard.system()),
                Optional.ofNullable(practice));
        String practiceOrg = practice == null ? null : practice.org();
        ConnectionsModel connections = new ConnectionsModel(context, Clock.systemDefaultZone(),
                AppModel.belongsTo(practiceOrg));
        app = new AppModel(context, connections, practiceOrg);
        Optional.ofNullable(practice).flatMap(PracticeHub::savedStateProblem).ifPresent(connections::reportProblem);
        StartupProbe.mark("models");
        app.start(listSaved(progress)); // read before the first window: it decides which screen that is
        saved.notice().ifPresent(app::tell);

        shell.setTop(menu());
        shell.setCenter(screen());
        scene = new Scene(shell, 1000, 700);
        Styles.use(scene);
        app.screenProperty().addListener((o, was, now) -> {
            if (now == AppModel.Screen.CLOSED) {
                stage.close();
            } else {
                shell.setCenter(screen());
            }
        });
        app.wizardProperty().addListener((o, was, now) -> {
            if (now != null && app.screenProperty().get() == AppModel.Screen.WIZARD) {
                shell.setCenter(screen()); // Resume or New onboarding while a wizard was open
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
        stage.setOnCloseRequest(e -> { // the window's own close: a passing token not yet saved is asked about first
            e.consume();
            quit();
        });
        StartupProbe.watch(stage);
        stage.show();
        StartupProbe.mark("shown");
    }

    /**
     * Takes this mode's folder for this app: false when another Hub Onboard holds it. A folder that cannot be locked
     * at all (made or opened) does not stop the app: saving there then fails and says so.
     */
    private boolean lockFolder(AppMode mode) {
        try {
            Optional<InstanceLock> taken = InstanceLock.tryTake(mode.folder(ConfigDirectory.forThisUser()));
            taken.ifPresent(l -> lock = l);
            return taken.isPresent();
        } catch (IOException e) {
            return true;
        }
    }

    /** Lets a second app ask this one to come to the front instead of opening a second writer. */
    private void openFrontDoor() {
        if (lock == null) {
            return;
        }
        try {
            FrontDoor opened = FrontDoor.open(lock);
            door = opened;
            executor.resident(() -> opened.serve(() -> executor.toFx(this::toFront)));
        } catch (IOException | RuntimeException e) {
            // no Unix-domain sockets here: a second app then says this one is open, without raising it
        }
    }

    /** A second app knocked: this window, restored if minimised, in front. */
    private void toFront() {
        if (stage != null && stage.isShowing()) {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        }
    }

    /** A second app over the same saved progress says so and ends: never two writers. */
    private void alreadyOpen(boolean sandbox) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, ALREADY_OPEN + (sandbox ? " (practice mode)." : "."),
                ButtonType.OK);
        a.setHeaderText(null);
        a.setTitle("Hub Onboard");
        a.getDialogPane().setId("already-open");
        Styles.use(a.getDialogPane().getScene());
        a.setOnHidden(e -> afterRefusal.run());
        a.show();
    }

    /** The app's menu: where the log folder is opened from (the path is also in {@code --help}). */
    private MenuBar menu() {
        MenuItem logs = new MenuItem("Open _log folder");
        logs.setId("open-log-folder");
        logs.setOnAction(e -> {
            try {
                Files.createDirectories(crashes.folder());
            } catch (IOException | RuntimeException ex) {
                // the file manager then says the folder is missing: nothing else to do here
            }
            Links.open(crashes.folder().toUri().toString());
        });
        MenuItem quit = new MenuItem("_Quit");
        quit.setId("quit-app");
        quit.setAccelerator(ConnectionsView.QUIT); // Ctrl+Q (Cmd+Q): asks first about a passing token, as Close does
        quit.setOnAction(e -> quit());
        Menu app = new Menu("_Hub Onboard", null, logs, new javafx.scene.control.SeparatorMenuItem(), quit);
        MenuBar bar = new MenuBar(app);
        bar.setUseSystemMenuBar(true); // the macOS menu bar; elsewhere a line at the top of the window
        return bar;
    }

    /** The one calm sentence for an uncaught exception; one at a time, never over a window the user is in. */
    private void calm(String sentence) {
        if (calm != null && calm.isShowing()) {
            return;
        }
        calm = new Alert(Alert.AlertType.WARNING, sentence, ButtonType.OK);
        calm.setHeaderText(null);
        calm.setTitle("Hub Onboard");
        calm.initModality(Modality.NONE);
        if (scene != null && scene.getWindow() != null && scene.getWindow().isShowing()) {
            calm.initOwner(scene.getWindow());
        }
        Styles.use(calm.getDialogPane().getScene());
        calm.show();
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
        if (executor != null) {
            executor.quit(LAST_SAVE); // every screen's tasks cancelled; the saves asked for so far finish
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
        if (crashes != null) {
            crashes.close();
        }
        if (door != null) {
            door.close();
        }
        if (lock != null) {
            try {
                lock.close(); // after the last save: the next app may write now
            } catch (IOException e) {
                // the OS lets go when the process ends anyway
            }
        }
    }
}
