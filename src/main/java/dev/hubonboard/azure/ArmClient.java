package dev.hubonboard.azure;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.net.RateLimitedException;
import dev.hubonboard.net.ServiceException;
import dev.hubonboard.net.UnreachableException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Azure Resource Manager calls behind creating Defender for Cloud's Docker Hub connector. Routes, versions and
 * error shape: issue 15's facts, checked against azure-rest-api-specs
 * {@code specification/security/resource-manager/Microsoft.Security/preview/2024-08-01-preview/securityConnectors.json}
 * (PUT answers 200 or 201, synchronous; list pages follow {@code nextLink}; errors are CloudError
 * {@code {"error": {"code", "message"}}}).
 * <ul>
 *   <li>Every call goes through {@link HttpTransport}: 429 waits as {@code Retry-After} asks (any method: a 429 was not
 *       processed), GETs and DELETE are retried on 5xx, the PUT never is.</li>
 *   <li>A PUT without a usable answer is followed by a GET to learn what happened: written → done; absent or
 *       unchanged → one more PUT; unreadable → {@link WriteUncertainException}.</li>
 *   <li>Response bodies may hold the Docker Hub token (the API does not mark {@code accessToken} secret): they are
 *       parsed field by field, and messages carry Azure's error message only after masking both tokens.</li>
 * </ul>
 */
public final class ArmClient {
    public static final String DEFAULT_URL = "https://management.azure.com";
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final long MAX_BODY = 8L * 1024 * 1024;
    private static final int MAX_PAGES = 50;
    private static final int MAX_MESSAGE = 400;
    /** A read-back modified this long before our PUT started still counts as ours (clocks differ a little). */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    /** Roles in words, for refusals (Microsoft's built-in roles; the connector is a resource in a resource group). */
    static final String ROLE_WRITE = "Security Admin on the subscription, or Contributor or Owner on the resource group";
    static final String ROLE_READ = "Security Reader (or Reader) on the subscription";
    static final String ROLE_REGISTER = "Security Admin, Contributor or Owner on the subscription (registering a "
            + "resource provider is a subscription-wide action)";
    static final String ROLE_READ_GROUP = "Reader (or Security Reader) on the resource group or the subscription";

    /** The Azure actions each call needs (Azure's resource provider operations), named in refusals. */
    public static final String READ_PROVIDER = "Microsoft.Resources/subscriptions/providers/read";
    public static final String REGISTER = "Microsoft.Security/register/action";
    public static final String READ_PRICINGS = "Microsoft.Security/pricings/read";
    public static final String READ_CONNECTORS = "Microsoft.Security/securityConnectors/read";
    public static final String WRITE_CONNECTORS = "Microsoft.Security/securityConnectors/write";
    static final String READ_LOCATIONS = "Microsoft.Resources/subscriptions/locations/read";
    static final String READ_GROUPS = "Microsoft.Resources/subscriptions/resourceGroups/read";
    static final String READ_SUBSCRIPTIONS = "Microsoft.Resources/subscriptions/read";
    static final String READ_PERMISSIONS = "Microsoft.Authorization/permissions/read";

    private final HttpTransport transport;
    private final HttpUrl base;
    private final AzureToken token;

