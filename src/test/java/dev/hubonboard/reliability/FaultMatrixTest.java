package dev.hubonboard.reliability;

import dev.hubonboard.hub.AccessToken;
import dev.hubonboard.hub.BadCredentialsException;
import dev.hubonboard.hub.HubClient;
import dev.hubonboard.hub.InviteRequest;
import dev.hubonboard.hub.NotFoundException;
import dev.hubonboard.hub.PersonalTokenNotAllowedException;
import dev.hubonboard.hub.SecondFactorChallenge;
import dev.hubonboard.hub.SecondFactorRequiredException;
import dev.hubonboard.hub.SessionExpiredException;
import dev.hubonboard.hub.UnexpectedResponseException;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.net.RateLimitedException;
import dev.hubonboard.net.ServiceException;
import dev.hubonboard.net.UnreachableException;
import dev.hubonboard.registry.Challenge;
import dev.hubonboard.registry.ManifestCheck;
import dev.hubonboard.registry.RegistryClient;
import dev.hubonboard.registry.RegistryToken;
import dev.hubonboard.registry.TokenServiceException;
import dev.hubonboard.sandbox.Fault;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.sandbox.Target;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every Hub, token-service and registry call the app makes, under every fault the practice Hub can play. Each cell
 * checks what the user is told (type and plain words), whether the request was retried (counted in the practice
 * Hub's own log) and that nothing hangs (short timeouts, a recording sleeper, a hard limit per cell).
 */
class FaultMatrixTest {
    static final int ATTEMPTS = 3;
    /** Short where the server is made to stall (every try times out anyway); roomy elsewhere, for a busy machine. */
    static final Duration STALL_TIMEOUT = Duration.ofMillis(150);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);
    static final Duration SERVER_DELAY = Duration.ofMillis(1000);
    static final Duration CELL_LIMIT = Duration.ofSeconds(10);

    /** Cell results for the summary: fault → call → ok. */
    static final Map<String, Map<String, Boolean>> RESULTS = new ConcurrentHashMap<>();

    // ---- the calls ----

    enum Kind { LOGIN, SECOND_FACTOR, HUB_READ, HUB_WRITE, TOKEN_SERVICE, REGISTRY_DISCOVER, REGISTRY_HEAD }

    /** What one cell has to work with: clients on the fast transport, plus what setup obtained. */
    static final class Ctx {
        PracticeHub practice;
        HubClient hub;
        RegistryClient registry;
        AccessToken owner;
        SecondFactorChallenge challenge;
        String inviteId;
        String pat;
        Challenge registryChallenge;
        RegistryToken registryToken;
        final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    }

    interface Action {
        Object run(Ctx c) throws ServiceException;
    }

    record Call(String name, Kind kind, Target target, String method, Function<Ctx, String> path,
                boolean registrySide, Action action) {
        boolean idempotent() {
            return method.equals("GET") || method.equals("HEAD");
        }
    }

    static final List<Call> CALLS = List.of(
            new Call("auth-token", Kind.LOGIN, Target.HUB, "POST", c -> "/v2/auth/token", false,
                    c -> c.hub.createAccessToken(c.practice.dedicatedUsername(), c.pat)),
            new Call("users-login", Kind.LOGIN, Target.HUB, "POST", c -> "/v2/users/login", false,
                    c -> c.hub.loginWithPassword(c.practice.dedicatedUsername(), c.practice.dedicatedPassword())),
            new Call("2fa-login", Kind.SECOND_FACTOR, Target.HUB, "POST", c -> "/v2/users/2fa-login", false,
                    c -> c.hub.loginWithSecondFactor(c.challenge, c.practice.ownerSecondFactorCode())),
            new Call("org", Kind.HUB_READ, Target.HUB, "GET", c -> "/v2/orgs/" + c.practice.org(), false,
                    c -> c.hub.organization(c.owner, c.practice.org())),
            new Call("members", Kind.HUB_READ, Target.HUB, "GET", c -> "/v2/orgs/" + c.practice.org() + "/members",
                    false, c -> c.hub.members(c.owner, c.practice.org(), null)),
            new Call("invites-bulk", Kind.HUB_WRITE, Target.HUB, "POST", c -> "/v2/invites/bulk", false,
                    c -> c.hub.invite(c.owner, new InviteRequest(c.practice.org(), null, "editor",
                            List.of(c.practice.dedicatedEmail()), true))),
            new Call("pending-invites", Kind.HUB_READ, Target.HUB, "GET",
                    c -> "/v2/orgs/" + c.practice.org() + "/invites", false,
                    c -> c.hub.pendingInvites(c.owner, c.practice.org())),
            new Call("resend", Kind.HUB_WRITE, Target.HUB, "PATCH", c -> "/v2/invites/" + c.inviteId + "/resend",
                    false, c -> {
                        c.hub.resendInvite(c.owner, c.inviteId);
                        return "resent";
                    }),
            new Call("cancel", Kind.HUB_WRITE, Target.HUB, "DELETE", c -> "/v2/invites/" + c.inviteId, false,
                    c -> {
                        c.hub.cancelInvite(c.owner, c.inviteId);
                        return "cancelled";
                    }),
            new Call("repositories", Kind.HUB_READ, Target.HUB, "GET",
                    c -> "/v2/namespaces/" + c.practice.org() + "/repositories", true,
                    c -> c.hub.repositories(c.owner, c.practice.org())),
            new Call("tags", Kind.HUB_READ, Target.HUB, "GET",
                    c -> "/v2/namespaces/" + c.practice.org() + "/repositories/billing-api/tags", true,
                    c -> c.hub.tags(c.owner, c.practice.org(), "billing-api", 1)),
            new Call("token-service", Kind.TOKEN_SERVICE, Target.AUTH, "GET", c -> "/token", true,
                    c -> c.registry.requestToken(c.registryChallenge, c.practice.dedicatedUsername(), c.pat,
                            List.of("repository:" + c.practice.org() + "/billing-api:pull"))),
            new Call("registry-v2", Kind.REGISTRY_DISCOVER, Target.REGISTRY, "GET", c -> "/v2/", true,
                    c -> c.registry.discover()),
            new Call("manifest-head", Kind.REGISTRY_HEAD, Target.REGISTRY, "HEAD",
                    c -> "/v2/" + c.practice.org() + "/billing-api/manifests/", true,
                    c -> c.registry.headManifest(c.registryToken, c.practice.org() + "/billing-api", "latest")));

    // ---- the faults ----

    /** @param times how often the fault is queued; ATTEMPTS means "until the client gives up" */
    record FaultCase(String name, Supplier<Fault> fault, int times) {
    }

    static final List<FaultCase> FAULTS = List.of(
            new FaultCase("timeout", () -> Fault.latency(SERVER_DELAY), ATTEMPTS),
            new FaultCase("reset", Fault::dropConnection, ATTEMPTS),
            new FaultCase("500", () -> Fault.status(500), ATTEMPTS),
            new FaultCase("502-html", Fault::status502Html, ATTEMPTS),
            new FaultCase("503", () -> Fault.status(503), ATTEMPTS),
            new FaultCase("503-once", () -> Fault.status(503), 1),
            new FaultCase("429-retry-after", () -> Fault.status429RetryAfter(2), 1),
            new FaultCase("429-x-retry-after",
                    () -> Fault.status429XRetryAfter(System.currentTimeMillis() / 1000 + 3), 1),
            new FaultCase("429-plain", Fault::status429Plain, 1),
            new FaultCase("429-too-long", () -> Fault.status429RetryAfter(3600), 1),
            new FaultCase("malformed-json", Fault::malformedJson, 1),
            new FaultCase("unexpected-shape", Fault::unexpectedShape, 1),
            new FaultCase("401", Fault::unauthorized, 1),
            new FaultCase("403-pat", Fault::forbiddenPersonalToken, 1),
            new FaultCase("404", Fault::notFound, 1));

    // ---- what each cell must show ----

    /**
     * @param outcome   the exception type, or null for success
     * @param requests  how many times the request reached the server
     * @param words     what the message must say (case-insensitive)
     */
    record Expect(Class<?> outcome, int requests, List<String> words) {
        static Expect ok(int requests) {
            return new Expect(null, requests, List.of());
        }

        static Expect fails(Class<?> type, int requests, String... words) {
            return new Expect(type, requests, List.of(words));
        }
    }

    static Expect expect(FaultCase f, Call call) {
        boolean retries = call.idempotent();
        int persistent = retries ? ATTEMPTS : 1;
        Kind k = call.kind();
        boolean hub = call.target() == Target.HUB;
        return switch (f.name()) {
            case "timeout" -> Expect.fails(UnreachableException.class, persistent, "did not answer in time");
            case "reset" -> Expect.fails(UnreachableException.class, persistent, "closed the connection without answering");
            case "500", "503" -> Expect.fails(UnreachableException.class, persistent, "HTTP " + f.name());
            case "502-html" -> Expect.fails(UnreachableException.class, persistent, "HTTP 502");
            case "503-once" -> retries ? Expect.ok(2) : Expect.fails(UnreachableException.class, 1, "HTTP 503");
            case "429-retry-after", "429-x-retry-after", "429-plain" -> Expect.ok(2);
            case "429-too-long" -> Expect.fails(RateLimitedException.class, 1, "429", "3600 s");
            case "malformed-json", "unexpected-shape" -> switch (k) {
                // A HEAD has no body, so its answer is as good as any 200.
                case REGISTRY_HEAD -> Expect.ok(1);
                case REGISTRY_DISCOVER -> Expect.fails(UnreachableException.class, 1, "token service");
                case TOKEN_SERVICE -> Expect.fails(UnreachableException.class, 1, "token service", "answer");
                // Resend and cancel read no answer: any 2xx means done. Malformed JSON still is not Docker Hub.
                default -> (call.name().equals("resend") || call.name().equals("cancel"))
                        && f.name().equals("unexpected-shape")
                        ? Expect.ok(1)
                        : Expect.fails(UnexpectedResponseException.class, 1, "could not be read");
            };
            case "401" -> switch (k) {
                case LOGIN -> Expect.fails(BadCredentialsException.class, 1, "incorrect username or password",
                        "not the e-mail");
                case SECOND_FACTOR -> Expect.fails(BadCredentialsException.class, 1, "two-factor code");
                case HUB_READ, HUB_WRITE -> Expect.fails(SessionExpiredException.class, 1, "log in again");
                case TOKEN_SERVICE -> Expect.fails(TokenServiceException.class, 1, "refused the docker id and token");
                case REGISTRY_DISCOVER -> Expect.fails(UnreachableException.class, 1, "token service");
                case REGISTRY_HEAD -> Expect.ok(1);
            };
            case "403-pat" -> hub
                    // Resend is refused to an OAT too (hub-feedback#2527): one message pointing to the Members page.
                    ? call.name().equals("resend")
                    ? Expect.fails(dev.hubonboard.hub.ResendRefusedException.class, 1, "Members page", "password")
                    : Expect.fails(PersonalTokenNotAllowedException.class, 1, "personal access token",
                    "organization access token")
                    : k == Kind.TOKEN_SERVICE ? Expect.fails(TokenServiceException.class, 1, "HTTP 403")
                    : k == Kind.REGISTRY_DISCOVER ? Expect.fails(UnreachableException.class, 1, "token service")
                    : Expect.ok(1);
            case "404" -> hub ? Expect.fails(NotFoundException.class, 1, "found nothing")
                    : k == Kind.TOKEN_SERVICE ? Expect.fails(TokenServiceException.class, 1, "HTTP 404")
                    : k == Kind.REGISTRY_DISCOVER ? Expect.fails(UnreachableException.class, 1, "token service")
                    : Expect.ok(1);
            default -> throw new IllegalArgumentException(f.name());
        };
    }

    // ---- running a cell ----

    @TestFactory
    Stream<DynamicContainer> matrix() {
        return FAULTS.stream().map(f -> DynamicContainer.dynamicContainer(f.name(),
                CALLS.stream().map(call -> DynamicTest.dynamicTest(call.name(), () -> cell(f, call)))));
    }

    private void cell(FaultCase f, Call call) {
        boolean ok = false;
        try {
            assertTimeoutPreemptively(CELL_LIMIT, () -> runCell(f, call),
                    () -> f.name() + " x " + call.name() + " hung");
            ok = true;
        } finally {
            RESULTS.computeIfAbsent(f.name(), k -> new ConcurrentHashMap<>()).put(call.name(), ok);
        }
    }

    private void runCell(FaultCase f, Call call) throws Exception {
        try (PracticeHub practice = PracticeHub.builder().emailVerified(true).inviteAccepted(call.registrySide())
                .start()) {
            Ctx c = setUp(practice, call, f.name().equals("timeout") ? STALL_TIMEOUT : CALL_TIMEOUT);
            String path = call.path().apply(c);
            practice.requests().clear();
            practice.faults().next(call.target(), path, f.times(), f.fault().get());

            Object result = null;
            ServiceException error = null;
            try {
                result = call.action().run(c);
            } catch (ServiceException e) {
                error = e;
            }

            Expect want = expect(f, call);
            String cellName = f.name() + " x " + call.name();
            long requests = practice.requests().all().stream()
                    .filter(e -> e.target() == call.target())
                    .filter(e -> e.line().startsWith(call.method() + " " + path))
                    .count();
            if (want.outcome() == null) {
                assertThat(error).as(cellName + ": expected success").isNull();
                if (result instanceof ManifestCheck m) {
                    assertThat(m.status()).as(cellName).isIn(200, 401, 403, 404);
                }
            } else {
                assertThat(error).as(cellName + ": expected " + want.outcome().getSimpleName()).isNotNull();
                assertThat(error).as(cellName).isInstanceOf(want.outcome());
                Messages.assertPlain(cellName, error.getMessage());
                for (String w : want.words()) {
                    assertThat(error.getMessage()).as(cellName + " message").containsIgnoringCase(w);
                }
                assertThat(error.toString()).as(cellName + " toString").doesNotContain("\n");
            }
            if (f.name().equals("timeout")) {
                // The client may give up before the stalled server has even logged the request: count the tries
                // by the waits between them instead, and the server's log as an upper bound.
                assertThat(c.sleeps).as(cellName + ": waits between tries").hasSize(want.requests() - 1);
                assertThat(requests).as(cellName + ": requests that reached the server")
                        .isLessThanOrEqualTo(want.requests());
            } else {
                assertThat(requests).as(cellName + ": requests that reached the server").isEqualTo(want.requests());
            }
            // Every wait went through the sleeper and stayed within the settings' bounds.
            assertThat(c.sleeps).as(cellName + " waits").hasSizeLessThan(ATTEMPTS)
                    .allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(60)));
            if (f.name().equals("429-retry-after")) {
                assertThat(c.sleeps).as(cellName).containsExactly(Duration.ofSeconds(2));
            }
        }
    }

    /** Logs in and prepares with a patient transport; returns clients on the fast one the cell runs with. */
    static Ctx setUp(PracticeHub practice, Call call, Duration callTimeout) throws ServiceException {
        Ctx c = new Ctx();
        c.practice = practice;
        HttpTransport patient = new HttpTransport(new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 1,
                Duration.ofMillis(10), Duration.ofSeconds(60)), d -> { }, Clock.systemUTC());
        HttpUrl hubUrl = HttpUrl.get(practice.hubUrl().toString());
        HttpUrl registryUrl = HttpUrl.get(practice.registryUrl().toString());
        HubClient setupHub = new HubClient(patient, hubUrl);
        RegistryClient setupRegistry = new RegistryClient(patient, registryUrl);

        c.pat = practice.createToken(PracticeHub.Scope.READ);
        c.owner = setupHub.createAccessToken(practice.org(), practice.organizationAccessToken());
        switch (call.name()) {
            case "2fa-login" -> {
                try {
                    setupHub.loginWithPassword(practice.ownerUsername(), practice.ownerPassword());
                    throw new AssertionError("the practice owner should need a second factor");
                } catch (SecondFactorRequiredException e) {
                    c.challenge = e.challenge();
                }
            }
            case "resend", "cancel" -> {
                setupHub.invite(c.owner, new InviteRequest(practice.org(), null, "editor",
                        List.of(practice.dedicatedEmail()), false));
                c.inviteId = setupHub.pendingInvites(c.owner, practice.org()).getFirst().id();
            }
            case "token-service", "manifest-head" -> {
                c.registryChallenge = setupRegistry.discover();
                c.registryToken = setupRegistry.requestToken(c.registryChallenge, practice.dedicatedUsername(),
                        c.pat, List.of("repository:" + practice.org() + "/billing-api:pull")).token();
            }
            default -> {
            }
        }
        HttpTransport fast = new HttpTransport(new HttpSettings(Duration.ofSeconds(2), callTimeout, ATTEMPTS,
                Duration.ofMillis(10), Duration.ofSeconds(60)), c.sleeps::add, Clock.systemUTC());
        c.hub = new HubClient(fast, hubUrl);
        c.registry = new RegistryClient(fast, registryUrl);
        return c;
    }

    @AfterAll
    static void summary() {
        int cells = 0;
        int ok = 0;
        StringBuilder grid = new StringBuilder();
        for (int i = 0; i < CALLS.size(); i++) {
            grid.append(String.format("  c%-2d = %s%n", i + 1, CALLS.get(i).name()));
        }
        grid.append(String.format("%-18s", "fault \\ call"));
        for (int i = 0; i < CALLS.size(); i++) {
            grid.append(String.format(" c%-3d", i + 1));
        }
        grid.append('\n');
        for (FaultCase f : FAULTS) {
            Map<String, Boolean> row = RESULTS.getOrDefault(f.name(), Map.of());
            grid.append(String.format("%-18s", f.name()));
            for (Call call : CALLS) {
                Boolean r = row.get(call.name());
                grid.append(String.format(" %-4s", r == null ? "-" : r ? "ok" : "FAIL"));
                if (r != null) {
                    cells++;
                    ok += r ? 1 : 0;
                }
            }
            grid.append('\n');
        }
        System.out.print(grid);
        System.out.println("reliability: " + FAULTS.size() + " faults x " + CALLS.size() + " calls = "
                + FAULTS.size() * CALLS.size() + " cells, " + cells + " run, " + ok + " ok");
    }

}
