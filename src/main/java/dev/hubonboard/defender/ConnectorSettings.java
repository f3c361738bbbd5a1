package dev.hubonboard.defender;

import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.Validation;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a Defender for Cloud Docker Hub connector is made of, minus the access token: there is deliberately no token
 * field, so nothing rendered from these settings can contain one. Every value is validated on construction; a
 * refusal is an IllegalArgumentException whose message starts with the field's label.
 *
 * @param organization      the Docker Hub organization (also the connector's hierarchyIdentifier, unconfirmed)
 * @param dockerId          the dedicated user's Docker ID, not the e-mail
 * @param scanIntervalHours 4, 6, 12 or 24: the only values Microsoft's portal offers
 * @param offerings         at least one plan; iterated in {@link Plan} order so exports are stable
 * @param connectorName     the Azure resource name of the connector
 * @param location          the Azure region; empty means "the resource group's region"
 * @param subscriptionId    for the az rest URL; empty means a placeholder the user fills in
 * @param resourceGroup     for the az rest URL; empty means a placeholder the user fills in
 */
public record ConnectorSettings(String organization, String dockerId, int scanIntervalHours, Set<Plan> offerings,
                                String connectorName, Optional<String> location, Optional<String> subscriptionId,
                                Optional<String> resourceGroup) {

    /** The scan intervals Microsoft's API documents (hours). */
    public static final Set<Integer> SCAN_INTERVALS = Set.of(4, 6, 12, 24);

    /** Every 12 hours: the portal's default, and the one default of the exports, the dialog and {@code connect}. */
    public static final int DEFAULT_SCAN_INTERVAL = 12;

    /** Defender for Containers (image vulnerability scanning) plus the free CSPM monitor: what the how-to enables. */
    public static final Set<Plan> DEFAULT_OFFERINGS =
            Collections.unmodifiableSet(EnumSet.of(Plan.CSPM_MONITOR, Plan.DEFENDER_FOR_CONTAINERS));

    // Microsoft's API spec gives no name pattern for securityConnectors; this is the common ARM subset (letters,
    // digits, '-', '_', '.'; no '.' at the end), capped at 64 so the name fits every related rule we know.
    private static final Pattern CONNECTOR_NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_-])?");
    private static final int CONNECTOR_NAME_MAX = 64;
    // Programmatic region names: lowercase letters and digits (westeurope, eastus2), not display names.
    private static final Pattern REGION = Pattern.compile("[a-z][a-z0-9]{1,39}");
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    // Azure's resource group rule: 1-90 of letters, digits, '_', '-', '.', '(' and ')'; not ending in '.'.
    private static final Pattern RESOURCE_GROUP = Pattern.compile("[\\p{L}\\p{N}_.()-]{0,89}[\\p{L}\\p{N}_()-]");

    /** The fields a problem can belong to, so a form shows each under its own field. */
    public enum Field { ORGANIZATION, DOCKER_ID, SCAN_INTERVAL, PLANS, CONNECTOR_NAME, LOCATION, SUBSCRIPTION_ID,
        RESOURCE_GROUP }

    public ConnectorSettings {
        Map<Field, String> problems = problems(organization, dockerId, scanIntervalHours, offerings, connectorName,
                location, subscriptionId, resourceGroup);
        if (!problems.isEmpty()) {
            Map.Entry<Field, String> first = problems.entrySet().iterator().next();
            throw new WrongChoiceException(first.getKey(), first.getValue());
        }
        organization = Validation.trim(organization);
        dockerId = Validation.trim(dockerId);
        offerings = Collections.unmodifiableSet(EnumSet.copyOf(offerings));
        connectorName = Validation.trim(connectorName);
        location = location.filter(v -> !v.isBlank()).map(String::strip);
        subscriptionId = subscriptionId.filter(v -> !v.isBlank()).map(String::strip);
        resourceGroup = resourceGroup.filter(v -> !v.isBlank()).map(String::strip);
    }

    /** Every field's problem at once, in the field's own words (empty when the settings are valid). */
    static Map<Field, String> problems(String organization, String dockerId, int scanIntervalHours,
                                       Set<Plan> offerings, String connectorName, Optional<String> location,
                                       Optional<String> subscriptionId, Optional<String> resourceGroup) {
        Map<Field, String> p = new EnumMap<>(Field.class);
        Validation.organization(organization).errors().stream().findFirst()
                .ifPresent(e -> p.put(Field.ORGANIZATION, e.message()));
        Validation.dockerId(dockerId).errors().stream().findFirst().ifPresent(e -> p.put(Field.DOCKER_ID, e.message()));
        if (!SCAN_INTERVALS.contains(scanIntervalHours)) {
            p.put(Field.SCAN_INTERVAL, "Scan interval: must be 4, 6, 12 or 24 hours, not " + scanIntervalHours + ".");
        }
        if (offerings == null || offerings.isEmpty()) {
            p.put(Field.PLANS, "Plans: choose at least one plan (for example Defender for Containers).");
        } else if (offerings.stream().anyMatch(Objects::isNull)) { // Set.of(...).contains(null) would throw
            p.put(Field.PLANS, "Plans: an empty entry is not a plan.");
        }
        if (connectorName == null || !CONNECTOR_NAME.matcher(Validation.trim(connectorName)).matches()) {
            p.put(Field.CONNECTOR_NAME, "Connector name: use 1 to " + CONNECTOR_NAME_MAX + " letters, digits, "
                    + "'-', '_' or '.', starting with a letter or digit and not ending in '.'.");
        }
        if (given(location, "location").filter(l -> !REGION.matcher(l).matches()).isPresent()) {
            p.put(Field.LOCATION, "Location: use the region's name in lowercase, such as westeurope "
                    + "(not the display name 'West Europe').");
        }
        if (given(subscriptionId, "subscriptionId").filter(s -> !GUID.matcher(s).matches()).isPresent()) {
            p.put(Field.SUBSCRIPTION_ID, "Subscription ID: must be a GUID such as 00000000-0000-0000-0000-000000000000.");
        }
        if (given(resourceGroup, "resourceGroup").filter(g -> !RESOURCE_GROUP.matcher(g).matches()).isPresent()) {
            p.put(Field.RESOURCE_GROUP, "Resource group: use 1 to 90 letters, digits, '_', '-', '.', '(' or ')', "
                    + "not ending in '.'.");
        }
        // A token pasted into a free-text field by mistake would end up in the file: the export never holds one.
        pasted(Field.CONNECTOR_NAME, "Connector name", connectorName, p);
        pasted(Field.RESOURCE_GROUP, "Resource group", resourceGroup == null ? null : resourceGroup.orElse(null), p);
        return p;
    }

    private static void pasted(Field field, String label, String value, Map<Field, String> problems) {
        if (value != null && Validation.trim(value).toLowerCase(java.util.Locale.ROOT).startsWith("dckr_")) {
            problems.put(field, label + ": that looks like an access token (dckr_…). The export never holds the "
                    + "token; enter the " + label.toLowerCase(java.util.Locale.ROOT) + " here.");
        }
    }

    /** Settings with the defaults: scans every 12 h, Defender for Containers + CSPM monitor, derived name, group's region. */
    public static Builder builder(String organization, String dockerId) {
        return new Builder(organization, dockerId);
    }

    /**
     * Starts from an onboarding that has the dedicated user's Docker ID. The onboarding never holds the token, so
     * neither can the settings.
     */
    public static Builder builder(Onboarding onboarding) {
        String dockerId = onboarding.dedicatedDockerId().orElseThrow(() -> new IllegalArgumentException(
                "Docker ID: enter the dedicated user's Docker ID before exporting the connector."));
        return new Builder(onboarding.organization(), dockerId);
    }

    /** {@code dockerhub-ORG}, shortened to a valid resource name: one connector per organization, easy to find. */
    public static String defaultConnectorName(String organization) {
        String name = "dockerhub-" + Validation.trim(organization);
        if (name.length() > CONNECTOR_NAME_MAX) {
            name = name.substring(0, CONNECTOR_NAME_MAX);
        }
        return name.replaceAll("[._-]+$", "");
    }

    private static Optional<String> given(Optional<String> value, String name) {
        return Objects.requireNonNull(value, name).filter(v -> !v.isBlank()).map(String::strip);
    }

    /** Collects optional values; {@link #build()} validates everything at once through the record constructor. */
    public static final class Builder {
        private final String organization;
        private final String dockerId;
        private int scanIntervalHours = DEFAULT_SCAN_INTERVAL;
        private Set<Plan> offerings = DEFAULT_OFFERINGS;
        private String connectorName;
        private String location;
        private String subscriptionId;
        private String resourceGroup;

        private Builder(String organization, String dockerId) {
            this.organization = organization;
            this.dockerId = dockerId;
        }

        public Builder scanIntervalHours(int hours) {
            this.scanIntervalHours = hours;
            return this;
        }

        public Builder offerings(Collection<Plan> plans) {
            this.offerings = plans == null ? null : plans.isEmpty() ? Set.of() : EnumSet.copyOf(plans);
            return this;
        }

        public Builder offerings(Plan first, Plan... more) {
            return offerings(EnumSet.of(first, more));
        }

        /** Null or blank: derived from the organization ({@link #defaultConnectorName}). */
        public Builder connectorName(String name) {
            this.connectorName = name;
            return this;
        }

        /** Null or blank: the resource group's region. */
        public Builder location(String region) {
            this.location = region;
            return this;
        }

        public Builder subscriptionId(String id) {
            this.subscriptionId = id;
            return this;
        }

        public Builder resourceGroup(String name) {
            this.resourceGroup = name;
            return this;
        }

        /** Every field's problem at once, by field; empty when {@link #build()} will succeed. */
        public Map<Field, String> problems() {
            return ConnectorSettings.problems(organization, dockerId, scanIntervalHours, offerings, name(),
                    Optional.ofNullable(location), Optional.ofNullable(subscriptionId), Optional.ofNullable(resourceGroup));
        }

        public ConnectorSettings build() {
            return new ConnectorSettings(organization, dockerId, scanIntervalHours, offerings, name(),
                    Optional.ofNullable(location), Optional.ofNullable(subscriptionId), Optional.ofNullable(resourceGroup));
        }

        private String name() {
            return connectorName == null || connectorName.isBlank() ? defaultConnectorName(organization) : connectorName;
        }
    }
}
