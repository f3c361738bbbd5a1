package dev.hubonboard.onboarding.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where each OS keeps an application's settings, for this user. */
public final class ConfigDirectory {

    static final String APP_NAME = "Hub Onboard";
    static final String LINUX_NAME = "hub-onboard";

    private ConfigDirectory() {
    }

    public static Path forThisUser() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path resolve(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve(APP_NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_NAME);
        }
        // XDG Base Directory spec: a relative XDG_CONFIG_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve(LINUX_NAME);
    }
}
