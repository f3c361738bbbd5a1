package dev.hubonboard.onboarding.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where each OS keeps an application's logs, for this user: Linux {@code $XDG_STATE_HOME/hub-onboard/logs} (else
 * {@code ~/.local/state/hub-onboard/logs}), macOS {@code ~/Library/Logs/Hub Onboard}, Windows
 * {@code %LOCALAPPDATA%\Hub Onboard\logs}. Logs are state, not settings: they do not belong in the config folder.
 */
public final class LogDirectory {
    private LogDirectory() {
    }

    public static Path forThisUser() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path resolve(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
            return base.resolve(ConfigDirectory.APP_NAME).resolve("logs");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Logs").resolve(ConfigDirectory.APP_NAME);
        }
        // XDG Base Directory spec: a relative XDG_STATE_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local").resolve("state");
        return base.resolve(ConfigDirectory.LINUX_NAME).resolve("logs");
    }
}
