package dev.hubonboard.ui.app;

import dev.hubonboard.files.SmallFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The window's own preferences (theme, size, position) in {@code ui.properties} beside the saved onboardings.
 * Not {@code java.util.prefs}: that loads an XML parser before the first window, and these few values need none.
 * Nothing secret is ever stored here. A missing or unreadable file just means defaults.
 */
public final class UiSettings {
    private final Path file;
    private final Properties values = new Properties();

    public UiSettings(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear(); // a damaged settings file costs the remembered size, nothing more
            }
        }
    }

    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public boolean getBoolean(String key, boolean fallback) {
        String v = values.getProperty(key);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }

    public void put(String key, Object value) {
        values.setProperty(key, String.valueOf(value));
    }

    /** Writes the file atomically; a failure is ignored, since losing a window size is not worth an error dialog. */
    public void save() {
        if (file == null) {
            return;
        }
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            values.store(out, "Hub Onboard window settings");
            SmallFiles.write(file, out.toByteArray());
        } catch (IOException e) {
            // see above
        }
    }
}
