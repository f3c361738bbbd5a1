package dev.hubonboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What the practice Azure holds. Synchronized: the server answers on two threads. */
final class AzureState {
    /** A queued refusal: the next {@code times} matching requests get it. */
    record Refusal(String method, String pathPart, int times, int status, String code, String message,
                   Map<String, String> headers) {
    }

    record Group(String subscription, String name, String location) {
    }

    /** A stored connector: its full body as PUT (token included, as Azure keeps it) and when it was written. */
    static final class Stored {
        final String subscription;
        final String resourceGroup;
        final String name;
        ObjectNode body;
        Instant createdAt;
        Instant modifiedAt;

        Stored(String subscription, String resourceGroup, String name) {
            this.subscription = subscription;
            this.resourceGroup = resourceGroup;
            this.name = name;
        }
    }

    final String accessToken;
    private boolean readOnly;
    final String groupOnly;
    final String subscriptionTenant;
    final int createStatus;
    private final int registrationLooks;
    private int looksWhileRegistering;
    private final java.nio.file.Path stateFile;
    final Map<String, String> subscriptions = new LinkedHashMap<>();
    final List<Group> groups = new ArrayList<>();
    final Map<String, String> locations = new LinkedHashMap<>();
    private final Map<String, String> providerState = new LinkedHashMap<>();
    private final Map<String, Boolean> plans = new LinkedHashMap<>();
    private final Map<String, Stored> connectors = new LinkedHashMap<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();

    AzureState(PracticeAzure.Builder b) {
        this.accessToken = b.accessToken;
        this.readOnly = b.readOnly;
        this.groupOnly = b.groupOnly;
        this.subscriptionTenant = b.subscriptionTenant;
        this.createStatus = b.createStatus;
        this.registrationLooks = b.registrationLooks;
        this.stateFile = b.stateFile;
        subscriptions.put(PracticeAzure.SUBSCRIPTION, "Practice subscription");
        subscriptions.put(PracticeAzure.SECOND_SUBSCRIPTION, "Practice subscription without Defender");
        groups.add(new Group(PracticeAzure.SUBSCRIPTION, PracticeAzure.RESOURCE_GROUP, PracticeAzure.LOCATION));
        groups.add(new Group(PracticeAzure.SUBSCRIPTION, "rg-apps", "eastus"));
        groups.add(new Group(PracticeAzure.SECOND_SUBSCRIPTION, "rg-second", "northeurope"));
        locations.put("westeurope", "West Europe");
        locations.put("northeurope", "North Europe");
        locations.put("eastus", "East US");
        locations.put("swedencentral", "Sweden Central");
        locations.put("brazilsouth", "Brazil South");
        // Logical regions group others; /locations lists them with metadata.regionType "Logical" (azure-facts).
        locations.put("europe", "Europe");
        locations.put("global", "Global");
        providerState.put(PracticeAzure.SUBSCRIPTION, b.providerRegistered ? "Registered" : "NotRegistered");
        providerState.put(PracticeAzure.SECOND_SUBSCRIPTION, "NotRegistered");
        b.plans.forEach((name, on) -> plans.put(key(PracticeAzure.SUBSCRIPTION, name), on));
        for (Stored s : AzureSnapshot.load(stateFile)) {
            connectors.put(key(s.subscription, s.resourceGroup, s.name), s);
        }
        for (PracticeAzure.Connector c : b.existing) {
            Stored s = new Stored(PracticeAzure.SUBSCRIPTION, c.resourceGroup(), c.name());
            s.body = AzureApi.connectorBody(c);
            s.createdAt = Instant.parse("2026-01-15T09:30:00Z");
            s.modifiedAt = s.createdAt;
            connectors.put(key(s.subscription, s.resourceGroup, s.name), s);
        }
    }

    static String key(String... parts) {
        return String.join("/", parts).toLowerCase(Locale.ROOT);
    }

    synchronized void record(String line) {
        requests.add(line);
    }

    synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    synchronized void queue(Refusal r) {
        refusals.add(r);
    }

