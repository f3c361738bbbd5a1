package dev.hubonboard.onboarding.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where each OS keeps the app's log: a state folder, not the config folder. */
class LogDirectoryTest {
    private final Path home = Path.of("/home/ada");

    @Test
    void linuxUsesXdgStateHomeWhenAbsoluteElseLocalState() {
        assertThat(LogDirectory.resolve("Linux", Map.of("XDG_STATE_HOME", "/var/state/ada"), home))
                .isEqualTo(Path.of("/var/state/ada/hub-onboard/logs"));
        assertThat(LogDirectory.resolve("Linux", Map.of("XDG_STATE_HOME", "relative/state"), home))
                .isEqualTo(Path.of("/home/ada/.local/state/hub-onboard/logs"));
        assertThat(LogDirectory.resolve("Linux", Map.of(), home))
                .isEqualTo(Path.of("/home/ada/.local/state/hub-onboard/logs"));
    }

    @Test
    void macOsUsesLibraryLogs() {
        assertThat(LogDirectory.resolve("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/ada/Library/Logs/Hub Onboard"));
    }

    @Test
    void windowsUsesLocalAppData() {
        assertThat(LogDirectory.resolve("Windows 11", Map.of("LOCALAPPDATA", "/c/Users/ada/AppData/Local"), home))
                .isEqualTo(Path.of("/c/Users/ada/AppData/Local/Hub Onboard/logs"));
        assertThat(LogDirectory.resolve("Windows 11", Map.of(), home))
                .isEqualTo(Path.of("/home/ada/AppData/Local/Hub Onboard/logs"));
    }
}
