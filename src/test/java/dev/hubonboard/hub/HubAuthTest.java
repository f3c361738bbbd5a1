package dev.hubonboard.hub;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HubAuthTest extends HubServerTest {
    private static final String JWT =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwiZXhwIjoxNzY4NDc0MDAwfQ.c2ln";

    @Test
    void createAccessTokenPostsIdentifierAndSecret() throws Exception {
        enqueue(200, "{\"access_token\":\"" + JWT + "\"}");

        AccessToken token = client.createAccessToken("acme", "dckr_oat_abcdefghijklmnopqrstuvwxyz1");

        assertThat(token.value()).isEqualTo(JWT);
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/v2/auth/token");
        assertThat(r.getHeaders().get("Authorization")).isNull();
        JsonNode body = jsonBody(r);
        assertThat(body.get("identifier").asText()).isEqualTo("acme");
        assertThat(body.get("secret").asText()).isEqualTo("dckr_oat_abcdefghijklmnopqrstuvwxyz1");
        assertThat(body.size()).isEqualTo(2);
    }

    @Test
    void tokenExpiryIsReadFromTheJwt() throws Exception {
        enqueue(200, "{\"access_token\":\"" + JWT + "\"}");

        AccessToken token = client.createAccessToken("alice", "pw");

        assertThat(token.expiresAt()).contains(java.time.Instant.ofEpochSecond(1768474000L));
        assertThat(new AccessToken("opaque").expiresAt()).isEmpty();
    }

    @Test
    void badCredentialsOnTokenLoginAreNotRetried() throws Exception {
        enqueue(401, "{\"detail\":\"Incorrect authentication credentials\",\"message\":\"incorrect username or password\"}");
        enqueue(200, "{\"access_token\":\"never-used\"}");

        assertThatThrownBy(() -> client.createAccessToken("alice", "wrong"))
                .isInstanceOfSatisfying(BadCredentialsException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.detail()).contains("Incorrect authentication credentials");
                    assertThat(e.getMessage()).contains("incorrect username or password")
                            .contains("Docker ID (not the e-mail address)").contains("10 minutes");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void badCredentialsOnPasswordLoginAreNotRetried() {
        enqueue(401, "{\"detail\":\"Incorrect authentication credentials\"}");
        enqueue(200, "{\"token\":\"never-used\"}");

        assertThatThrownBy(() -> client.loginWithPassword("alice", "wrong"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void loginServerErrorIsNotRetried() {
        enqueue(503, "{\"detail\":\"unavailable\"}");
        enqueue(200, "{\"access_token\":\"never-used\"}");

        assertThatThrownBy(() -> client.createAccessToken("alice", "pw"))
                .isInstanceOf(dev.hubonboard.net.UnreachableException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void passwordLoginReturnsToken() throws Exception {
        enqueue(200, "{\"token\":\"" + JWT + "\"}");

        AccessToken token = client.loginWithPassword("alice", "p@ssw0rd");

        assertThat(token.value()).isEqualTo(JWT);
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/v2/users/login");
        JsonNode body = jsonBody(r);
        assertThat(body.get("username").asText()).isEqualTo("alice");
        assertThat(body.get("password").asText()).isEqualTo("p@ssw0rd");
    }

    @Test
    void secondFactorFlowEndToEnd() throws Exception {
        enqueue(401, "{\"detail\":\"Require secondary authentication on MFA enabled account\","
                + "\"login_2fa_token\":\"two-factor-challenge-token\"}");
        enqueue(200, "{\"token\":\"" + JWT + "\"}");

        SecondFactorRequiredException needed = org.junit.jupiter.api.Assertions.assertThrows(
                SecondFactorRequiredException.class, () -> client.loginWithPassword("alice", "p@ssw0rd"));
        assertThat(needed.status()).isEqualTo(401);
        assertThat(needed.getMessage()).contains("two-factor").contains("code");
        assertThat(needed.challenge().login2faToken()).isEqualTo("two-factor-challenge-token");

        AccessToken token = client.loginWithSecondFactor(needed.challenge(), " 123456 ");

        assertThat(token.value()).isEqualTo(JWT);
        assertThat(take().getUrl().encodedPath()).isEqualTo("/v2/users/login");
        RecordedRequest second = take();
        assertThat(second.getMethod()).isEqualTo("POST");
        assertThat(second.getUrl().encodedPath()).isEqualTo("/v2/users/2fa-login");
        JsonNode body = jsonBody(second);
        assertThat(body.get("login_2fa_token").asText()).isEqualTo("two-factor-challenge-token");
        assertThat(body.get("code").asText()).isEqualTo("123456");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void wrongSecondFactorCodeIsBadCredentialsAndNotRetried() {
        enqueue(401, "{\"detail\":\"Incorrect authentication credentials\"}");
        enqueue(200, "{\"token\":\"never-used\"}");

        assertThatThrownBy(() -> client.loginWithSecondFactor(new SecondFactorChallenge("c"), "000000"))
                .isInstanceOfSatisfying(BadCredentialsException.class,
                        e -> assertThat(e.getMessage()).contains("two-factor code"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void expiredSecondFactorChallengeAsksForANewLogin() {
        enqueue(401, "{\"detail\":\"login_2fa_token is expired\"}");

        assertThatThrownBy(() -> client.loginWithSecondFactor(new SecondFactorChallenge("old"), "123456"))
                .isInstanceOfSatisfying(TokenExpiredException.class,
                        e -> assertThat(e.getMessage()).contains("log in again with the password"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void ssoEnforcedRequiresToken() {
        enqueue(401, "{\"detail\":\"please use personal access token to login when SSO is enforced\"}");

        assertThatThrownBy(() -> client.loginWithPassword("alice", "pw"))
                .isInstanceOfSatisfying(SsoRequiresTokenException.class, e -> {
                    assertThat(e.getMessage()).contains("single sign-on").contains("personal access token");
                    assertThat(e.detail()).isEqualTo("please use personal access token to login when SSO is enforced");
                });
    }

    @Test
    void organizationAccountCannotLogIn() {
        enqueue(401, "{\"detail\":\"Cannot log into an organization account\"}");

        assertThatThrownBy(() -> client.loginWithPassword("acme", "dckr_oat_x"))
                .isInstanceOfSatisfying(OrganizationAccountException.class,
                        e -> assertThat(e.getMessage()).contains("organization account").contains("Docker ID"));
    }

    @Test
    void expiredPersonalAccessToken() {
        enqueue(401, "{\"detail\":\"personal access token is expired\"}");

        assertThatThrownBy(() -> client.createAccessToken("alice", "dckr_pat_old"))
                .isInstanceOfSatisfying(TokenExpiredException.class, e -> {
                    assertThat(e.getMessage()).contains("expired").contains("new access token");
                    assertThat(e.detail()).isEqualTo("personal access token is expired");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void answerWithoutTokenIsUnexpected() {
        enqueue(200, "{\"something\":\"else\"}");

        assertThatThrownBy(() -> client.createAccessToken("alice", "pw"))
                .isInstanceOfSatisfying(UnexpectedResponseException.class,
                        e -> assertThat(e.getMessage()).contains("access_token"));
    }

    @Test
    void emptyInputIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> client.createAccessToken(" ", "pw")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.loginWithPassword("alice", "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void tokensAndChallengesHideTheirValue() {
        assertThat(new AccessToken("value-123").toString()).isEqualTo("AccessToken[***]");
        assertThat(new SecondFactorChallenge("challenge-123").toString()).doesNotContain("challenge-123");
    }
}
