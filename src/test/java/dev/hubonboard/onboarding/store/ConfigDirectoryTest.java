package dev.hubonboard.onboarding.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigDirectoryTest {

    private final Path home = Path.of("/home/ana");

    @Test
    void linuxUsesXdgConfigHome() {
        assertThat(ConfigDirectory.resolve("Linux", Map.of("XDG_CONFIG_HOME", "/tmp/cfg"), home))
                .isEqualTo(Path.of("/tmp/cfg/hub-onboard"));
    }

    @Test
    void linuxDefaultsToDotConfigAndIgnoresARelativeXdgPath() {
        assertThat(ConfigDirectory.resolve("Linux", Map.of(), home)).isEqualTo(Path.of("/home/ana/.config/hub-onboard"));
        assertThat(ConfigDirectory.resolve("Linux", Map.of("XDG_CONFIG_HOME", "relative"), home))
                .isEqualTo(Path.of("/home/ana/.config/hub-onboard"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(ConfigDirectory.resolve("Windows 11", Map.of("APPDATA", "/users/ana/AppData/Roaming"), home))
                .isEqualTo(Path.of("/users/ana/AppData/Roaming", "Hub Onboard"));
        assertThat(ConfigDirectory.resolve("Windows 11", Map.of(), home))
                .isEqualTo(home.resolve("AppData").resolve("Roaming").resolve("Hub Onboard"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(ConfigDirectory.resolve("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Hub Onboard"));
    }

    @Test
    void forThisUserHonoursTheEnvironment() {
        // Surefire sets XDG_CONFIG_HOME to target/test-config so tests never touch the real config folder.
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && System.getProperty("os.name").startsWith("Linux")) {
            assertThat(ProgressStore.forThisUser().directory()).isEqualTo(Path.of(xdg, "hub-onboard"));
        }
    }
}
