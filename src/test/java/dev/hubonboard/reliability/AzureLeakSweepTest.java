package dev.hubonboard.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubonboard.azure.ArmClient;
import dev.hubonboard.azure.AzureSignInException;
import dev.hubonboard.azure.AzureToken;
import dev.hubonboard.azure.StandInAz;
import dev.hubonboard.cli.CheckCommand;
import dev.hubonboard.cli.ConnectCapture;
import dev.hubonboard.defender.ConnectorCreation;
import dev.hubonboard.defender.ConnectorSettings;
import dev.hubonboard.defender.ConnectorWritten;
import dev.hubonboard.defender.PreFlight;
import dev.hubonboard.defender.SavedConnector;
import dev.hubonboard.defender.SavedConnectors;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.net.ServiceException;
import dev.hubonboard.sandbox.PracticeAzure;
import dev.hubonboard.sandbox.PracticeHub;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secret-leak sweep of {@link LeakSweepTest}, for the Azure path: the Docker Hub token written into the
 * connector and the Azure access token, looked for in everything `connect` and the ARM client produce (stdout,
 * stderr, java.util.logging, exception messages, toString, saved files), including answers that echo them back.
 */
class AzureLeakSweepTest {
    static final String AZURE_TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJhcm0ifQ.LEAKCANARYazure0123456789";
    static final String CANARY = "LEAKCANARY";

    @TempDir
    Path temp;
    final Map<String, String> places = new LinkedHashMap<>();
    final List<String> secrets = new ArrayList<>(List.of(AZURE_TOKEN, CANARY));
    final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    Handler handler;
    Level level;

