package dev.hubonboard.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hubonboard.cli.CheckCommand;
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

/** Runs {@code check} against a practice Hub on a fast transport, capturing everything it prints. */
final class CheckRunner {
    final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    int exitCode;
    String stdout;
    String stderr;

    HttpTransport fastTransport() {
        return new HttpTransport(new HttpSettings(Duration.ofSeconds(2), Duration.ofMillis(500), 3,
                Duration.ofMillis(10), Duration.ofSeconds(60)), waits::add, Clock.systemUTC());
    }

    CheckRunner run(PracticeHub hub, String username, String token, String... extra) {
        List<String> args = new ArrayList<>(List.of("--org", hub.org(), "--username", username, "--token-stdin",
                "--hub-url", hub.hubUrl().toString(), "--registry-url", hub.registryUrl().toString()));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        exitCode = new CheckCommand(new ByteArrayInputStream((token + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                (org, user) -> {
                    throw new CheckCommand.UsageException("no keychain in this test");
                }, this::fastTransport).run(args);
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return this;
    }

    JsonNode json() throws Exception {
        return new ObjectMapper().readTree(stdout);
    }

    String status(String id) throws Exception {
        for (JsonNode c : json().path("checks")) {
            if (c.path("id").asText().equals(id)) {
                return c.path("status").asText();
            }
        }
        return "absent";
    }

    String summary(String id) throws Exception {
        for (JsonNode c : json().path("checks")) {
            if (c.path("id").asText().equals(id)) {
                return c.path("summary").asText();
            }
        }
        return "";
    }
}