    public ArmClient(HttpTransport transport, HttpUrl base, AzureToken token) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.base = Objects.requireNonNull(base, "base").newBuilder().query(null).fragment(null).build();
        this.token = Objects.requireNonNull(token, "token");
    }

    public HttpUrl base() {
        return base;
    }

    // ---- pickers ----

    public List<Subscription> subscriptions() throws ServiceException {
        return list(url(Arm.SUBSCRIPTIONS_API, "subscriptions"), "listing Azure subscriptions",
                call(READ_SUBSCRIPTIONS, ROLE_READ),
                n -> new Subscription(n.path("subscriptionId").asText(""), n.path("displayName").asText(""),
                        n.path("state").asText(""), n.path("tenantId").asText("")));
    }

    public List<ResourceGroup> resourceGroups(String subscription) throws ServiceException {
        return list(url(Arm.RESOURCE_GROUPS_API, "subscriptions", subscription, "resourcegroups"),
                "listing the resource groups of subscription " + subscription, call(READ_GROUPS, ROLE_READ),
                n -> new ResourceGroup(n.path("name").asText(""), n.path("location").asText("")));
    }

    /** Every region of the subscription, logical ones ({@code metadata.regionType: "Logical"}) included. */
    public List<Location> locations(String subscription) throws ServiceException {
        return list(url(Arm.LOCATIONS_API, "subscriptions", subscription, "locations"),
                "listing Azure regions", call(READ_LOCATIONS, ROLE_READ),
                n -> new Location(n.path("name").asText(""), n.path("displayName").asText(""),
                        n.path("metadata").path("regionType").asText("")));
    }

    // ---- pre-flight ----

    /** {@code registrationState} of Microsoft.Security on the subscription: Registered, NotRegistered, Registering… */
    public String providerRegistrationState(String subscription) throws ServiceException {
        return provider(subscription).registrationState();
    }

    /** Microsoft.Security on the subscription: its registration and where {@code securityConnectors} are offered. */
    public Provider provider(String subscription) throws ServiceException {
        JsonNode n = get(url(Arm.PROVIDERS_API, "subscriptions", subscription, "providers", Arm.PROVIDER),
                "reading the Microsoft.Security provider", call(READ_PROVIDER, ROLE_READ));
        Optional<List<String>> where = Optional.empty();
        for (JsonNode type : n.path("resourceTypes")) {
            if ("securityConnectors".equalsIgnoreCase(type.path("resourceType").asText(""))) {
                where = Optional.of(strings(type.path("locations")));
            }
        }
        return new Provider(n.path("registrationState").asText(""), where);
    }

    /** Registers Microsoft.Security on the subscription (a POST; registering twice is harmless). Returns the new state. */
    public String registerProvider(String subscription) throws ServiceException {
        HttpUrl url = url(Arm.PROVIDERS_API, "subscriptions", subscription, "providers", Arm.PROVIDER, "register");
        Request request = authorized(url).post(RequestBody.create(new byte[0], JSON_TYPE)).build();
        return send(request, false, "registering the Microsoft.Security provider", call(REGISTER, ROLE_REGISTER), null)
                .path("registrationState").asText("");
    }

    /** {@code GET …/pricings/{Containers|CloudPosture}}: the plan is on when its tier is Standard. */
    public Pricing pricing(String subscription, String plan) throws ServiceException {
        JsonNode n = get(url(Arm.PRICINGS_API, "subscriptions", subscription, "providers", Arm.PROVIDER, "pricings", plan),
                "reading the Defender plan " + plan, call(READ_PRICINGS, ROLE_READ));
        return new Pricing(n.path("name").asText(plan), n.path("properties").path("pricingTier").asText(""));
    }

    /** What the caller may do in the resource group, to say before a write whether Azure will refuse it. */
    public List<Permission> permissions(String subscription, String resourceGroup) throws ServiceException {
        return list(url(Arm.PERMISSIONS_API, "subscriptions", subscription, "resourcegroups", resourceGroup, "providers",
                "Microsoft.Authorization", "permissions"), "reading your access to resource group " + resourceGroup,
                call(READ_PERMISSIONS, ROLE_READ_GROUP), n -> new Permission(strings(n.path("actions")),
                        strings(n.path("notActions"))));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(a -> out.add(a.asText("")));
        return out;
    }

    // ---- security connectors ----

    /** Every security connector of the subscription (all resource groups, all environments). */
    public List<SecurityConnector> connectors(String subscription) throws ServiceException {
        return list(url(Arm.CONNECTORS_API, "subscriptions", subscription, "providers", Arm.PROVIDER,
                "securityConnectors"), "listing the subscription's security connectors",
                call(READ_CONNECTORS, ROLE_READ), ArmClient::connector);
    }

    /** The security connectors of one resource group ({@code SecurityConnectors_ListByResourceGroup}). */
    public List<SecurityConnector> connectors(String subscription, String resourceGroup) throws ServiceException {
        return list(url(Arm.CONNECTORS_API, "subscriptions", subscription, "resourceGroups", resourceGroup, "providers",
                Arm.PROVIDER, "securityConnectors"), "listing the security connectors of " + resourceGroup,
                call(READ_CONNECTORS, ROLE_READ_GROUP), ArmClient::connector);
    }

    public Optional<SecurityConnector> connector(String subscription, String resourceGroup, String name)
            throws ServiceException {
        try {
            return Optional.of(connector(get(connectorUrl(subscription, resourceGroup, name),
                    "reading the connector " + name, call(READ_CONNECTORS, ROLE_READ_GROUP))));
        } catch (ArmException e) {
            if (e.kind() == ArmException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The connector's URL with its api-version: what a review shows (it holds no secret). */
    public HttpUrl connectorUrl(String subscription, String resourceGroup, String name) {
        return url(Arm.CONNECTORS_API, "subscriptions", subscription, "resourceGroups", resourceGroup, "providers",
                Arm.PROVIDER, "securityConnectors", name);
    }

    /**
     * How a PUT ended. Whether it created or updated is not here: a create may answer 200 or 201 (the spec lists both),
     * so that comes from the pre-flight's look for an existing connector.
     */
    public enum Outcome {
        /** 200 or 201 with the connector in the answer. */
        WRITTEN,
        /** A 2xx whose body could not be read: written; the connector is as read back (or as sent). */
        WRITTEN_ANSWER_UNREADABLE,
        /** No answer, but the connector read back shows a write at the time of ours. */
        CONFIRMED_BY_READ_BACK
    }

    public record PutResult(Outcome outcome, SecurityConnector connector) {
    }

    /**
     * Creates or replaces the connector. Never retried blindly: without a usable answer, the connector is read back
     * first (see the class comment).
     *
     * @param secretInBody the Docker Hub token inside {@code body}, masked in any message made from Azure's words
     */
    public PutResult putConnector(String subscription, String resourceGroup, String name, ObjectNode body,
                                  String secretInBody) throws ServiceException {
        HttpUrl url = connectorUrl(subscription, resourceGroup, name);
        byte[] bytes;
        try {
            bytes = Arm.MAPPER.writeValueAsBytes(body);
        } catch (JacksonException e) {
            throw new IllegalStateException("a JSON tree built in memory could not be written", e);
        }
        String what = "writing the connector " + name;
        for (int attempt = 1; ; attempt++) {
            Instant started = transport.clock().instant();
            Request request = authorized(url).put(RequestBody.create(bytes, JSON_TYPE)).build();
            try (Response response = transport.execute(request, false, what)) {
                if (response.isSuccessful()) {
                    // A 2xx means Azure took the write: an answer we cannot read is never a refusal.
                    Optional<SecurityConnector> answered = readable(response, what);
                    if (answered.isPresent()) {
                        return new PutResult(Outcome.WRITTEN, answered.get());
                    }
                    return new PutResult(Outcome.WRITTEN_ANSWER_UNREADABLE, readBackOrSent(subscription,
                            resourceGroup, name, body, url));
                }
                throw error(response, what, call(WRITE_CONNECTORS, ROLE_WRITE), secretInBody);
            } catch (RateLimitedException e) {
                throw rateLimited(e, what);
            } catch (UnreachableException e) {
                if (Thread.currentThread().isInterrupted() || e.status() == 407) {
                    throw e;
                }
                Optional<SecurityConnector> now;
                try {
                    now = connector(subscription, resourceGroup, name);
                } catch (ServiceException readBack) {
                    throw new WriteUncertainException(e.getMessage() + " Reading the connector back failed too, so "
                            + "it is not known whether the write happened; nothing was retried. Run again when Azure "
                            + "answers: writing the same connector again is safe.", e.status(), e);
                }
                boolean ours = now.flatMap(SecurityConnector::lastModifiedAt)
                        .filter(at -> !at.isBefore(started.minus(CLOCK_SKEW))).isPresent();
                if (ours) {
                    return new PutResult(Outcome.CONFIRMED_BY_READ_BACK, now.orElseThrow());
                }
                if (attempt >= 2 || (now.isPresent() && now.get().lastModifiedAt().isEmpty())) {
                    throw new WriteUncertainException(e.getMessage() + " Read back, the connector "
                            + (now.isPresent() ? "does not show this write" : "does not exist") + "; it was written "
                            + attempt + " time(s) without an answer. Run again when Azure answers.", e.status(), e);
                }
                // The read-back shows the write did not land: one more try, no longer blind.
            }
        }
    }

    /** Deletes the connector; false when there was none. */
    public boolean deleteConnector(String subscription, String resourceGroup, String name) throws ServiceException {
        Request request = authorized(connectorUrl(subscription, resourceGroup, name)).delete().build();
        String what = "deleting the connector " + name;
        try (Response response = transport.execute(request, true, what)) {
            if (response.code() == 404 || response.code() == 204) {
                return response.code() == 204;
            }
            if (!response.isSuccessful()) {
                throw error(response, what, call("Microsoft.Security/securityConnectors/delete", ROLE_WRITE), null);
            }
            return true;
        } catch (RateLimitedException e) {
            throw rateLimited(e, what);
        }
    }

    /** The connector in a 2xx answer, or empty when the answer is not a connector we can read. */
    private Optional<SecurityConnector> readable(Response response, String what) {
        try {
            JsonNode n = parse(response, what);
            return n.isObject() && n.has("properties") ? Optional.of(connector(n)) : Optional.empty();
        } catch (ServiceException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** After a 2xx we could not read: the connector as Azure now has it, else as we sent it (minus the token). */
    private SecurityConnector readBackOrSent(String subscription, String resourceGroup, String name, ObjectNode sent,
                                             HttpUrl url) {
        try {
            Optional<SecurityConnector> now = connector(subscription, resourceGroup, name);
            if (now.isPresent()) {
                return now.get();
            }
        } catch (ServiceException | RuntimeException e) {
            // written (Azure said 2xx); the record below says what was sent
        }
        ObjectNode copy = sent.deepCopy();
        copy.put("id", url.encodedPath());
        copy.put("name", name);
        return connector(copy);
    }

    // ---- plumbing ----

    /** What a call needs, for the words of a refusal. */
    record Call(String action, String role) {
    }

    private static Call call(String action, String role) {
        return new Call(action, role);
    }

    private HttpUrl url(String apiVersion, String... segments) {
        HttpUrl.Builder b = base.newBuilder();
        for (String s : segments) {
            b.addPathSegment(s);
        }
        return b.addQueryParameter("api-version", apiVersion).build();
    }

    private Request.Builder authorized(HttpUrl url) {
        return new Request.Builder().url(url).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token.value());
    }

    private JsonNode get(HttpUrl url, String what, Call role) throws ServiceException {
        return send(authorized(url).get().build(), true, what, role, null);
    }

    private <T> List<T> list(HttpUrl first, String what, Call role, Function<JsonNode, T> item)
            throws ServiceException {
        List<T> all = new ArrayList<>();
        HttpUrl next = first;
        for (int page = 1; next != null; page++) {
            if (page > MAX_PAGES) {
                throw new ArmException(ArmException.Kind.OTHER, 200, "", "Azure kept sending more pages (over "
                        + MAX_PAGES + ") while " + what + "; stopped there.", "", null, null);
            }
            JsonNode body = get(next, what, role);
            for (JsonNode n : body.path("value")) {
                all.add(item.apply(n));
            }
            String link = body.path("nextLink").asText("");
            next = link.isBlank() ? null : HttpUrl.parse(link);
            if (!link.isBlank() && (next == null || !sameOrigin(next))) {
                // The token goes to the Resource Manager it was given for, never to a host named in a response.
                throw new ArmException(ArmException.Kind.OTHER, 200, "", "Azure's next page while " + what
                        + " points elsewhere than " + base.host() + "; not followed.", "", null, null);
            }
        }
        return all;
    }

    private boolean sameOrigin(HttpUrl url) {
        return url.scheme().equals(base.scheme()) && url.host().equalsIgnoreCase(base.host()) && url.port() == base.port();
    }

    private JsonNode send(Request request, boolean idempotent, String what, Call role, String secret)
            throws ServiceException {
        try (Response response = transport.execute(request, idempotent, what)) {
            if (!response.isSuccessful()) {
                throw error(response, what, role, secret);
            }
            return parse(response, what);
        } catch (RateLimitedException e) {
            throw rateLimited(e, what);
        }
    }

    private JsonNode parse(Response response, String what) throws ServiceException {
        byte[] bytes = readBounded(response, what);
        if (bytes.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode node = Arm.MAPPER.readTree(bytes);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException e) {
            // Jackson's message quotes the body, which may hold a token: say only that it is not JSON.
            throw new ArmException(ArmException.Kind.OTHER, response.code(), "", "Azure's answer while " + what
                    + " is not JSON (HTTP " + response.code() + ").", "", null, null);
        }
    }

    private static byte[] readBounded(Response response, String what) throws ServiceException {
        try {
            BufferedSource source = response.body().source();
            if (source.request(MAX_BODY + 1)) {
                throw new ArmException(ArmException.Kind.OTHER, response.code(), "", "Azure's answer while " + what
                        + " is larger than 8 MB.", "", null, null);
            }
            return source.getBuffer().readByteArray();
        } catch (IOException e) {
            throw new UnreachableException("The connection to " + response.request().url().host()
                    + " broke while reading the answer while " + what + ". Try again.", response.code(), e);
        }
    }

    private ArmException rateLimited(RateLimitedException e, String what) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        return new ArmException(ArmException.Kind.RATE_LIMITED, 429, "TooManyRequests", "Azure is throttling "
                + "requests (HTTP 429) while " + what + " and asks to wait " + seconds + " s; try again after that.",
                "", null, e.retryAfter());
    }

    /** The typed error for a non-2xx answer, with Azure's code whole and its message masked. */
    private ArmException error(Response response, String what, Call call, String secret) {
        int status = response.code();
        JsonNode error = MissingNode.getInstance();
        try {
            error = Arm.MAPPER.readTree(readBounded(response, what)).path("error");
        } catch (IOException | ServiceException | RuntimeException e) {
            // no CloudError body: the status speaks alone
        }
        // A code is an identifier, kept whole (Defender's "Subscription Not Registered" has spaces); anything else
        // is not repeated: it could be an echo.
        String code = error.path("code").asText("");
        code = code.matches("[A-Za-z0-9_.]{1,80}") || code.matches("[A-Za-z]{1,20}( [A-Za-z]{1,20}){1,5}") ? code : "";
        String said = safe(error.path("message").asText(""), secret);
        ArmException.Kind kind = switch (status) {
            case 401 -> ArmException.Kind.SIGN_IN;
            case 403 -> ArmException.Kind.FORBIDDEN;
            case 404 -> ArmException.Kind.NOT_FOUND;
            case 409 -> ArmException.Kind.CONFLICT;
            case 400, 422 -> ArmException.Kind.INVALID;
            default -> ArmException.Kind.OTHER;
        };
        String tenant = code.equals(ArmCodes.WRONG_TENANT) ? challengeTenant(response.header("WWW-Authenticate"))
                : null;
        String message = ArmWords.refusal(what, status, code, said, kind, call.action(), call.role(), tenant);
        return new ArmException(kind, status, code, message, said, kind == ArmException.Kind.FORBIDDEN ? call.role()
                : null, null, call.action(), tenant);
    }

    /**
     * The tenant in ARM's 401 challenge, {@code Bearer authorization_uri="https://login.windows.net/TENANT", …}: a
     * structured header (the way Azure's SDKs discover a subscription's tenant), not the message's words.
     */
    static String challengeTenant(String header) {
        if (header == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "authorization_uri=\"https://[^/\"]+/([0-9a-fA-F-]{36})\"").matcher(header);
        return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** Azure's words, one line, with both tokens and any token-shaped text masked, and bounded in length. */
    private String safe(String text, String secret) {
        String s = token.mask(text).replaceAll("\\p{Cntrl}", " ").strip();
        s = dev.hubonboard.net.Redact.secretAndTokenShapes(s, secret);
        return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE - 1) + "…";
    }

    /** A connector from its JSON, keeping only what is not secret. */
    static SecurityConnector connector(JsonNode n) {
        JsonNode p = n.path("properties");
        JsonNode env = p.path("environmentData");
        List<String> offerings = new ArrayList<>();
        p.path("offerings").forEach(o -> offerings.add(o.path("offeringType").asText("")));
        String modified = n.path("systemData").path("lastModifiedAt").asText("");
        Optional<Instant> at;
        try {
            at = modified.isBlank() ? Optional.empty() : Optional.of(Instant.parse(modified));
        } catch (java.time.format.DateTimeParseException e) {
            at = Optional.empty();
        }
        String id = n.path("id").asText("");
        java.util.Map<String, String> tags = new java.util.LinkedHashMap<>();
        n.path("tags").properties().forEach(e -> tags.put(e.getKey(), e.getValue().asText("")));
        ObjectNode resource = n.isObject() ? ((ObjectNode) n).deepCopy() : Arm.MAPPER.createObjectNode();
        dropTokens(resource);
        return new SecurityConnector(id, n.path("name").asText(""), resourceGroupOf(id), n.path("location").asText(""),
                p.path("hierarchyIdentifier").asText(""), p.path("environmentName").asText(""),
                env.path("environmentType").asText(""), offerings, env.path("scanInterval").asInt(0),
                env.path("authentication").path("username").asText(""), at, tags, resource);
    }

    /** Removes every {@code accessToken} (any depth): the API does not mark it secret and may echo it. */
    private static void dropTokens(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove("accessToken");
            o.properties().forEach(e -> dropTokens(e.getValue()));
        } else if (node.isArray()) {
            node.forEach(ArmClient::dropTokens);
        }
    }

    /** The segment after {@code resourceGroups/} in a resource ID (ARM treats the word without case). */
    static String resourceGroupOf(String id) {
        String[] parts = id.split("/");
        for (int i = 0; i + 1 < parts.length; i++) {
            if (parts[i].equalsIgnoreCase("resourceGroups")) {
                return parts[i + 1];
            }
        }
        return "";
    }

    @Override
    public String toString() {
        return "ArmClient[" + base + ", token ***]";
    }
}
