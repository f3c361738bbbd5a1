package dev.hubonboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hubonboard.azure.AzureSignIn;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Runs {@code connect} in this JVM with retry waits recorded (not slept) and keeps stdout, stderr and the exit code. */
public final class ConnectCapture {
    public static final HttpSettings FAST = new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 3,
            Duration.ofMillis(10), Duration.ofSeconds(60));

    public final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    public final List<Duration> registrationWaits = Collections.synchronizedList(new ArrayList<>());
    public int exitCode;
    public String stdout;
    public String stderr;

    public int run(String stdin, AzureSignIn signIn, CheckCommand.TokenSource keychain, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        exitCode = new ConnectCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                keychain, () -> new HttpTransport(FAST, waits::add, Clock.systemUTC()), signIn, registrationWaits::add)
                .run(args);
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return exitCode;
    }

    /** As {@link #run}, recording written connectors in {@code records} (null: not recorded). */
    public int runRecording(String stdin, AzureSignIn signIn, dev.hubonboard.defender.SavedConnectors records,
                            List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        exitCode = new ConnectCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                (o, u) -> {
                    throw new CheckCommand.UsageException("no keychain in this test");
                }, () -> new HttpTransport(FAST, waits::add, Clock.systemUTC()), signIn, registrationWaits::add)
                .recordingIn(records).run(args);
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return exitCode;
    }

    public JsonNode json() throws Exception {
        return new ObjectMapper().readTree(stdout);
    }
}
