package dev.hubonboard.reliability;

import dev.hubonboard.cli.CheckCapture;
import dev.hubonboard.check.CheckListener;
import dev.hubonboard.check.CheckResult;
import dev.hubonboard.check.CheckTarget;
import dev.hubonboard.check.ConnectionTest;
import dev.hubonboard.check.Report;
import dev.hubonboard.check.ReportFormat;
import dev.hubonboard.hub.AccessToken;
import dev.hubonboard.hub.HubClient;
import dev.hubonboard.hub.InviteRequest;
import dev.hubonboard.hub.SecondFactorChallenge;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.net.RetryNotice;
import dev.hubonboard.net.ServiceException;
import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.registry.Challenge;
import dev.hubonboard.registry.RegistryClient;
import dev.hubonboard.registry.RegistryToken;
import dev.hubonboard.sandbox.Fault;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.sandbox.Target;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
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
 * Runs the check command, the clients and the saved progress with recognisable secrets, and looks for them in
 * everything the app writes: stdout, stderr, java.util.logging, exception messages and toString, reports in every
 * format, and the files of the config folder.
 */
class LeakSweepTest {
    static final String TOKEN = "dckr_pat_LEAKCANARYt0k3n0123456789abcdefXY";
    static final String OAT = "dckr_oat_LEAKCANARYorg0123456789abcdefXY";
    static final String PASSWORD = "LeakCanaryPassw0rd-7731!";
    static final String SESSION = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJMRUFLQ0FOQVJZIn0.LEAKCANARYsessionSig";
    static final String CHALLENGE = "LEAKCANARY2faChallengeToken0123456789";
    static final String CODE = "731905";

    static final AtomicInteger LEAKS = new AtomicInteger();
    static final AtomicInteger PLACES = new AtomicInteger();
    static final ByteArrayOutputStream LOGGED = new ByteArrayOutputStream();
    static final ByteArrayOutputStream CONSOLE = new ByteArrayOutputStream();
    static Handler julHandler;
    static Level rootLevel;
    static PrintStream originalOut;
    static PrintStream originalErr;

    @TempDir
    Path configDir;

    /** Where each secret may never appear, collected per test, checked at the end of it. */
    private final Map<String, String> places = new LinkedHashMap<>();
    private final List<String> secrets = new ArrayList<>(List.of(TOKEN, OAT, PASSWORD, SESSION, CHALLENGE,
            // a secret also leaks base64-encoded (Basic auth) or JSON-escaped
            Base64.getEncoder().encodeToString(("acmescanner:" + TOKEN).getBytes(StandardCharsets.UTF_8)),
            "LEAKCANARY"));

    @BeforeAll
    static void capture() {
        Logger root = Logger.getLogger("");
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        julHandler = new Handler() {
            @Override
            public synchronized void publish(LogRecord r) {
                String line = r.getLoggerName() + " " + r.getLevel() + " " + r.getMessage() + " "
                        + java.util.Arrays.toString(r.getParameters()) + " "
                        + (r.getThrown() == null ? "" : r.getThrown().toString()) + "\n";
                LOGGED.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        julHandler.setLevel(Level.ALL);
        root.addHandler(julHandler);
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(tee(originalOut), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(tee(originalErr), true, StandardCharsets.UTF_8));
    }

    private static OutputStream tee(PrintStream original) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                synchronized (CONSOLE) {
                    CONSOLE.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                original.write(b, off, len);
                synchronized (CONSOLE) {
                    CONSOLE.write(b, off, len);
                }
            }
        };
    }

    @AfterAll
    static void release() {
        Logger root = Logger.getLogger("");
        root.removeHandler(julHandler);
        root.setLevel(rootLevel);
        System.setOut(originalOut);
        System.setErr(originalErr);
        // What the whole class wrote to the console and the log, checked once more.
        String console = CONSOLE.toString(StandardCharsets.UTF_8);
        String logged = LOGGED.toString(StandardCharsets.UTF_8);
        int leaks = 0;
        for (String s : List.of(TOKEN, OAT, PASSWORD, SESSION, CHALLENGE, "LEAKCANARY")) {
            leaks += console.contains(s) ? 1 : 0;
            leaks += logged.contains(s) ? 1 : 0;
        }
        LEAKS.addAndGet(leaks);
        System.out.println("leaks found: " + LEAKS.get() + " (" + PLACES.get() + " places searched; console and "
                + "java.util.logging included)");
        assertThat(leaks).as("secrets on the console or in java.util.logging").isZero();
    }

    // ---- 1. the check command ----

