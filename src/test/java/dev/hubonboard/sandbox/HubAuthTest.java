package dev.hubonboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static dev.hubonboard.sandbox.TestHttp.bearer;
import static dev.hubonboard.sandbox.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

class HubAuthTest {

    private PracticeHub hub;
    private final TestHttp http = new TestHttp();

    @BeforeEach
    void start() {
        hub = PracticeHub.builder().emailVerified(true).start();
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private HttpResponse<String> authToken(String identifier, String secret) {
        return http.post(hub.hubUrl().resolve("/v2/auth/token"), null, Map.of("identifier", identifier, "secret", secret));
    }

    @Test
    void patOfTheUserGivesAJwtNamingUserKindAndScope() {
        String pat = hub.createToken(PracticeHub.Scope.READ);
        HttpResponse<String> r = authToken(hub.dedicatedUsername(), pat);

        assertThat(r.statusCode()).isEqualTo(200);
        String jwt = json(r).get("access_token").asText();
        assertThat(jwt.split("\\.")).hasSize(3);
        assertThat(jwt).doesNotContain("=");
        JsonNode claims = TestHttp.payload(jwt);
        assertThat(claims.get("sub").asText()).isEqualTo("acmescanner");
        assertThat(claims.get("kind").asText()).isEqualTo("pat");
        assertThat(claims.get("scope").asText()).isEqualTo("repo:read");
        assertThat(claims.get("exp").asLong()).isGreaterThan(System.currentTimeMillis() / 1000);
    }

    @Test
    void organizationTokenNeedsTheOrganizationAsIdentifier() {
        HttpResponse<String> ok = authToken(hub.org(), hub.organizationAccessToken());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(TestHttp.payload(json(ok).get("access_token").asText()).get("kind").asText()).isEqualTo("oat");

        HttpResponse<String> asUser = authToken(hub.ownerUsername(), hub.organizationAccessToken());
        assertThat(asUser.statusCode()).isEqualTo(401);
        assertThat(json(asUser).get("detail").asText()).isEqualTo("incorrect username or password");
    }

    @Test
    void wrongPairsAndEmailIdentifiersAreRefused() {
        String pat = hub.createToken(PracticeHub.Scope.READ);
        assertThat(authToken(hub.dedicatedUsername(), "dckr_pat_wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> email = authToken(hub.dedicatedEmail(), pat);
        assertThat(email.statusCode()).isEqualTo(401);
        assertThat(json(email).get("detail").asText()).isEqualTo("incorrect username or password");
        // A PAT belongs to its user: the owner cannot use the scanner's token.
        assertThat(authToken(hub.ownerUsername(), pat).statusCode()).isEqualTo(401);
    }

    @Test
    void expiredPatSaysSo() {
        String expired = hub.createToken(PracticeHub.Scope.READ, true);
        HttpResponse<String> r = authToken(hub.dedicatedUsername(), expired);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(json(r).get("detail").asText()).contains("personal access token is expired");
    }

    @Test
    void passwordWorksForAUserWithout2fa() {
        assertThat(authToken(hub.dedicatedUsername(), hub.dedicatedPassword()).statusCode()).isEqualTo(200);
    }

    @Test
    void ownerPasswordNeedsTheSecondFactorOnTheDeprecatedRoute() {
        HttpResponse<String> first = http.post(hub.hubUrl().resolve("/v2/users/login"), null,
                Map.of("username", hub.ownerUsername(), "password", hub.ownerPassword()));
        assertThat(first.statusCode()).isEqualTo(401);
        assertThat(json(first).get("detail").asText()).isEqualTo("Require secondary authentication on MFA enabled account");
        String loginToken = json(first).get("login_2fa_token").asText();

        HttpResponse<String> wrongCode = http.post(hub.hubUrl().resolve("/v2/users/2fa-login"), null,
                Map.of("login_2fa_token", loginToken, "code", "000000"));
        assertThat(wrongCode.statusCode()).isEqualTo(401);

        HttpResponse<String> second = http.post(hub.hubUrl().resolve("/v2/users/2fa-login"), null,
                Map.of("login_2fa_token", loginToken, "code", hub.ownerSecondFactorCode()));
        assertThat(second.statusCode()).isEqualTo(200);
        JsonNode claims = TestHttp.payload(json(second).get("token").asText());
        assertThat(claims.get("sub").asText()).isEqualTo("acmeowner");
        assertThat(claims.get("kind").asText()).isEqualTo("password");
    }

    @Test
    void ownerPasswordAloneIsRefusedByTheCurrentRoute() {
        HttpResponse<String> r = authToken(hub.ownerUsername(), hub.ownerPassword());
        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void deprecatedLoginRejectsOrganizationTokens() {
        HttpResponse<String> r = http.post(hub.hubUrl().resolve("/v2/users/login/"), null,
                Map.of("username", hub.org(), "password", hub.organizationAccessToken()));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(json(r).get("detail").asText()).isEqualTo("Cannot log into an organization account");
    }

    @Test
    void deprecatedLoginAcceptsAPat() {
        String pat = hub.createToken(PracticeHub.Scope.READ);
        HttpResponse<String> r = http.post(hub.hubUrl().resolve("/v2/users/login"), null,
                Map.of("username", hub.dedicatedUsername(), "password", pat));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(TestHttp.payload(json(r).get("token").asText()).get("kind").asText()).isEqualTo("pat");
    }

    @Test
    void tamperedOrForeignJwtIsRejected() {
        String jwt = http.hubToken(hub, hub.org(), hub.organizationAccessToken());
        String[] parts = jwt.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + "AAAA" + parts[2].substring(4);
        assertThat(http.get(hub.hubUrl().resolve("/v2/orgs/acme-corp"), bearer(forged)).statusCode()).isEqualTo(401);

        try (PracticeHub other = PracticeHub.start()) {
            String foreign = http.hubToken(other, other.org(), other.organizationAccessToken());
            assertThat(http.get(hub.hubUrl().resolve("/v2/orgs/acme-corp"), bearer(foreign)).statusCode())
                    .isEqualTo(401);
        }
        assertThat(http.get(hub.hubUrl().resolve("/v2/orgs/acme-corp"), bearer(jwt)).statusCode()).isEqualTo(200);
    }
}
