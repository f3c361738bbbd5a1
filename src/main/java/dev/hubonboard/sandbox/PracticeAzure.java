package dev.hubonboard.sandbox;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The practice Azure: a loopback imitation of the Azure Resource Manager routes that creating Defender for Cloud's
 * Docker Hub connector uses (subscriptions, resource groups, locations, the Microsoft.Security provider, Defender
 * pricings, security connectors), started beside the practice Hub so practice mode needs no Azure account and no
 * {@code az}. Shapes follow issue 15's facts (azure-rest-api-specs, Microsoft.Security 2024-08-01-preview); like the
 * real API it echoes {@code accessToken} back in connector reads, so the app's care with response bodies is tested.
 * <p>
 * Refusals can be queued: a 403 AuthorizationFailed, a 429 with Retry-After, a 500 without an answer.
 */
public final class PracticeAzure implements AutoCloseable {
    public static final String SUBSCRIPTION = "00000000-0000-4000-8000-0000000000a1";
    public static final String SECOND_SUBSCRIPTION = "00000000-0000-4000-8000-0000000000b2";
    public static final String TENANT = "00000000-0000-4000-8000-00000000c0de";
    /** The tenant of a subscription "in another tenant" ({@link Builder#subscriptionInTenant}). */
    public static final String OTHER_TENANT = "00000000-0000-4000-8000-0000000007e2";
    public static final String RESOURCE_GROUP = "rg-security";
    public static final String LOCATION = "westeurope";

