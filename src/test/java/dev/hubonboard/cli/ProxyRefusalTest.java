package dev.hubonboard.cli;

import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.net.NetworkSettings;
import dev.hubonboard.net.ProxySettings;
import dev.hubonboard.net.Sleeper;
import dev.hubonboard.net.TrustStores;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTPS_PROXY=https://user:password@… (issue 20, item 8) as the commands meet it: a usage error in words that name
 * the variable and the fix, exit 2, nothing sent and no stack trace, for check and connect alike.
 */
class ProxyRefusalTest {
    private static final String TOKEN = "dckr_pat_abcdefghijklmnopqrstuvwxyz0";
    private static final Map<String, String> ENV = Map.of("HTTPS_PROXY", "https://scanner:s3cret-Pa55@proxy.corp:3128");

    /** The standard transport, built as HttpTransport.standard() does, with this environment. */
    private static final Supplier<HttpTransport> TRANSPORT = () -> new HttpTransport(CheckCapture.FAST, Sleeper.REAL,
            Clock.systemUTC(), new NetworkSettings(new ProxySettings(null, ENV::get), TrustStores.forThisComputer()));

    @Test
    void checkSaysWhatIsWrongWithTheVariableAndExitsTwo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CheckCommand(new ByteArrayInputStream((TOKEN + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                (org, user) -> null, TRANSPORT).run(List.of("--org", "acme", "--username", "scanner", "--token-stdin"));
        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(said).isEqualTo(2);
        assertThat(said).startsWith("hub-onboard check: HTTPS_PROXY names an https:// proxy with a user name and "
                + "password").contains("HTTPS_PROXY=http://USER:PASSWORD@proxy.corp:3128")
                .doesNotContain("s3cret-Pa55").doesNotContain("\tat ");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void connectSaysTheSameAndExitsTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new ConnectCommand(new ByteArrayInputStream((TOKEN + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), (org, user) -> null, TRANSPORT,
                () -> {
                    throw new AssertionError("no Azure sign-in before the connection test");
                }, d -> { }).run(List.of("--org", "acme", "--username", "scanner", "--token-stdin", "--subscription",
                "00000000-0000-0000-0000-000000000000", "--resource-group", "rg", "--location", "westeurope"));
        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(said).isEqualTo(2);
        assertThat(said).startsWith("hub-onboard connect: HTTPS_PROXY names an https:// proxy")
                .doesNotContain("s3cret-Pa55");
    }
}
