package dev.hubonboard.cli;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Hub and a registry whose words carry escape sequences (issue 20, item 8): a repository named with one and a
 * token-service refusal with one reach the terminal as plain text, in the text and the JSON report alike.
 */
class ServerTextTest {
    private static final String TOKEN = "dckr_pat_abcdefghijklmnopqrstuvwxyz0";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private void hostileServer() {
        String realm = server.url("/token").toString();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                String path = r.getUrl().encodedPath();
                if (path.equals("/v2/auth/token")) {
                    return json(200, "{\"access_token\":\"session-jwt-value\"}");
                }
                if (path.startsWith("/v2/namespaces/acme/repositories")) {
                    return json(200, "{\"count\":1,\"next\":null,\"results\":[{\"name\":\"evil\\u001b[2J\\u001b[31mname"
                            + "\\r\\u0007\",\"namespace\":\"acme\",\"is_private\":true}]}");
                }
                if (path.equals("/v2/")) {
                    return new MockResponse.Builder().code(401).addHeader("WWW-Authenticate",
                            "Bearer realm=\"" + realm + "\",service=\"registry.test\"").build();
                }
                if (path.equals("/token") && r.getUrl().toString().contains("push")) {
                    return json(401, "{\"details\":\"denied\\u001b]0;pwned\\u0007 \\u001b[5mblink\\u001b[0m\"}");
                }
                if (path.equals("/token")) { // a token that grants nothing: the repository is named as not pullable
                    return json(200, "{\"token\":\"" + jwt("{\"access\":[]}") + "\"}");
                }
                return json(404, "{}");
            }
        });
    }

    private static String jwt(String payload) {
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes()) + "." + b64.encodeToString(payload.getBytes())
                + ".c2ln";
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private CheckCapture check(String format) {
        hostileServer();
        CheckCapture run = new CheckCapture();
        run.run(TOKEN + "\n", (org, user) -> {
            throw new CheckCommand.UsageException("no keychain");
        }, List.of("--org", "acme", "--username", "scanner", "--token-stdin", "--hub-url", server.url("/").toString(),
                "--registry-url", server.url("/").toString(), "--format", format));
        return run;
    }

    @Test
    void theTextReportCarriesNoControlCharacters() {
        CheckCapture run = check("text");
        assertThat(run.exitCode).as(run.stderr + run.stdout).isEqualTo(1);
        assertThat(run.stdout).contains("denied blink").contains("acme/evilname");
        assertThat((run.stdout + run.stderr).chars().filter(c -> c != '\n'))
                .noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F));
    }

    /**
     * A Hub that lists a repository named with escape sequences and grants pull on it; the registry answers its tag
     * list 429 once (wait 1 s), so the "Waiting … s" line names that repository.
     */
    private void rateLimitedTagsOfAHostileName() {
        String evil = "evil\\u001b[2J\\u001b[31mname\\r\\u0007"; // as JSON escapes
        String realm = server.url("/token").toString();
        java.util.concurrent.atomic.AtomicBoolean limited = new java.util.concurrent.atomic.AtomicBoolean();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                String path = r.getUrl().encodedPath();
                if (path.equals("/v2/auth/token")) {
                    return json(200, "{\"access_token\":\"session-jwt-value\"}");
                }
                if (path.startsWith("/v2/namespaces/acme/repositories")) {
                    return json(200, "{\"count\":1,\"next\":null,\"results\":[{\"name\":\"" + evil
                            + "\",\"namespace\":\"acme\",\"is_private\":true}]}");
                }
                if (path.equals("/v2/")) {
                    return new MockResponse.Builder().code(401).addHeader("WWW-Authenticate",
                            "Bearer realm=\"" + realm + "\",service=\"registry.test\"").build();
                }
                if (path.equals("/token")) {
                    return json(200, "{\"token\":\"" + jwt("{\"access\":[{\"type\":\"repository\",\"name\":\"acme/"
                            + evil + "\",\"actions\":[\"pull\"]}]}") + "\"}");
                }
                if (path.endsWith("/tags/list") && limited.compareAndSet(false, true)) {
                    return new MockResponse.Builder().code(429).addHeader("Retry-After", "1").body("slow down").build();
                }
                if (path.endsWith("/tags/list")) {
                    return json(200, "{\"tags\":[\"latest\"]}");
                }
                return json(404, "{}");
            }
        });
    }

    @Test
    void connectsWaitingLineCarriesNoControlCharacters() {
        rateLimitedTagsOfAHostileName();
        ConnectCapture run = new ConnectCapture();
        run.run(TOKEN + "\n", () -> {
            throw new dev.hubonboard.azure.AzureSignInException(
                    dev.hubonboard.azure.AzureSignInException.Reason.NOT_SIGNED_IN, "run `az login`");
        }, (org, user) -> {
            throw new CheckCommand.UsageException("no keychain");
        }, List.of("--org", "acme", "--username", "scanner", "--token-stdin", "--hub-url", server.url("/").toString(),
                "--registry-url", server.url("/").toString(), "--subscription", "00000000-0000-0000-0000-000000000000",
                "--resource-group", "rg-security", "--location", "westeurope", "--arm-url",
                server.url("/").toString()));
        assertThat(run.stderr).contains("Waiting 1 s: rate-limited by ")
                .contains("the tags of acme/evilname");
        assertThat((run.stdout + run.stderr).chars().filter(c -> c != '\n'))
                .noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F));
    }

    @Test
    void theJsonReportCarriesNoControlCharactersEvenEscaped() {
        CheckCapture run = check("json");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.stdout).contains("denied blink").doesNotContain("\\u001B").doesNotContain("\\u0007")
                .doesNotContain("\\r");
    }
}