    @BeforeEach
    void captureLogging() {
        Logger root = Logger.getLogger("");
        level = root.getLevel();
        root.setLevel(Level.ALL);
        handler = new Handler() {
            @Override
            public synchronized void publish(LogRecord r) {
                logged.writeBytes((r.getMessage() + " " + java.util.Arrays.toString(r.getParameters()) + " "
                        + r.getThrown() + "\n").getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        root.addHandler(handler);
    }

    @AfterEach
    void release() {
        Logger.getLogger("").removeHandler(handler);
        Logger.getLogger("").setLevel(level);
    }

    @Test
    void connectPrintsNoTokenInAnyScenario() throws Exception {
        try (PracticeHub hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start()) {
            String token = hub.createToken(PracticeHub.Scope.READ);
            String write = hub.createToken(PracticeHub.Scope.WRITE);
            secrets.addAll(List.of(token, write));
            StandInAz az = StandInAz.signedIn(temp.resolve("bin"), AZURE_TOKEN, PracticeAzure.SUBSCRIPTION);
            record Scenario(String name, PracticeAzure.Builder azure, java.util.function.Consumer<PracticeAzure> faults,
                            String dockerToken, List<String> extra) {
            }
            List<Scenario> scenarios = List.of(
                    new Scenario("created", PracticeAzure.builder(), a -> { }, token, List.of()),
                    new Scenario("updated", PracticeAzure.builder().existingConnector("rg-apps", "old", "acme-corp", "u"),
                            a -> { }, token, List.of("--format", "json")),
                    new Scenario("dry run", PracticeAzure.builder(), a -> { }, token, List.of("--dry-run")),
                    new Scenario("dry run json", PracticeAzure.builder(), a -> { }, token, List.of("--dry-run", "--format", "json")),
                    new Scenario("not ready", PracticeAzure.builder(), a -> { }, write, List.of("--format", "json")),
                    new Scenario("403", PracticeAzure.builder(), a -> a.forbid("PUT", "securityConnectors", 1), token, List.of()),
                    new Scenario("429", PracticeAzure.builder(), a -> a.throttle("PUT", "securityConnectors", 1, 2), token, List.of()),
                    new Scenario("500 then read back", PracticeAzure.builder(),
                            a -> a.refuse("PUT", "securityConnectors", 1, 500, "InternalServerError", "boom"), token, List.of()),
                    // Azure's words echo both tokens back: they must come out masked.
                    new Scenario("400 echoing the tokens", PracticeAzure.builder(),
                            a -> a.refuse("PUT", "securityConnectors", 1, 400, "InvalidRequestContent",
                                    "bad token " + token + " with bearer " + AZURE_TOKEN), token, List.of("--format", "json")),
                    new Scenario("401 echoing", PracticeAzure.builder(),
                            a -> a.refuse("GET", "pricings", 1, 401, "InvalidAuthenticationToken", "token " + AZURE_TOKEN),
                            token, List.of()));
            for (Scenario s : scenarios) {
                try (PracticeAzure azure = s.azure().accessToken(AZURE_TOKEN).start()) {
                    s.faults().accept(azure);
                    ConnectCapture run = new ConnectCapture();
                    List<String> args = new ArrayList<>(List.of("--org", hub.org(), "--username", hub.dedicatedUsername(),
                            "--token-stdin", "--hub-url", hub.hubUrl().toString(), "--registry-url",
                            hub.registryUrl().toString(), "--subscription", PracticeAzure.SUBSCRIPTION,
                            "--resource-group", "rg-security", "--location", "westeurope", "--arm-url", azure.url().toString()));
                    args.addAll(s.extra());
                    run.run(s.dockerToken() + "\n", az.cli(), (o, u) -> {
                        throw new CheckCommand.UsageException("none");
                    }, args);
                    places.put(s.name() + " stdout", run.stdout);
                    places.put(s.name() + " stderr", run.stderr);
                    places.put(s.name() + " practice Azure toString and log", azure + "\n" + azure.requests());
                    assertThat(run.exitCode).as(s.name() + ": " + run.stderr).isIn(0, 1, 3, 4, 5);
                }
            }
            // The CLI failing with the token in its error output.
            StandInAz failing = StandInAz.script(temp.resolve("failing"), "echo 'ERROR: " + AZURE_TOKEN + "' >&2\nexit 3\n");
            try {
                failing.cli().signIn();
            } catch (AzureSignInException e) {
                places.put("az failure", e.getMessage() + e);
            }
            places.put("az token toString", az.cli().signIn().toString());
        }
        files(temp);
        sweep();
    }

    @Test
    void armClientErrorsFromAServerThatEchoesEverythingHoldNoToken() throws Exception {
        String docker = "dckr_pat_LEAKCANARYdocker0123456789abcdef";
        secrets.add(docker);
        com.sun.net.httpserver.HttpServer echo = com.sun.net.httpserver.HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger n = new AtomicInteger();
        echo.createContext("/", exchange -> {
            try (exchange) {
                int[] statuses = {400, 401, 403, 404, 409, 429, 500, 200};
                int status = statuses[Math.floorMod(n.getAndIncrement(), statuses.length)];
                String said = "you sent " + exchange.getRequestHeaders().getFirst("Authorization") + " and "
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String quoted = new ObjectMapper().writeValueAsString(said);
                String body = status == 200 ? "{\"value\":[{\"name\":" + quoted + ",\"properties\":{\"hierarchyIdentifier\":"
                        + quoted + "}}],\"registrationState\":" + quoted + "}"
                        : "{\"error\":{\"code\":" + quoted + ",\"message\":" + quoted + "}}";
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                if (status == 429) {
                    exchange.getResponseHeaders().set("Retry-After", "600");
                }
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        echo.start();
        try {
            HttpTransport transport = new HttpTransport(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(2),
                    1, Duration.ofMillis(1), Duration.ofSeconds(1)), d -> { }, Clock.systemUTC());
            ArmClient arm = new ArmClient(transport, HttpUrl.get("http://127.0.0.1:" + echo.getAddress().getPort()),
                    AzureToken.of(AZURE_TOKEN, Instant.now().plusSeconds(600), PracticeAzure.SUBSCRIPTION, null));
            ObjectNode body = new ObjectMapper().createObjectNode();
            body.putObject("properties").put("accessToken", docker);
            List<Call> calls = List.of(arm::subscriptions, () -> arm.resourceGroups("s"), () -> arm.locations("s"),
                    () -> arm.providerRegistrationState("s"), () -> arm.registerProvider("s"),
                    () -> arm.pricing("s", "Containers"), () -> arm.connectors("s"), () -> arm.connector("s", "g", "n"),
                    () -> arm.putConnector("s", "g", "n", body, docker), () -> arm.deleteConnector("s", "g", "n"),
                    () -> arm.permissions("s", "g"));
            int i = 0;
            for (int round = 0; round < 8; round++) {
                for (Call call : calls) {
                    i++;
                    try {
                        Object result = call.run();
                        // Lists and names are not messages: a server's echo there is the server's doing, but the
                        // connector type keeps no token field, so the token cannot come back in one.
                        if (call == calls.get(6) || call == calls.get(7)) {
                            places.put("result " + i, String.valueOf(result).replace(AZURE_TOKEN, "").contains(docker)
                                    ? docker : "");
                        }
                    } catch (ServiceException e) {
                        places.put("message " + i, e.getMessage() + "\n" + e + "\n" + e.detail());
                    }
                }
            }
            places.put("client toString", arm.toString());
        } finally {
            echo.stop(0);
        }
        sweep();
    }

    @Test
    void savedTargetsAndModelsHoldNoToken() throws Exception {
        String docker = "dckr_pat_LEAKCANARYsaved0123456789abcdef";
        secrets.add(docker);
        try (PracticeAzure azure = PracticeAzure.builder().accessToken(AZURE_TOKEN).start()) {
            HttpTransport transport = new HttpTransport(ConnectCapture.FAST, d -> { }, Clock.systemUTC());
            ArmClient arm = new ArmClient(transport, HttpUrl.get(azure.url().toString()),
                    AzureToken.of(AZURE_TOKEN, Instant.now().plusSeconds(600), null, null));
            ConnectorCreation creation = new ConnectorCreation(arm, d -> { }, Clock.systemUTC());
            ConnectorSettings settings = ConnectorSettings.builder("acme-corp", "acmescanner")
                    .subscriptionId(PracticeAzure.SUBSCRIPTION).resourceGroup("rg-security").location("westeurope").build();
            PreFlight preFlight = creation.preFlight(settings);
            ConnectorWritten written = creation.write(settings, preFlight, docker);
            SavedConnectors store = new SavedConnectors(temp.resolve("config"));
            store.save(SavedConnector.of("acme-corp", PracticeAzure.SUBSCRIPTION, written));
            places.put("pre-flight", preFlight.toString());
            places.put("review", creation.review(settings, preFlight).toString() + creation.review(settings, preFlight).text());
            places.put("written", written.toString());
            places.put("saved", store.load("acme-corp").orElseThrow().toString());
            places.put("read back", creation.readBack(store.load("acme-corp").orElseThrow()).toString());
            assertThat(azure.holdsToken("rg-security", "dockerhub-acme-corp", docker)).isTrue();
        }
        files(temp);
        assertThat(places.keySet()).anyMatch(k -> k.contains("defender-connectors"));
        sweep();
    }

    private interface Call {
        Object run() throws ServiceException;
    }

    private void files(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("az")).toList()) {
                places.put("file " + dir.relativize(f), Files.readString(f));
            }
        }
    }

    private void sweep() {
        places.put("java.util.logging", logged.toString(StandardCharsets.UTF_8));
        List<String> where = new ArrayList<>();
        for (Map.Entry<String, String> place : places.entrySet()) {
            String text = place.getValue() == null ? "" : place.getValue();
            for (String secret : secrets) {
                if (text.contains(secret)) {
                    where.add(place.getKey() + " holds " + secret.substring(0, Math.min(14, secret.length())) + "… in: "
                            + text.substring(0, Math.min(300, text.length())));
                }
            }
        }
        System.out.println("Azure leak sweep: " + places.size() + " places searched, " + where.size() + " leaks");
        assertThat(where).as("secrets found").isEmpty();
    }
}
