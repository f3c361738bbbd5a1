package dev.hubonboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.sandbox.PracticeHub;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs {@code check} in this JVM on a fast transport (retry waits recorded, not slept) and keeps what it printed and
 * its exit code. Shared by the contract tests (cli) and the reliability suite.
 */
public final class CheckCapture {
    /** Retries with short waits and 60 s the longest rate-limit wait it accepts. */
    public static final HttpSettings FAST = new HttpSettings(Duration.ofSeconds(2), Duration.ofMillis(500), 3,
            Duration.ofMillis(10), Duration.ofSeconds(60));

    public final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    public int exitCode;
    public String stdout;
    public String stderr;
    /** The repository list saved with an onboarding, as {@code --from-keychain} reads it; none by default. */
    public CheckCommand.ExpectedSource saved = CheckCommand.ExpectedSource.NONE;
    private final HttpSettings settings;

    public CheckCapture() {
        this(FAST);
    }

    public CheckCapture(HttpSettings settings) {
        this.settings = settings;
    }

    public HttpTransport fastTransport() {
        return new HttpTransport(settings, waits::add, Clock.systemUTC());
    }

    /** {@code check args} with {@code stdin} as its standard input and {@code keychain} for --from-keychain. */
    public int run(String stdin, CheckCommand.TokenSource keychain, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        exitCode = new CheckCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                keychain, this::fastTransport, saved).run(args);
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return exitCode;
    }

    /** {@code check} of {@code hub}'s organization as {@code username}, the token on standard input, no keychain. */
    public CheckCapture run(PracticeHub hub, String username, String token, String... extra) {
        List<String> args = new ArrayList<>(List.of("--org", hub.org(), "--username", username, "--token-stdin",
                "--hub-url", hub.hubUrl().toString(), "--registry-url", hub.registryUrl().toString()));
        args.addAll(List.of(extra));
        run(token + "\n", (org, user) -> {
            throw new CheckCommand.UsageException("no keychain in this test");
        }, args);
        return this;
    }

    public JsonNode json() throws Exception {
        return new ObjectMapper().readTree(stdout);
    }

    /** The status of the check with this id in the JSON report; "absent" when there is none. */
    public String status(String id) throws Exception {
        for (JsonNode c : json().path("checks")) {
            if (c.path("id").asText().equals(id)) {
                return c.path("status").asText();
            }
        }
        return "absent";
    }
}
