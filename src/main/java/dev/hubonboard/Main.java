package dev.hubonboard;

import dev.hubonboard.cli.AppArguments;
import dev.hubonboard.cli.AppArguments.Subcommand;
import dev.hubonboard.cli.CheckCommand;
import dev.hubonboard.cli.Display;
import dev.hubonboard.cli.KeychainTokenSource;
import dev.hubonboard.net.AppVersion;
import dev.hubonboard.secrets.KeyringSecretStore;

import java.util.List;

/**
 * The launcher. Not a JavaFX Application on purpose: jpackage and the class path start it without the JavaFX
 * launcher, and `check` must run on machines with no display. The command line is read by {@link AppArguments}.
 */
public final class Main {
    /** The subcommands, one line each. */
    static final List<Subcommand> SUBCOMMANDS = List.of(
            new Subcommand("check", "the connection test, without a window (see check --help)", Main::check),
            new Subcommand("connect", "create or update Defender for Cloud's Docker Hub connector (see connect --help)", dev.hubonboard.cli.ConnectCommand::fromMain),
            new Subcommand("status", "the saved onboardings: last test, token expiry, connector (see status --help)",
                    dev.hubonboard.cli.StatusCommand::fromMain));

    /**
     * Held so the level set in {@link #window} sticks (java.util.logging keeps its loggers only weakly); made there
     * only, so {@code check} and the other commands do not start the logging system.
     */
    private static java.util.logging.Logger javafxLog;

    private Main() {
    }

    public static void main(String[] args) {
        // A console that has no ✔ or … (Windows code pages 437 and 850, the C locale) gets ASCII instead of '?'.
        System.setOut(dev.hubonboard.cli.ConsoleSigns.fitting(System.out));
        System.setErr(dev.hubonboard.cli.ConsoleSigns.fitting(System.err));
        switch (AppArguments.parse(List.of(args), SUBCOMMANDS)) {
            case AppArguments.Help h -> System.out.print(h.text());
            case AppArguments.Version v -> System.out.println("hub-onboard " + AppVersion.version());
            case AppArguments.Usage u -> {
                System.err.print(u.text());
                System.exit(AppArguments.USAGE_ERROR);
            }
            case AppArguments.Run r -> System.exit(r.command().run().apply(r.args()));
            case AppArguments.Window w -> window(args);
        }
    }

    private static int check(List<String> args) {
        try (KeyringSecretStore keychain = new KeyringSecretStore()) {
            // --from-keychain also uses the repository list saved with the onboarding (issue 11).
            return new CheckCommand(System.in, System.out, System.err, new KeychainTokenSource(keychain),
                    dev.hubonboard.net.HttpTransport::standard,
                    new dev.hubonboard.cli.SavedRepositories(dev.hubonboard.onboarding.store.ProgressStore.forThisUser()))
                    .run(args);
        }
    }

    /** The wizard; without a display, one sentence and exit 1 instead of JavaFX's stack trace. */
    private static void window(String[] args) {
        Display.missingHere().ifPresent(why -> {
            System.err.println(why);
            System.exit(1);
        });
        dev.hubonboard.ui.app.StartupProbe.mark("main");
        // From the class path (README's launcher, the tests) JavaFX warns "Unsupported JavaFX configuration" on every
        // start: a set-up chosen on purpose (ControlsFX and the app stay on the class path; the installed app runs
        // JavaFX as named modules and never sees it). JavaFX's warnings stay off the terminal there; errors still show.
        if (ModuleLayer.boot().findModule("javafx.graphics").isEmpty()) {
            javafxLog = java.util.logging.Logger.getLogger("javafx");
            javafxLog.setLevel(java.util.logging.Level.SEVERE);
        }
        try {
            javafx.application.Application.launch(dev.hubonboard.ui.app.HubOnboardApp.class, args);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            if (!Display.isToolkitFailure(e)) {
                throw e;
            }
            System.err.println(Display.couldNotStart(e));
            System.exit(1);
        }
    }
}
