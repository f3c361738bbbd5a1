package dev.hubonboard.hub;

import dev.hubonboard.net.ServiceException;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Provokes every error kind with a server that echoes the credentials back, and checks that none of them reaches an
 * exception's message, toString, detail or stack trace.
 */
class HubSecretsTest extends HubServerTest {
    private static final String PASSWORD = "Pa55-SECRET-password-4711";
    private static final String PAT = "dckr_pat_SECRETsecretSECRETsecret12";
    private static final String BEARER = "bearer-SECRET-9f8e7d6c";
    private static final String CHALLENGE = "2fa-SECRET-challenge-c0ffee";
    private static final String CODE = "864213";
    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJTRUNSRVQifQ.U0VDUkVUc2ln";
    /**
     * Each call's body echoes the credentials sent with that call, plus token-shaped strings (a PAT and a JWT),
     * which are masked whoever they belong to.
     */
    private static final String LOGIN_ECHO = PASSWORD + " " + PAT + " " + JWT;
    private static final String SECOND_FACTOR_ECHO = CHALLENGE + " " + CODE + " " + PAT + " " + JWT;
    private static final String BEARER_ECHO = BEARER + " " + PAT + " " + JWT;

    private record Case(String name, Class<? extends ServiceException> expected, int status, String body,
                        Call call) {
    }

    @FunctionalInterface
    private interface Call {
        void run(HubClient client) throws Exception;
    }

    private static final List<String> ALL = List.of(PASSWORD, PAT, BEARER, CHALLENGE, CODE, JWT);

    private static final AccessToken SECRET_TOKEN = new AccessToken(BEARER);

    private static List<Case> cases() {
        return List.of(
                new Case("bad credentials", BadCredentialsException.class, 401,
                        "{\"detail\":\"wrong password " + LOGIN_ECHO + "\"}", c -> c.createAccessToken("alice", PASSWORD)),
                new Case("bad 2FA code", BadCredentialsException.class, 401,
                        "{\"detail\":\"bad code " + SECOND_FACTOR_ECHO + "\"}",
                        c -> c.loginWithSecondFactor(new SecondFactorChallenge(CHALLENGE), CODE)),
                new Case("second factor", SecondFactorRequiredException.class, 401,
                        "{\"detail\":\"Require secondary authentication " + LOGIN_ECHO + "\",\"login_2fa_token\":\""
                                + CHALLENGE + "\"}", c -> c.loginWithPassword("alice", PASSWORD)),
                new Case("SSO", SsoRequiresTokenException.class, 401,
                        "{\"detail\":\"please use personal access token to login when SSO is enforced " + LOGIN_ECHO + "\"}",
                        c -> c.loginWithPassword("alice", PASSWORD)),
                new Case("organization account", OrganizationAccountException.class, 401,
                        "{\"detail\":\"Cannot log into an organization account " + LOGIN_ECHO + "\"}",
                        c -> c.createAccessToken("acme", PASSWORD)),
                new Case("token expired", TokenExpiredException.class, 401,
                        "{\"detail\":\"token is expired " + LOGIN_ECHO + "\"}", c -> c.createAccessToken("alice", PASSWORD)),
                new Case("session expired", SessionExpiredException.class, 401,
                        "{\"message\":\"unauthorized " + BEARER_ECHO + "\"}", c -> c.organization(SECRET_TOKEN, "acme")),
                new Case("personal token refused", PersonalTokenNotAllowedException.class, 403,
                        "{\"detail\":\"forbidden with personal access token " + BEARER_ECHO + "\"}",
                        c -> c.pendingInvites(SECRET_TOKEN, "acme")),
                new Case("forbidden", ForbiddenException.class, 403, "<html><title>no " + BEARER_ECHO + "</title></html>",
                        c -> c.members(SECRET_TOKEN, "acme", null)),
                new Case("not found", NotFoundException.class, 404, "not found " + BEARER_ECHO,
                        c -> c.repositories(SECRET_TOKEN, "acme")),
                new Case("other 4xx", UnexpectedResponseException.class, 422,
                        "{\"fields\":{\"x\":[\"" + BEARER_ECHO + "\"]},\"text\":\"" + BEARER_ECHO + "\"}",
                        c -> c.invite(SECRET_TOKEN, new InviteRequest("acme", null, "editor", List.of("b"), false))),
                new Case("already invited", dev.hubonboard.hub.AlreadyInvitedException.class, 409,
                        "{\"fields\":{\"x\":[\"" + BEARER_ECHO + "\"]},\"text\":\"" + BEARER_ECHO + "\"}",
                        c -> c.invite(SECRET_TOKEN, new InviteRequest("acme", null, "editor", List.of("b"), false))),
                new Case("malformed login answer", UnexpectedResponseException.class, 200,
                        "{\"access_token\": " + PAT + " " + JWT + "}", c -> c.createAccessToken("alice", PASSWORD)),
                new Case("rate limited", dev.hubonboard.net.RateLimitedException.class, 429, "slow down",
                        c -> c.createAccessToken("alice", PASSWORD)));
    }

    @TestFactory
    Stream<DynamicTest> noSecretInAnyError() {
        return cases().stream().map(k -> DynamicTest.dynamicTest(k.name(), check(k)));
    }

    private Executable check(Case k) {
        return () -> {
            MockResponse.Builder response = new MockResponse.Builder().code(k.status()).body(k.body());
            if (k.status() == 429) {
                response.addHeader("Retry-After", "86400");
            }
            server.enqueue(response.build());

            ServiceException e = assertThrows(k.expected(), () -> k.call().run(client));

            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            for (String secret : ALL) {
                assertThat(e.getMessage()).as("message").doesNotContain(secret);
                assertThat(e.toString()).as("toString").doesNotContain(secret);
                assertThat(trace.toString()).as("stack trace").doesNotContain(secret);
                if (!(e instanceof dev.hubonboard.net.RateLimitedException)) {
                    assertThat(e.detail()).as("detail").doesNotContain(secret);
                }
            }
            assertThat(e.getMessage()).isNotBlank();
            if (e instanceof SecondFactorRequiredException s) {
                assertThat(s.challenge().login2faToken()).isEqualTo(CHALLENGE); // carried, just not shown
                assertThat(s.challenge().toString()).doesNotContain(CHALLENGE);
            }
        };
    }
}