    static {
        // As the practice Hub's Endpoint does: without TCP_NODELAY every answer waits ~40 ms for delayed ACKs.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final AzureState state;
    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PracticeAzure(Builder b) throws IOException {
        this.state = new AzureState(b);
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "practice-azure");
            t.setDaemon(true);
            return t;
        });
        // Loopback only, ephemeral port: never reachable from another machine.
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", new AzureApi(state));
        server.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static PracticeAzure start() {
        return builder().start();
    }

    /** The Resource Manager base, e.g. {@code http://127.0.0.1:40123}. */
    public URI url() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    /** The one bearer token this practice Azure accepts: what practice mode signs in with instead of {@code az}. */
    public String accessToken() {
        return state.accessToken;
    }

    public String subscription() {
        return SUBSCRIPTION;
    }

    public String resourceGroup() {
        return RESOURCE_GROUP;
    }

    public String location() {
        return LOCATION;
    }

    /** What was asked, as {@code "METHOD path?query"}; never headers or bodies. */
    public List<String> requests() {
        return state.requests();
    }

    public long count(String method) {
        return requests().stream().filter(r -> r.startsWith(method + " ")).count();
    }

    /** The connectors now held, by name, minus their tokens. */
    public List<Connector> connectors() {
        return state.connectors();
    }

    /** True when the connector holds exactly this Docker Hub token (compared here, never handed out). */
    public boolean holdsToken(String resourceGroup, String name, String token) {
        return state.holdsToken(resourceGroup, name, token);
    }

    /** Turns a Defender plan (Containers, CloudPosture) on (Standard) or off (Free). */
    public void plan(String name, boolean on) {
        state.plan(name, on);
    }

    /**
     * The next {@code times} requests whose method is {@code method} (or any, when null) and whose path contains
     * {@code pathPart} get this CloudError answer instead.
     */
    public void refuse(String method, String pathPart, int times, int status, String code, String message) {
        state.queue(new AzureState.Refusal(method, pathPart, times, status, code, message, Map.of()));
    }

    /** The next {@code times} matching requests get 403 AuthorizationFailed, worded as Azure words it. */
    public void forbid(String method, String pathPart, int times) {
        refuse(method, pathPart, times, 403, "AuthorizationFailed", "The client 'admin@practice.example' with object "
                + "id '00000000-0000-4000-8000-000000000001' does not have authorization to perform action "
                + "'Microsoft.Security/securityConnectors/" + ("PUT".equals(method) ? "write" : "read")
                + "' over scope '/subscriptions/" + SUBSCRIPTION + "' or the scope is invalid.");
    }

    /** The next {@code times} matching requests get 429 with {@code Retry-After: seconds}. */
    public void throttle(String method, String pathPart, int times, int seconds) {
        state.queue(new AzureState.Refusal(method, pathPart, times, 429, "TooManyRequests",
                "Too many requests; retry after " + seconds + " seconds.", Map.of("Retry-After", String.valueOf(seconds))));
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "PracticeAzure[" + url() + ", token ***]";
    }

    /** A connector as the practice Azure holds it, without its token. */
    public record Connector(String resourceGroup, String name, String location, String hierarchyIdentifier,
                            String username, List<String> offerings, int scanInterval, Map<String, String> tags) {
        public Connector {
            offerings = List.copyOf(offerings);
            tags = Map.copyOf(tags);
        }

        public Connector(String resourceGroup, String name, String location, String hierarchyIdentifier,
                         String username, List<String> offerings, int scanInterval) {
            this(resourceGroup, name, location, hierarchyIdentifier, username, offerings, scanInterval, Map.of());
        }
    }

    /** Options of a practice Azure. */
    public static final class Builder {
        String accessToken = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJhdWQiOiJwcmFjdGljZSJ9."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(random());
        boolean providerRegistered = true;
        int registrationLooks = 1;
        boolean readOnly;
        String groupOnly;
        String subscriptionTenant;
        int createStatus = 201;
        java.nio.file.Path stateFile;
        final Map<String, Boolean> plans = new LinkedHashMap<>(Map.of("Containers", true, "CloudPosture", false));
        final List<Connector> existing = new ArrayList<>();

        private Builder() {
        }

        private static byte[] random() {
            byte[] b = new byte[24];
            new SecureRandom().nextBytes(b);
            return b;
        }

        /** The bearer token accepted (a test's stand-in {@code az} prints the same). */
        public Builder accessToken(String token) {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("token must not be blank");
            }
            this.accessToken = token;
            return this;
        }

        public Builder providerRegistered(boolean registered) {
            this.providerRegistered = registered;
            return this;
        }

        /**
         * Microsoft.Security not registered, and a registration that reads "Registering" for {@code looks} GETs
         * before "Registered" (azure-facts: it passes through Registering, minutes in the worst case). Until then
         * Defender's reads answer 404 "Subscription Not Registered" (azure-sdk-for-go#19900) and a PUT 409
         * MissingSubscriptionRegistration (ARM's answer for an unregistered namespace).
         */
        public Builder notRegistered(int looks) {
            this.providerRegistered = false;
            this.registrationLooks = Math.max(1, looks);
            return this;
        }

        /**
         * The signed-in account has Contributor on this resource group only: every subscription-scope call answers
         * 403 AuthorizationFailed naming its action (azure-facts "Permissions"); the group's own routes work.
         */
        public Builder groupOnly(String resourceGroup) {
            this.groupOnly = resourceGroup;
            return this;
        }

        /**
         * The subscription lives in {@code tenant}, not the sign-in's: every call on it answers 401
         * InvalidAuthenticationTokenTenant with ARM's {@code WWW-Authenticate} challenge naming the tenant
         * (Azure/azure-sdk-for-python#38382; the wording as Azure/BatchExplorer#2052 quotes it).
         */
        public Builder subscriptionInTenant(String tenant) {
            this.subscriptionTenant = tenant;
            return this;
        }

        /** The status a create answers: 201 by default; 200 is allowed too (the spec lists both). */
        public Builder createAnswers(int status) {
            if (status != 200 && status != 201) {
                throw new IllegalArgumentException("a create answers 200 or 201");
            }
            this.createStatus = status;
            return this;
        }

        /**
         * Keeps the connectors in this file across restarts (the practice folder's {@code azure/state.json}, like the
         * practice Hub's): written after every change, tokens by SHA-256 digest only.
         */
        public Builder stateFile(java.nio.file.Path file) {
            this.stateFile = file;
            return this;
        }

        /**
         * True: the signed-in account reads but may not write (its permissions say so, and every write gets 403
         * AuthorizationFailed), as with the Security Reader role.
         */
        public Builder readOnly(boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        public Builder plan(String name, boolean on) {
            plans.put(name, on);
            return this;
        }

        /** A Docker Hub connector that already exists (its token is a placeholder). */
        public Builder existingConnector(String resourceGroup, String name, String organization, String username) {
            existing.add(new Connector(resourceGroup, name, LOCATION, organization, username,
                    List.of("CspmMonitorDockerHub"), 24));
            return this;
        }

        /** An existing connector with these plans, interval and tags (say, Foundational CSPM only, every 6 h). */
        public Builder existingConnector(Connector connector) {
            existing.add(connector);
            return this;
        }

        public PracticeAzure start() {
            try {
                return new PracticeAzure(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the practice Azure on loopback", e);
            }
        }
    }
}