    @Test
    void checkCommandPrintsNoSecretInAnyScenario() throws Exception {
        try (PracticeHub hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start()) {
            String read = hub.createToken(PracticeHub.Scope.READ);
            String write = hub.createToken(PracticeHub.Scope.WRITE);
            String publicRead = hub.createToken(PracticeHub.Scope.PUBLIC_READ);
            String expired = hub.createToken(PracticeHub.Scope.READ, true);
            secrets.addAll(List.of(read, write, publicRead, expired, hub.organizationAccessToken(),
                    hub.ownerPassword(), hub.dedicatedPassword()));
            String user = hub.dedicatedUsername();

            record Scenario(String name, String token, Target target, String path, Fault fault, int times) {
            }
            List<Scenario> scenarios = List.of(
                    new Scenario("good", read, null, null, null, 0),
                    new Scenario("read-write token", write, null, null, null, 0),
                    new Scenario("public-read token", publicRead, null, null, null, 0),
                    new Scenario("expired token", expired, null, null, null, 0),
                    new Scenario("unknown canary token", TOKEN, null, null, null, 0),
                    new Scenario("organization token", OAT, null, null, null, 0),
                    new Scenario("token with a space", TOKEN.substring(0, 20) + " " + TOKEN.substring(20), null, null, null, 0),
                    new Scenario("login 500", read, Target.HUB, "/v2/auth/token", Fault.status(500), 1),
                    new Scenario("login 401", read, Target.HUB, "/v2/auth/token", Fault.unauthorized(), 1),
                    new Scenario("login 429 once", TOKEN, Target.HUB, "/v2/auth/token", Fault.status429RetryAfter(1), 1),
                    new Scenario("repositories reset", read, Target.HUB, "/v2/namespaces/", Fault.dropConnection(), 3),
                    new Scenario("repositories malformed", read, Target.HUB, "/v2/namespaces/", Fault.malformedJson(), 1),
                    new Scenario("token service 401", read, Target.AUTH, "/token", Fault.unauthorized(), 1),
                    new Scenario("token service 502", read, Target.AUTH, "/token", Fault.status502Html(), 3),
                    new Scenario("manifest 404", read, Target.REGISTRY, "/v2/acme-corp/", Fault.notFound(), 1));
            for (int k = 0; k < scenarios.size(); k++) {
                Scenario s = scenarios.get(k);
                // Every scenario in both formats would double the time; the report test covers every format.
                for (String format : k < 7 ? List.of("text", "json") : List.of(k % 2 == 0 ? "text" : "json")) {
                    hub.faults().clear();
                    if (s.fault() != null) {
                        hub.faults().next(s.target(), s.path(), s.times(), s.fault());
                    }
                    CheckCapture run = new CheckCapture().run(hub, user, s.token(), "--format", format);
                    places.put("check " + s.name() + " " + format + " stdout", run.stdout);
                    places.put("check " + s.name() + " " + format + " stderr", run.stderr);
                }
            }
            // Issue 11's paths: the owner's 2FA password given as the token (the answer carries a 2FA challenge), a
            // refused listing going on with a list, and a token pasted into the repository list file.
            CheckCapture password = new CheckCapture().run(hub, hub.ownerUsername(), hub.ownerPassword(), "--format", "json");
            places.put("check owner password", password.stdout + password.stderr);
            assertThat(password.stdout + password.stderr).as("the 2FA challenge is a credential too")
                    .doesNotContainPattern("eyJ[A-Za-z0-9_-]+\\.");
            java.nio.file.Path list = java.nio.file.Files.createTempFile("leak-sweep-repositories", ".txt");
            try {
                java.nio.file.Files.writeString(list, "web\n" + TOKEN + "\n");
                CheckCapture pasted = new CheckCapture().run(hub, user, read, "--repositories", list.toString());
                places.put("check token in repository list", pasted.stdout + pasted.stderr);
                java.nio.file.Files.writeString(list, "web\nworker\n");
                hub.behaviour().refuseListing(dev.hubonboard.sandbox.Behaviour.Refusal.ISSUED_FROM_PAT);
                CheckCapture refused = new CheckCapture().run(hub, user, read, "--repositories", list.toString());
                places.put("check listing refused with a list", refused.stdout + refused.stderr);
                hub.behaviour().refuseListing(null);
            } finally {
                java.nio.file.Files.deleteIfExists(list);
            }
            // Mistakes on the command line: a token typed where an option or value belongs.
            for (List<String> args : List.of(List.of("--token", TOKEN), List.of(TOKEN), List.of("--format", TOKEN),
                    List.of("--org", TOKEN), List.of("--username", TOKEN), List.of("--hub-url", TOKEN),
                    List.of("--username", PASSWORD), List.of(PASSWORD), List.of("--" + TOKEN))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                List<String> all = new ArrayList<>(List.of("--org", hub.org(), "--username", user, "--token-stdin"));
                all.addAll(args);
                new dev.hubonboard.cli.CheckCommand(new java.io.ByteArrayInputStream((read + "\n").getBytes()),
                        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                        (o, u) -> TOKEN, () -> new CheckCapture().fastTransport()).run(all);
                places.put("usage " + args.getFirst(), out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
            }
        }
        sweep();
    }

    // ---- 2. reports in every format, and the listener's notices ----

    @Test
    void reportsInEveryFormatHoldNoSecret() throws Exception {
        try (PracticeHub hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start()) {
            String read = hub.createToken(PracticeHub.Scope.READ);
            secrets.add(read);
            HttpUrl hubUrl = HttpUrl.get(hub.hubUrl().toString());
            HttpUrl registryUrl = HttpUrl.get(hub.registryUrl().toString());
            List<String> tokens = List.of(read, TOKEN, hub.createToken(PracticeHub.Scope.WRITE));
            hub.faults().next(Target.HUB, "/v2/auth/token", 1, Fault.status429RetryAfter(1));
            for (String token : tokens) {
                List<String> notices = new ArrayList<>();
                Report report = new ConnectionTest(new CheckCapture().fastTransport(), hubUrl, registryUrl)
                        .run(new CheckTarget(hub.org(), hub.dedicatedUsername(), token), new CheckListener() {
                            @Override
                            public void waiting(RetryNotice n) {
                                notices.add(n.toString());
                            }

                            @Override
                            public void finished(CheckResult r) {
                                notices.add(r.toString());
                            }
                        });
                places.put("report text", ReportFormat.text(report));
                places.put("report json", ReportFormat.jsonText(report));
                places.put("report markdown", ReportFormat.markdown(report));
                places.put("report toString", report.toString());
                places.put("listener notices", String.join("\n", notices));
                places.put("check target toString", new CheckTarget("o", "u", token).toString());
            }
        }
        sweep();
    }

    // ---- 3. clients against a server that echoes every credential back ----

    @Test
    void errorsFromAServerThatEchoesCredentialsHoldNoSecret() throws Exception {
        // The JDK's server: MockWebServer takes ~40 ms a request here, and this sends over a hundred.
        com.sun.net.httpserver.HttpServer echo = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger n = new AtomicInteger();
        int port = echo.getAddress().getPort();
        echo.createContext("/", exchange -> {
            try (exchange) {
                int[] statuses = {400, 401, 403, 404, 409, 422, 500, 502};
                int status = statuses[Math.floorMod(n.getAndIncrement(), statuses.length)];
                // Only what this request carried: a server cannot echo what it was never sent.
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                String decoded = auth != null && auth.startsWith("Basic ")
                        ? new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8) : "";
                String said = "you sent " + auth + " (" + decoded + ") and "
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) + " to "
                        + exchange.getRequestURI();
                exchange.getResponseHeaders().set("WWW-Authenticate",
                        "Bearer realm=\"http://127.0.0.1:" + port + "/token\",service=\"registry.docker.io\"");
                if (exchange.getRequestMethod().equals("HEAD")) {
                    exchange.getResponseHeaders().set("X-Echo", said.replaceAll("[^ -~]", "?"));
                    exchange.sendResponseHeaders(status, -1);
                    return;
                }
                String body = status == 502 ? "<html><title>" + said + "</title></html>"
                        : "{\"detail\":" + quote(said) + ",\"message\":" + quote(said)
                        + ",\"details\":" + quote(said) + ",\"errors\":[{\"message\":" + quote(said) + "}]}";
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        echo.start();
        try {
            HttpTransport transport = new HttpTransport(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(2),
                    1, Duration.ofMillis(1), Duration.ofSeconds(1)), d -> { }, Clock.systemUTC());
            HttpUrl base = HttpUrl.get("http://127.0.0.1:" + port + "/");
            HubClient hub = new HubClient(transport, base);
            RegistryClient registry = new RegistryClient(transport, base);
            AccessToken session = new AccessToken(SESSION);
            Challenge challenge = new Challenge("http://127.0.0.1:" + port + "/token", "registry.docker.io");
            List<Call> calls = List.of(
                    () -> hub.createAccessToken("acmescanner", TOKEN),
                    () -> hub.createAccessToken("acme-corp", OAT),
                    () -> hub.loginWithPassword("acmescanner", PASSWORD),
                    () -> hub.loginWithSecondFactor(secondFactor(), CODE),
                    () -> hub.organization(session, "acme-corp"),
                    () -> hub.members(session, "acme-corp", null),
                    () -> hub.invite(session, new InviteRequest("acme-corp", null, "editor", List.of("a@b.example"), true)),
                    () -> hub.pendingInvites(session, "acme-corp"),
                    () -> {
                        hub.resendInvite(session, "id1");
                        return null;
                    },
                    () -> {
                        hub.cancelInvite(session, "id1");
                        return null;
                    },
                    () -> hub.repositories(session, "acme-corp"),
                    () -> hub.tags(session, "acme-corp", "web", 1),
                    () -> registry.discover(),
                    () -> registry.requestToken(challenge, "acmescanner", TOKEN, List.of("repository:acme-corp/web:pull")),
                    () -> registry.probePush(challenge, "acmescanner", TOKEN, "acme-corp/web"),
                    () -> registry.grants(challenge, "acmescanner", TOKEN, List.of("acme-corp/web"), "pull"),
                    () -> registry.headManifest(new RegistryToken(SESSION), "acme-corp/web", "latest"));
            int i = 0;
            for (int round = 0; round < 8; round++) { // every call meets every status
                for (Call call : calls) {
                    i++;
                    try {
                        Object result = call.run();
                        places.put("echo result " + i, String.valueOf(result));
                    } catch (ServiceException e) {
                        places.put("echo message " + i, e.getMessage());
                        places.put("echo toString " + i, e.toString());
                        places.put("echo detail " + i, e.detail());
                        places.put("echo causes " + i, causes(e));
                    }
                }
            }
            places.put("session toString", session.toString());
            places.put("registry token toString", new RegistryToken(SESSION).toString());
            places.put("challenge toString", secondFactor().toString());
        } finally {
            echo.stop(0);
        }
        sweep();
    }

    private static SecondFactorChallenge secondFactor() {
        return new SecondFactorChallenge(CHALLENGE);
    }

    private interface Call {
        Object run() throws ServiceException;
    }

    // ---- 4. saved progress ----

    @Test
    void savedProgressHoldsNoSecret() throws Exception {
        ProgressStore store = new ProgressStore(configDir);
        Onboarding onboarding = Onboarding.begin("acme-corp");
        onboarding.setInvitee(Invitee.byEmail("scanner@acme.example"));
        onboarding.setDedicatedDockerId("acmescanner");
        // What the wizard records comes from the clients' messages and the connection test's report.
        String failure;
        try (PracticeHub hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start()) {
            HttpTransport transport = new CheckCapture().fastTransport();
            HubClient client = new HubClient(transport, HttpUrl.get(hub.hubUrl().toString()));
            try {
                client.createAccessToken("acmescanner", TOKEN);
                failure = "accepted?";
            } catch (ServiceException e) {
                failure = e.getMessage();
            }
            Report report = new ConnectionTest(transport, HttpUrl.get(hub.hubUrl().toString()),
                    HttpUrl.get(hub.registryUrl().toString()))
                    .run(new CheckTarget(hub.org(), hub.dedicatedUsername(), TOKEN), new CheckListener() { });
            onboarding.recordConnectionReport(ReportFormat.jsonText(report));
        }
        onboarding.start(Step.PREREQUISITES);
        onboarding.fail(Step.PREREQUISITES, failure);
        store.save(onboarding);
        onboarding.start(Step.PREREQUISITES);
        onboarding.chooseOwnerMode(dev.hubonboard.onboarding.OwnerMode.PASSWORD);
        onboarding.complete(Step.PREREQUISITES);
        onboarding.start(Step.INVITE);
        onboarding.fail(Step.INVITE, failure);
        onboarding.setTokenExpiry(java.time.LocalDate.of(2027, 1, 1));
        store.save(onboarding);
        store.load("acme-corp");
        store.list();
        places.put("onboarding toString", onboarding.toString());
        try (Stream<Path> files = Files.walk(configDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                places.put("file " + configDir.relativize(f), Files.readString(f));
            }
        }
        assertThat(places.keySet()).anyMatch(k -> k.startsWith("file "));
        sweep();
    }

    // ---- checking ----

    private void sweep() {
        int found = 0;
        List<String> where = new ArrayList<>();
        for (Map.Entry<String, String> place : places.entrySet()) {
            PLACES.incrementAndGet();
            String text = place.getValue() == null ? "" : place.getValue();
            for (String secret : secrets) {
                if (secret != null && !secret.isBlank() && text.contains(secret)) {
                    found++;
                    where.add(place.getKey() + " holds " + secret.substring(0, Math.min(14, secret.length()))
                            + "… in: " + text.substring(0, Math.min(400, text.length())));
                }
            }
        }
        LEAKS.addAndGet(found);
        assertThat(where).as("secrets found").isEmpty();
    }

    private static String causes(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            sb.append(c).append('\n');
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
