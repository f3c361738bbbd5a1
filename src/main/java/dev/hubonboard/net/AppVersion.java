package dev.hubonboard.net;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's version, read from the build, for --version and the User-Agent header. */
public final class AppVersion {
    private static final String VERSION = load();

    private AppVersion() {
    }

    public static String version() {
        return VERSION;
    }

    public static String userAgent() {
        return "hub-onboard/" + VERSION + " (+Java " + Runtime.version().feature() + ")";
    }

    private static String load() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/dev/hubonboard/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
