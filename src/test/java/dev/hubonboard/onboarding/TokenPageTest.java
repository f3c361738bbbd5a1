package dev.hubonboard.onboarding;

import dev.hubonboard.onboarding.Browser.Opening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The token page: Docker Hub's in real use, the practice panel in practice, a copyable address without a browser. */
class TokenPageTest {
    private final List<String> opened = new ArrayList<>();

    @TempDir
    Path bin;

    @Test
    void realUseOpensDockerHubsTokenPage() {
        assertThat(TokenPage.open(AppMode.REAL, opened::add))
                .isEqualTo(new Opening.Opened("https://hub.docker.com/settings/personal-access-tokens"));
        assertThat(opened).containsExactly(TokenPage.DOCKER_HUB);
        assertThat(TokenPage.linkText(AppMode.REAL)).contains("Docker Hub");
    }

    @Test
    void practiceNeverOpensRealDockerHubAndSaysWhereThePracticeEquivalentIs() {
        Opening o = TokenPage.open(AppMode.PRACTICE, opened::add);
        assertThat(opened).isEmpty();
        assertThat(TokenPage.address(AppMode.PRACTICE)).isEmpty();
        assertThat(o).isInstanceOfSatisfying(Opening.PracticeInstead.class, p -> assertThat(p.message())
                .contains("practice panel").contains("Create token…").contains("Read-only")
                .doesNotContain("https://"));
    }

    @Test
    void noBrowserGivesTheAddressToCopyAndWhy() {
        Opening o = TokenPage.open(AppMode.REAL, a -> {
            throw new IOException("xdg-open is not installed");
        });
        assertThat(o).isInstanceOfSatisfying(Opening.CopyInstead.class, c -> {
            assertThat(c.address()).isEqualTo(TokenPage.DOCKER_HUB);
            assertThat(c.message()).isEqualTo("No web browser could be opened here (xdg-open is not installed). "
                    + "Copy this address into a browser: " + TokenPage.DOCKER_HUB);
        });
    }

    @Test
    void theSystemBrowserPicksEachOsOpenerAndRefusesOtherAddresses() throws Exception {
        assertThat(new SystemBrowser("Windows 11", Map.of()).command(TokenPage.DOCKER_HUB))
                .containsExactly("rundll32", "url.dll,FileProtocolHandler", TokenPage.DOCKER_HUB);
        assertThat(new SystemBrowser("Mac OS X", Map.of()).command(TokenPage.DOCKER_HUB))
                .containsExactly("open", TokenPage.DOCKER_HUB);
        assertThatThrownBy(() -> new SystemBrowser("Linux", Map.of()).command(TokenPage.DOCKER_HUB))
                .hasMessage("there is no desktop session");
        assertThatThrownBy(() -> new SystemBrowser("Linux", Map.of("DISPLAY", ":0", "PATH", bin.toString()))
                .command(TokenPage.DOCKER_HUB)).hasMessage("xdg-open is not installed");
        assertThatThrownBy(() -> new SystemBrowser("Linux", Map.of("DISPLAY", ":0")).command("file:///etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anXdgOpenThatFindsNoBrowserBecomesTheCopyableAddressAndOneThatOpensIsOpened() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"), "a shell script opener");
        Path xdgOpen = bin.resolve("xdg-open");
        Path log = bin.resolve("asked");
        Files.writeString(xdgOpen, "#!/bin/sh\necho \"$1\" > '" + log + "'\nexit 3\n");
        Files.setPosixFilePermissions(xdgOpen, PosixFilePermissions.fromString("rwx------"));

        // xdg-open's status 3: "a required tool could not be found" (no browser).
        SystemBrowser none = new SystemBrowser("Linux", Map.of("DISPLAY", ":0", "PATH", bin.toString()));
        assertThat(Browser.open(none, TokenPage.DOCKER_HUB)).isInstanceOfSatisfying(Opening.CopyInstead.class,
                c -> assertThat(c.message()).contains("xdg-open found no browser (exit status 3)"));
        assertThat(Files.readString(log).strip()).isEqualTo(TokenPage.DOCKER_HUB);

        Files.writeString(xdgOpen, "#!/bin/sh\nexit 0\n");
        assertThat(Browser.open(none, TokenPage.DOCKER_HUB)).isEqualTo(new Opening.Opened(TokenPage.DOCKER_HUB));
    }
}