    /** The refusal for this request, if one is queued (used up one time). */
    synchronized Refusal refusalFor(String method, String path) {
        for (int i = 0; i < refusals.size(); i++) {
            Refusal r = refusals.get(i);
            if ((r.method() == null || r.method().equals(method)) && path.contains(r.pathPart())) {
                if (r.times() <= 1) {
                    refusals.remove(i);
                } else {
                    refusals.set(i, new Refusal(r.method(), r.pathPart(), r.times() - 1, r.status(), r.code(),
                            r.message(), r.headers()));
                }
                return r;
            }
        }
        return null;
    }

    synchronized boolean readOnly() {
        return readOnly;
    }

    synchronized void readOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    static final Set<String> LOGICAL = Set.of("europe", "global");
    /** Where securityConnectors are offered: the provider's resourceTypes entry lists them by display name. */
    static final List<String> CONNECTOR_LOCATIONS = List.of("West Europe", "North Europe", "East US", "Sweden Central");

    synchronized String providerState(String subscription) {
        if ("Registering".equals(providerState.get(subscription)) && ++looksWhileRegistering >= registrationLooks) {
            providerState.put(subscription, "Registered"); // registration completes after a few looks
        }
        return providerState.getOrDefault(subscription, "NotRegistered");
    }

    synchronized String register(String subscription) {
        if (!"Registered".equals(providerState.get(subscription))) {
            providerState.put(subscription, "Registering");
        }
        return providerState.get(subscription);
    }

    /** Defender's reads and writes work only once the provider says Registered. */
    synchronized boolean registered(String subscription) {
        return "Registered".equals(providerState.get(subscription));
    }

    synchronized boolean plan(String subscription, String name) {
        return plans.getOrDefault(key(subscription, name), false);
    }

    synchronized void plan(String name, boolean on) {
        plans.put(key(PracticeAzure.SUBSCRIPTION, name), on);
    }

    synchronized List<Stored> connectorsOf(String subscription) {
        return connectors.values().stream().filter(s -> s.subscription.equalsIgnoreCase(subscription)).toList();
    }

    synchronized Stored connector(String subscription, String group, String name) {
        return connectors.get(key(subscription, group, name));
    }

    /** Stores the body; true when it was created. */
    synchronized boolean put(String subscription, String group, String name, ObjectNode body, Instant now) {
        Stored s = connectors.get(key(subscription, group, name));
        boolean created = s == null;
        if (created) {
            s = new Stored(subscription, group, name);
            s.createdAt = now;
            connectors.put(key(subscription, group, name), s);
        }
        s.body = body;
        s.modifiedAt = now;
        persist();
        return created;
    }

    synchronized boolean delete(String subscription, String group, String name) {
        boolean deleted = connectors.remove(key(subscription, group, name)) != null;
        persist();
        return deleted;
    }

    /** With a state file: the connectors survive a restart (a failed save only loses that, never the answer). */
    private void persist() {
        if (stateFile == null) {
            return;
        }
        try {
            AzureSnapshot.save(stateFile, List.copyOf(connectors.values()));
        } catch (java.io.IOException e) {
            // practice only: the connector is still held for this run
        }
    }

    synchronized List<PracticeAzure.Connector> connectors() {
        List<PracticeAzure.Connector> all = new ArrayList<>();
        for (Stored s : connectors.values()) {
            JsonNode p = s.body.path("properties");
            JsonNode env = p.path("environmentData");
            List<String> offerings = new ArrayList<>();
            p.path("offerings").forEach(o -> offerings.add(o.path("offeringType").asText()));
            Map<String, String> tags = new LinkedHashMap<>();
            s.body.path("tags").properties().forEach(e -> tags.put(e.getKey(), e.getValue().asText()));
            all.add(new PracticeAzure.Connector(s.resourceGroup, s.name, s.body.path("location").asText(),
                    p.path("hierarchyIdentifier").asText(), env.path("authentication").path("username").asText(),
                    offerings, env.path("scanInterval").asInt(), tags));
        }
        return all;
    }

    synchronized boolean holdsToken(String group, String name, String token) {
        Stored s = connectors.get(key(PracticeAzure.SUBSCRIPTION, group, name));
        String held = s == null ? "" : s.body.path("properties").path("environmentData").path("authentication")
                .path("accessToken").asText();
        return token != null && (token.equals(held) || AzureSnapshot.digest(token).equals(held));
    }
}
