package dev.hubonboard.registry;

import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.registry.UntrustedRealmException.Reason;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token service a registry names must belong to it (issue 20, item 8): else a typed refusal, in words. */
class RealmTest {
    private static final HttpUrl DOCKER = HttpUrl.get(RegistryClient.DEFAULT_URL);
    private static final HttpUrl OTHER = HttpUrl.get("https://registry.example.com");
    private static final HttpUrl LOCAL = HttpUrl.get("http://127.0.0.1:5000");

    @StartStop
    final MockWebServer server = new MockWebServer();

    private static HttpUrl realm(HttpUrl registry, String realm) throws UntrustedRealmException {
        return new Challenge(realm, "s").tokenServiceFor(registry, 401);
    }

    private static void refused(HttpUrl registry, String realm, Reason reason, String words) {
        assertThatThrownBy(() -> realm(registry, realm)).as(registry + " → " + realm)
                .isInstanceOfSatisfying(UntrustedRealmException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.status()).isEqualTo(401);
                })
                .hasMessageStartingWith("The registry at " + registry.host() + " named ")
                .hasMessageContaining(words).hasMessageContaining("were not sent there");
    }

    @Test
    void dockerHubsRegistryAcceptsOnlyAuthDockerIo() throws Exception {
        assertThat(realm(DOCKER, "https://auth.docker.io/token").host()).isEqualTo("auth.docker.io");
        refused(DOCKER, "https://evil.example/token", Reason.NOT_DOCKERS, "not Docker's own (https://auth.docker.io)");
        refused(DOCKER, "https://login.docker.io/token", Reason.NOT_DOCKERS, "login.docker.io");
        refused(DOCKER, "http://auth.docker.io/token", Reason.NOT_DOCKERS, "http://auth.docker.io");
        refused(DOCKER, "https://auth.docker.io:8443/token", Reason.NOT_DOCKERS, "auth.docker.io:8443");
        refused(DOCKER, "http://127.0.0.1:8080/token", Reason.NOT_DOCKERS, "127.0.0.1:8080");
    }

    @Test
    void anotherRegistryAcceptsItsOwnHostOrRegistrableDomainOverHttps() throws Exception {
        assertThat(realm(OTHER, "https://registry.example.com/token").host()).isEqualTo("registry.example.com");
        assertThat(realm(OTHER, "https://auth.example.com/token").host()).isEqualTo("auth.example.com");
        refused(OTHER, "http://auth.example.com/token", Reason.NOT_HTTPS, "without https");
        refused(OTHER, "https://example.org/token", Reason.OTHER_DOMAIN, "neither registry.example.com nor in its "
                + "domain (example.com)");
        refused(OTHER, "https://localhost/token", Reason.LOOPBACK_FROM_REMOTE, "which is this computer");
        refused(OTHER, "https://[::1]:443/token", Reason.LOOPBACK_FROM_REMOTE, "which is this computer");
        refused(OTHER, "not a url", Reason.NOT_A_URL, "not a URL");
        // A public suffix is not a registrable domain: two github.io sites are strangers.
        HttpUrl pages = HttpUrl.get("https://alice.github.io");
        refused(pages, "https://mallory.github.io/token", Reason.OTHER_DOMAIN, "mallory.github.io");
    }

    @Test
    void aRegistryOnThisMachineMayNameATokenServiceOnThisMachineOnly() throws Exception {
        assertThat(realm(LOCAL, "http://127.0.0.1:5001/token").port()).isEqualTo(5001);
        assertThat(realm(LOCAL, "http://localhost:5001/token").host()).isEqualTo("localhost");
        refused(LOCAL, "https://auth.example.com/token", Reason.OTHER_DOMAIN, "neither 127.0.0.1");
    }

    @Test
    void discoveryRefusesALoopbackRealmFromARemoteLookingChallengeBeforeAnyTokenRequest() {
        // The registry runs on loopback here; a realm on another host is refused before the token goes anywhere.
        server.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate",
                "Bearer realm=\"https://auth.attacker.example/token\",service=\"registry.docker.io\"").build());
        HttpTransport transport = new HttpTransport(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 1,
                Duration.ofMillis(1), Duration.ofSeconds(1)), d -> { }, Clock.systemUTC());
        assertThatThrownBy(() -> new RegistryClient(transport, server.url("/")).discover())
                .isInstanceOf(UntrustedRealmException.class).hasMessageContaining("auth.attacker.example");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
