package dev.hubonboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The practice Azure's routes: the subset of Azure Resource Manager issue 15 lists, each with its api-version,
 * the bearer token checked, and CloudError answers ({@code {"error": {"code", "message"}}}) as Azure sends them.
 */
final class AzureApi implements HttpHandler {
    private static final Map<String, String> API_VERSIONS = Map.of(
            "subscriptions", "2022-12-01", "resourcegroups", "2021-04-01", "locations", "2022-12-01",
            "provider", "2021-04-01", "pricings", "2024-01-01", "connectors", "2024-08-01-preview",
            "permissions", "2022-04-01");
    /** The connector api-versions with the Docker Hub environment (issue 15). */
    private static final Set<String> CONNECTOR_VERSIONS = Set.of("2024-08-01-preview", "2026-08-01-preview");
    private static final Set<String> OFFERINGS = Set.of("CspmMonitorDockerHub", "DefenderForContainersDockerHub",
            "DefenderCspmDockerHub");

    private final AzureState state;

    AzureApi(AzureState state) {
        this.state = state;
    }

    private static final class Refused extends RuntimeException {
        final int status;
        final String code;
        final Map<String, String> headers;

        Refused(int status, String code, String message, Map<String, String> headers) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
            this.headers = headers;
        }

        Refused(int status, String code, String message) {
            this(status, code, message, Map.of());
        }
    }

    @Override
    public void handle(HttpExchange exchange) {
        try (exchange) {
            String method = exchange.getRequestMethod();
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath();
            state.record(method + " " + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            try {
                AzureState.Refusal refusal = state.refusalFor(method, path);
                if (refusal != null) {
                    throw new Refused(refusal.status(), refusal.code(), refusal.message(), refusal.headers());
                }
                authorize(exchange);
                tenant(path);
                scope(method, path);
                route(exchange, method, path, query(uri.getRawQuery(), "api-version"));
            } catch (Refused r) {
                ObjectNode body = Http.MAPPER.createObjectNode();
                body.putObject("error").put("code", r.code).put("message", r.getMessage());
                send(exchange, r.status, body, r.headers);
            } catch (RuntimeException e) {
                ObjectNode body = Http.MAPPER.createObjectNode();
                body.putObject("error").put("code", "InternalServerError")
                        .put("message", "practice Azure error: " + e.getClass().getSimpleName());
                send(exchange, 500, body, Map.of());
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    /**
     * A subscription in another tenant than the token's: ARM answers every call on it 401
     * InvalidAuthenticationTokenTenant, with the subscription's tenant in the WWW-Authenticate challenge (the
     * message as Azure/BatchExplorer#2052 and Azure/azure-sdk-for-net#49391 quote it).
     */
    private void tenant(String path) {
        if (state.subscriptionTenant == null || !path.toLowerCase(Locale.ROOT).startsWith("/subscriptions/")) {
            return;
        }
        throw new Refused(401, "InvalidAuthenticationTokenTenant", "The access token is from the wrong issuer "
                + "'https://sts.windows.net/" + PracticeAzure.TENANT + "/'. It must match the tenant "
                + "'https://sts.windows.net/" + state.subscriptionTenant + "/' associated with this subscription. "
                + "Please use the authority (URL) 'https://login.windows.net/" + state.subscriptionTenant
                + "' to get the token.", Map.of("WWW-Authenticate", "Bearer authorization_uri=\"https://login.windows.net/"
                + state.subscriptionTenant + "\", error=\"invalid_token\", error_description=\"The access token is "
                + "from the wrong issuer.\""));
    }

    /**
     * A role on one resource group only (azure-facts "Permissions"): the subscription list and the group's own
     * routes answer; every other subscription-scope call is 403 AuthorizationFailed naming its action. Listing the
     * resource groups answers with the readable ones only.
     */
    private void scope(String method, String path) {
        if (state.groupOnly == null) {
            return;
        }
        List<String> p = segments(path);
        if (p.size() <= 1 || (p.size() == 3 && is(p, 2, "resourcegroups"))) {
            return;
        }
        if (p.size() >= 4 && is(p, 2, "resourcegroups") && p.get(3).equalsIgnoreCase(state.groupOnly)) {
            return;
        }
        String action;
        if (p.size() >= 4 && is(p, 2, "resourcegroups")) {
            action = "Microsoft.Security/securityConnectors/" + (method.equals("GET") ? "read" : "write");
        } else if (p.size() == 3 && is(p, 2, "locations")) {
            action = "Microsoft.Resources/subscriptions/locations/read";
        } else if (p.size() == 4 && is(p, 2, "providers")) {
            action = "Microsoft.Resources/subscriptions/providers/read";
        } else if (p.size() == 5 && is(p, 4, "register")) {
            action = "Microsoft.Security/register/action";
        } else if (p.size() >= 5 && is(p, 4, "pricings")) {
            action = "Microsoft.Security/pricings/read";
        } else {
            action = "Microsoft.Security/securityConnectors/read";
        }
        String scope = p.size() >= 4 && is(p, 2, "resourcegroups") ? "/" + String.join("/", p.subList(0, 4))
                : "/subscriptions/" + p.get(1);
        throw new Refused(403, "AuthorizationFailed", "The client 'admin@practice.example' with object id "
                + "'00000000-0000-4000-8000-000000000001' does not have authorization to perform action '" + action
                + "' over scope '" + scope + "' or the scope is invalid. If access was recently granted, please "
                + "refresh your credentials.");
    }

    /** Defender's reads before registration: 404 with a code that has spaces (azure-sdk-for-go#19900). */
    private void requireRegistered(String sub) {
        if (!state.registered(sub)) {
            throw new Refused(404, "Subscription Not Registered", "Please register to Microsoft.Security in order to "
                    + "view your security status");
        }
    }

    private void authorize(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new Refused(401, "AuthenticationFailed", "Authentication failed. The 'Authorization' header is "
                    + "missing.");
        }
        if (!header.substring(7).trim().equals(state.accessToken)) {
            throw new Refused(401, "InvalidAuthenticationToken", "The access token is invalid.");
        }
    }

    private void route(HttpExchange exchange, String method, String rawPath, String version) throws IOException {
        List<String> p = segments(rawPath);
        int n = p.size();
        if (n == 1 && is(p, 0, "subscriptions") && method.equals("GET")) {
            version(version, "subscriptions");
            ArrayNode value = Http.MAPPER.createArrayNode();
            state.subscriptions.forEach((id, name) -> value.addObject().put("id", "/subscriptions/" + id)
                    .put("subscriptionId", id).put("displayName", name).put("state", "Enabled")
                    .put("tenantId", PracticeAzure.TENANT));
            ok(exchange, 200, list(value));
            return;
        }
        if (n < 2 || !is(p, 0, "subscriptions")) {
            throw notFound(rawPath);
        }
        String sub = subscription(p.get(1));
        if (n == 3 && is(p, 2, "resourcegroups") && method.equals("GET")) {
            version(version, "resourcegroups");
            ArrayNode value = Http.MAPPER.createArrayNode();
            state.groups.stream().filter(g -> g.subscription().equals(sub))
                    .filter(g -> state.groupOnly == null || g.name().equalsIgnoreCase(state.groupOnly))
                    .forEach(g -> value.addObject()
                    .put("id", "/subscriptions/" + sub + "/resourceGroups/" + g.name()).put("name", g.name())
                    .put("location", g.location()));
            ok(exchange, 200, list(value));
            return;
        }
        if (n == 3 && is(p, 2, "locations") && method.equals("GET")) {
            version(version, "locations");
            ArrayNode value = Http.MAPPER.createArrayNode();
            state.locations.forEach((name, display) -> value.addObject().put("name", name).put("displayName", display)
                    .putObject("metadata").put("regionType", AzureState.LOGICAL.contains(name) ? "Logical" : "Physical"));
            ok(exchange, 200, list(value));
            return;
        }
        if (n >= 4 && is(p, 2, "providers") && is(p, 3, "microsoft.security")) {
            provider(exchange, method, p, sub, version);
            return;
        }
        if (n == 7 && is(p, 2, "resourcegroups") && is(p, 4, "providers") && is(p, 5, "microsoft.authorization")
                && is(p, 6, "permissions") && method.equals("GET")) {
            version(version, "permissions");
            group(sub, p.get(3));
            ObjectNode entry = Http.MAPPER.createObjectNode();
            ArrayNode actions = entry.putArray("actions");
            ArrayNode notActions = entry.putArray("notActions");
            if (state.readOnly()) { // Security Reader: reads only
                actions.add("Microsoft.Security/*/read").add("Microsoft.Resources/subscriptions/resourceGroups/read");
            } else { // Contributor
                actions.add("*");
                notActions.add("Microsoft.Authorization/*/Delete").add("Microsoft.Authorization/*/Write");
            }
            entry.putArray("dataActions");
            entry.putArray("notDataActions");
            ok(exchange, 200, list(Http.MAPPER.createArrayNode().add(entry)));
            return;
        }
        if (n == 7 && is(p, 2, "resourcegroups") && is(p, 4, "providers") && is(p, 5, "microsoft.security")
                && is(p, 6, "securityconnectors") && method.equals("GET")) {
            connectorVersion(version);
            String g = group(sub, p.get(3));
            requireRegistered(sub);
            ArrayNode value = Http.MAPPER.createArrayNode();
            state.connectorsOf(sub).stream().filter(c -> c.resourceGroup.equalsIgnoreCase(g)).forEach(c -> value.add(view(c)));
            ok(exchange, 200, list(value));
            return;
        }
        if (n == 8 && is(p, 2, "resourcegroups") && is(p, 4, "providers") && is(p, 5, "microsoft.security")
                && is(p, 6, "securityconnectors")) {
            connector(exchange, method, sub, group(sub, p.get(3)), p.get(7), version);
            return;
        }
        throw notFound(rawPath);
    }

    private void provider(HttpExchange exchange, String method, List<String> p, String sub, String version)
            throws IOException {
        int n = p.size();
        if (n == 4 && method.equals("GET")) {
            version(version, "provider");
            ObjectNode provider = Http.MAPPER.createObjectNode().put("id", "/subscriptions/" + sub
                    + "/providers/Microsoft.Security").put("namespace", "Microsoft.Security")
                    .put("registrationState", state.providerState(sub));
            ArrayNode types = provider.putArray("resourceTypes");
            ObjectNode connectors = types.addObject().put("resourceType", "securityConnectors");
            AzureState.CONNECTOR_LOCATIONS.forEach(connectors.putArray("locations")::add);
            connectors.putArray("apiVersions").add("2024-08-01-preview").add("2023-10-01-preview");
            types.addObject().put("resourceType", "pricings").putArray("locations");
            ok(exchange, 200, provider);
            return;
        }
        if (n == 5 && is(p, 4, "register") && method.equals("POST")) {
            version(version, "provider");
            denyIfReadOnly(sub, "Microsoft.Security/register/action");
            ok(exchange, 200, Http.MAPPER.createObjectNode().put("namespace", "Microsoft.Security")
                    .put("registrationState", state.register(sub)));
            return;
        }
        if (n == 6 && is(p, 4, "pricings") && method.equals("GET")) {
            version(version, "pricings");
            requireRegistered(sub);
            String name = p.get(5);
            if (!name.equals("Containers") && !name.equals("CloudPosture")) {
                throw new Refused(404, "PricingNotFound", "The pricing '" + name + "' was not found.");
            }
            ObjectNode body = Http.MAPPER.createObjectNode().put("id", "/subscriptions/" + sub
                    + "/providers/Microsoft.Security/pricings/" + name).put("name", name)
                    .put("type", "Microsoft.Security/pricings");
            body.putObject("properties").put("pricingTier", state.plan(sub, name) ? "Standard" : "Free");
            ok(exchange, 200, body);
            return;
        }
        if (n == 5 && is(p, 4, "securityconnectors") && method.equals("GET")) {
            connectorVersion(version);
            requireRegistered(sub);
            ArrayNode value = Http.MAPPER.createArrayNode();
            state.connectorsOf(sub).forEach(s -> value.add(view(s)));
            ok(exchange, 200, list(value));
            return;
        }
        throw notFound("/providers/" + String.join("/", p.subList(2, n)));
    }

    private void connector(HttpExchange exchange, String method, String sub, String group, String name,
                           String version) throws IOException {
        connectorVersion(version);
        switch (method) {
            case "GET" -> {
                requireRegistered(sub);
                AzureState.Stored s = state.connector(sub, group, name);
                if (s == null) {
                    throw new Refused(404, "ResourceNotFound", "The Resource 'Microsoft.Security/securityConnectors/"
                            + name + "' under resource group '" + group + "' was not found.");
                }
                ok(exchange, 200, view(s));
            }
            case "PUT" -> {
                denyIfReadOnly(sub, "Microsoft.Security/securityConnectors/write");
                if (!state.registered(sub)) {
                    throw new Refused(409, "MissingSubscriptionRegistration", "The subscription is not registered to "
                            + "use namespace 'Microsoft.Security'.");
                }
                ObjectNode body = validated(readBody(exchange), name);
                String location = body.path("location").asText("");
                // ARM's answer for a region the resource type is not offered in (the shape as
                // Azure/azure-rest-api-specs#8577 and Azure/Azure-Landing-Zones#2199 quote it).
                if (AzureState.CONNECTOR_LOCATIONS.stream().noneMatch(d -> d.replace(" ", "").equalsIgnoreCase(location))) {
                    throw new Refused(400, "LocationNotAvailableForResourceType", "The provided location '" + location
                            + "' is not available for resource type 'Microsoft.Security/securityConnectors'. List of "
                            + "available regions for the resource type is '" + String.join(",", AzureState.CONNECTOR_LOCATIONS
                            .stream().map(d -> d.replace(" ", "").toLowerCase(Locale.ROOT)).toList()) + "'.");
                }
                AzureState.Stored before = state.connector(sub, group, name);
                if (before != null && !before.body.path("location").asText("").equalsIgnoreCase(location)) {
                    throw new Refused(409, "InvalidResourceLocation", "The resource '" + name + "' already exists in "
                            + "location '" + before.body.path("location").asText("") + "' in resource group '" + group
                            + "'. A resource with the same name cannot be created in location '" + location
                            + "'. Please select a new resource name.");
                }
                boolean created = state.put(sub, group, name, body, Instant.now());
                ok(exchange, created ? state.createStatus : 200, view(state.connector(sub, group, name)));
            }
            case "DELETE" -> {
                denyIfReadOnly(sub, "Microsoft.Security/securityConnectors/delete");
                boolean deleted = state.delete(sub, group, name);
                exchange.sendResponseHeaders(deleted ? 200 : 204, -1);
            }
            default -> throw new Refused(405, "MethodNotAllowed", "The method " + method + " is not allowed.");
        }
    }

    private void denyIfReadOnly(String sub, String action) {
        if (state.readOnly()) {
            throw new Refused(403, "AuthorizationFailed", "The client 'admin@practice.example' with object id "
                    + "'00000000-0000-4000-8000-000000000001' does not have authorization to perform action '" + action
                    + "' over scope '/subscriptions/" + sub + "' or the scope is invalid. If access was recently "
                    + "granted, please refresh your credentials.");
        }
    }

    /** The checks Azure makes of a Docker Hub connector body, in its words where known. */
    private static ObjectNode validated(JsonNode body, String name) {
        if (!(body instanceof ObjectNode o)) {
            throw invalid("The request content was invalid and could not be deserialized.");
        }
        if (o.path("location").asText("").isBlank()) {
            throw new Refused(400, "LocationRequired", "The location property is required for this definition.");
        }
        JsonNode p = o.path("properties");
        JsonNode env = p.path("environmentData");
        JsonNode auth = env.path("authentication");
        if (!p.path("environmentName").asText().equals("DockerHub")
                || !env.path("environmentType").asText().equals("DockerHubOrganization")) {
            throw invalid("The practice Azure only holds Docker Hub connectors (environmentName DockerHub, "
                    + "environmentType DockerHubOrganization).");
        }
        if (p.path("hierarchyIdentifier").asText("").isBlank()) {
            throw invalid("hierarchyIdentifier is required.");
        }
        if (!auth.path("authenticationType").asText().equals("AccessToken")
                || auth.path("username").asText("").isBlank() || auth.path("accessToken").asText("").isBlank()) {
            throw invalid("environmentData.authentication needs authenticationType AccessToken, username and "
                    + "accessToken.");
        }
        int interval = env.path("scanInterval").asInt(-1);
        if (interval < 1 || interval > 24) {
            throw invalid("scanInterval must be between 1 and 24 hours.");
        }
        JsonNode offerings = p.path("offerings");
        if (!offerings.isArray() || offerings.isEmpty()) {
            throw invalid("At least one offering is required.");
        }
        for (JsonNode offering : offerings) {
            if (!OFFERINGS.contains(offering.path("offeringType").asText())) {
                throw invalid("Unknown offeringType '" + offering.path("offeringType").asText() + "' for connector '"
                        + name + "'.");
            }
        }
        return o.deepCopy();
    }

    private static Refused invalid(String message) {
        return new Refused(400, "InvalidRequestContent", message);
    }

    /** The stored connector as GET shows it: what was PUT (token included) plus id, name, type and systemData. */
    private static ObjectNode view(AzureState.Stored s) {
        ObjectNode v = Http.MAPPER.createObjectNode();
        v.put("id", "/subscriptions/" + s.subscription + "/resourceGroups/" + s.resourceGroup
                + "/providers/Microsoft.Security/securityConnectors/" + s.name);
        v.put("name", s.name);
        v.put("type", "Microsoft.Security/securityConnectors");
        v.put("location", s.body.path("location").asText());
        if (s.body.has("tags")) {
            v.set("tags", s.body.get("tags").deepCopy());
        }
        ObjectNode system = v.putObject("systemData");
        system.put("createdBy", "admin@practice.example").put("createdAt", s.createdAt.toString())
                .put("lastModifiedBy", "admin@practice.example").put("lastModifiedAt", s.modifiedAt.toString());
        v.set("properties", s.body.path("properties").deepCopy());
        return v;
    }

    /** The body a connector created before practice began would have. */
    static ObjectNode connectorBody(PracticeAzure.Connector c) {
        ObjectNode body = Http.MAPPER.createObjectNode().put("location", c.location());
        if (!c.tags().isEmpty()) {
            ObjectNode tags = body.putObject("tags");
            c.tags().forEach(tags::put);
        }
        ObjectNode p = body.putObject("properties");
        p.put("hierarchyIdentifier", c.hierarchyIdentifier()).put("environmentName", "DockerHub");
        ArrayNode offerings = p.putArray("offerings");
        c.offerings().forEach(o -> offerings.addObject().put("offeringType", o));
        ObjectNode env = p.putObject("environmentData");
        env.put("environmentType", "DockerHubOrganization").put("scanInterval", c.scanInterval());
        env.putObject("authentication").put("authenticationType", "AccessToken").put("username", c.username())
                .put("accessToken", "dckr_pat_practice-old-token-000000000000");
        return body;
    }

    private String subscription(String raw) {
        String id = decode(raw);
        for (String s : state.subscriptions.keySet()) {
            if (s.equalsIgnoreCase(id)) {
                return s;
            }
        }
        throw new Refused(404, "SubscriptionNotFound", "The subscription '" + id + "' could not be found.");
    }

    private String group(String sub, String raw) {
        String name = decode(raw);
        return state.groups.stream().filter(g -> g.subscription().equals(sub) && g.name().equalsIgnoreCase(name))
                .map(AzureState.Group::name).findFirst()
                .orElseThrow(() -> new Refused(404, "ResourceGroupNotFound", "Resource group '" + name
                        + "' could not be found."));
    }

    private static void version(String given, String route) {
        String wanted = API_VERSIONS.get(route);
        if (!wanted.equals(given)) {
            throw new Refused(400, given == null ? "MissingApiVersionParameter" : "InvalidApiVersionParameter",
                    "The practice Azure serves this route with api-version " + wanted + " only.");
        }
    }

    private static void connectorVersion(String given) {
        if (given == null || !CONNECTOR_VERSIONS.contains(given)) {
            throw new Refused(400, given == null ? "MissingApiVersionParameter" : "InvalidApiVersionParameter",
                    "securityConnectors with the Docker Hub environment need api-version 2024-08-01-preview.");
        }
    }

    private static Refused notFound(String path) {
        return new Refused(404, "NotFound", "The practice Azure has no route " + path + ".");
    }

    private static ObjectNode list(ArrayNode value) {
        ObjectNode body = Http.MAPPER.createObjectNode();
        body.set("value", value);
        return body;
    }

    private static boolean is(List<String> p, int i, String lower) {
        return p.get(i).toLowerCase(Locale.ROOT).equals(lower);
    }

    private static List<String> segments(String rawPath) {
        return java.util.Arrays.stream(rawPath.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    private static String query(String raw, String name) {
        if (raw == null) {
            return null;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && decode(pair.substring(0, eq)).equals(name)) {
                return decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static JsonNode readBody(HttpExchange exchange) {
        try (InputStream in = exchange.getRequestBody()) {
            return Http.MAPPER.readTree(in.readNBytes(1024 * 1024));
        } catch (IOException e) {
            throw invalid("The request content was invalid and could not be deserialized.");
        }
    }

    private static void ok(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, body, Map.of());
    }

    private static void send(HttpExchange exchange, int status, JsonNode body, Map<String, String> headers)
            throws IOException {
        byte[] bytes = Http.MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        headers.forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
