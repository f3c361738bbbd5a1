package dev.hubonboard;

import dev.hubonboard.cli.CheckCommand;
import dev.hubonboard.cli.KeychainTokenSource;
import dev.hubonboard.secrets.KeyringSecretStore;
import dev.hubonboard.net.AppVersion;

import java.util.Arrays;
import java.util.List;

/**
 * The launcher. Not a JavaFX Application on purpose: jpackage and the class path start it without the JavaFX
 * launcher, and `check` must run on machines with no display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        List<String> list = Arrays.asList(args);
        if (!list.isEmpty() && list.getFirst().equals("check")) {
            int code;
            try (KeyringSecretStore keychain = new KeyringSecretStore()) {
                code = new CheckCommand(System.in, System.out, System.err, new KeychainTokenSource(keychain))
                        .run(list.subList(1, list.size()));
            }
            System.exit(code);
        }
        if (!list.isEmpty() && list.getFirst().equals("connect")) System.exit(dev.hubonboard.cli.ConnectCommand.fromMain(list.subList(1, list.size())));
        if (list.contains("--version")) {
            System.out.println("hub-onboard " + AppVersion.version());
            return;
        }
        dev.hubonboard.ui.StartupProbe.mark("main");
        javafx.application.Application.launch(dev.hubonboard.ui.HubOnboardApp.class, args);
    }
}
