package dev.hubonboard.cli;

import dev.hubonboard.net.BaseUrl;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * URL options that hide their host behind a user name, and a saved token sent to a host nobody chose (issue 20,
 * item 8): refused with exit 2, naming the option, before the keychain is read or any request is sent.
 */
class CustomHostTest {
    private final CheckCapture run = new CheckCapture();
    private final AtomicInteger keychainReads = new AtomicInteger();

    private int check(String... args) {
        return run.run("dckr_pat_abcdefghijklmnopqrstuvwxyz0\n", (org, user) -> {
            keychainReads.incrementAndGet();
            return "dckr_pat_abcdefghijklmnopqrstuvwxyz0";
        }, new ArrayList<>(List.of(args)));
    }

    private static final String[] BASE = {"--org", "acme", "--username", "scanner"};

    private String[] with(String... more) {
        List<String> all = new ArrayList<>(List.of(BASE));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void aUrlWithUserInfoIsRefusedNamingTheOptionAndTheRealHost() {
        for (String option : List.of("--hub-url", "--registry-url")) {
            for (String url : List.of("https://hub.docker.com@evil.example", "https://user:pa55word@evil.example/",
                    "https://@evil.example", "http://127.0.0.1@evil.example")) {
                assertThat(check(with("--token-stdin", option, url))).as(option + " " + url).isEqualTo(2);
                assertThat(run.stderr).as(url).startsWith("hub-onboard check: " + option + ": a URL with a user name "
                        + "or password before the host is not allowed").contains("here evil.example")
                        .doesNotContain("pa55word");
            }
        }
    }

    @Test
    void theSharedParserRefusesUserInfoForEveryOptionIncludingArmUrl() {
        assertThatThrownBy(() -> BaseUrl.parse("--arm-url", "https://management.azure.com@evil.example"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("--arm-url: a URL with a user")
                .hasMessageContaining("evil.example");
        assertThat(BaseUrl.parse("--arm-url", "https://management.azure.com/").host())
                .isEqualTo("management.azure.com");
        // An @ after the host (in the path or query) is not user info.
        assertThat(BaseUrl.parse("--hub-url", "https://hub.example/a@b").host()).isEqualTo("hub.example");
        assertThat(BaseUrl.parse("--hub-url", "https://hub.example?x=a@b").host()).isEqualTo("hub.example");
    }

    @Test
    void withTheKeychainANonDefaultHostNeedsAllowCustomHost() {
        assertThat(check(with("--from-keychain", "--hub-url", "https://hub.example.test"))).isEqualTo(2);
        assertThat(run.stderr).startsWith("hub-onboard check: --hub-url: with --from-keychain the saved token goes "
                + "only to hub.docker.com; to send it to hub.example.test add --allow-custom-host");
        assertThat(check(with("--from-keychain", "--registry-url", "http://127.0.0.1:5000"))).isEqualTo(2);
        assertThat(run.stderr).contains("--registry-url: with --from-keychain").contains("registry-1.docker.io");
        assertThat(keychainReads).as("refused before the keychain was read").hasValue(0);
        assertThat(run.stdout).isEmpty();

        // The default hosts, written in other ways, need no flag (the wrong org makes it fail later, not here).
        assertThat(check(with("--from-keychain", "--hub-url", "https://HUB.docker.com:443/", "--format", "xml")))
                .isEqualTo(2);
        assertThat(run.stderr).contains("--format must be text or json");
    }

    @Test
    void theFlagAndTheStandardInputNeedNoDefaultHost() {
        // Refused later for a reason of its own (nothing listens there): the host itself was accepted.
        assertThat(check(with("--from-keychain", "--allow-custom-host", "--hub-url", "http://127.0.0.1:9",
                "--registry-url", "http://127.0.0.1:9"))).isEqualTo(3);
        assertThat(keychainReads).hasValue(1);
        assertThat(check(with("--token-stdin", "--hub-url", "http://127.0.0.1:9", "--registry-url",
                "http://127.0.0.1:9"))).isEqualTo(3);
    }

    @Test
    void connectRefusesACustomArmHostWithTheKeychainToo() throws Exception {
        var args = new java.util.ArrayDeque<>(List.of("--org", "acme", "--username", "scanner", "--from-keychain",
                "--subscription", "00000000-0000-0000-0000-000000000000", "--resource-group", "rg", "--location",
                "westeurope", "--arm-url", "https://arm.example.test"));
        assertThatThrownBy(() -> ConnectOptions.parse(args)).isInstanceOf(CheckCommand.UsageException.class)
                .hasMessageStartingWith("--arm-url: with --from-keychain the saved token goes only to "
                        + "management.azure.com");
        var allowed = new java.util.ArrayDeque<>(List.of("--org", "acme", "--username", "scanner", "--from-keychain",
                "--subscription", "00000000-0000-0000-0000-000000000000", "--resource-group", "rg", "--location",
                "westeurope", "--arm-url", "https://arm.example.test", "--allow-custom-host"));
        assertThat(ConnectOptions.parse(allowed).armUrl()).isEqualTo("https://arm.example.test");
    }
}
