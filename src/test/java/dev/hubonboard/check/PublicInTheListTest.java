package dev.hubonboard.check;

import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.sandbox.PracticeHub;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repository the owner's list calls private but anyone may pull (an anonymous token request for pull is granted)
 * is reported as public, with the likely cause: the list was made without the organization access token's
 * Repository List permission (hub-facts; issue 19.7).
 */
class PublicInTheListTest {

    static CheckResult pullCheck(List<String> expected) {
        try (PracticeHub hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start()) {
            HttpTransport transport = new HttpTransport(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 1,
                    Duration.ofMillis(1), Duration.ofSeconds(5)), d -> { }, Clock.systemUTC());
            Report r = new ConnectionTest(transport, HttpUrl.get(hub.hubUrl().toString()),
                    HttpUrl.get(hub.registryUrl().toString())).run(new CheckTarget(hub.org(), hub.dedicatedUsername(),
                    hub.createToken(PracticeHub.Scope.READ), expected), new CheckListener() { });
            return r.checks().stream().filter(c -> c.id() == CheckId.PULL).findFirst().orElseThrow();
        }
    }

    @Test
    void aListedRepositoryAnyoneCanPullIsCalledPublicWithTheLikelyCause() {
        CheckResult pull = pullCheck(List.of("billing-api", "docs-site"));

        assertThat(pull.status()).isEqualTo(Outcome.WARN);
        assertThat(pull.summary()).contains("1 of the listed repositories is public, not private: anyone may pull "
                + "acme-corp/docs-site");
        assertThat(pull.remediation()).contains("without \"Repository List\"");
    }

    @Test
    void aListOfPrivateRepositoriesPassesAsBefore() {
        CheckResult pull = pullCheck(List.of("billing-api", "web", "worker"));

        assertThat(pull.status()).isEqualTo(Outcome.PASS);
        assertThat(pull.summary()).doesNotContain("public");
    }
}
