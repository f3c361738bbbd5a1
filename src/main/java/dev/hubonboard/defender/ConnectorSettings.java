package dev.hubonboard.defender;

import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.Validation;
import dev.hubonboard.onboarding.Verdict;

import java.util.Collection;
import java.util.Collections;
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

    /** Once a day: the fewest pulls against the dedicated user's Docker Hub pull limit. */
    public static final int DEFAULT_SCAN_INTERVAL = 24;

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

    public ConnectorSettings {
        organization = check(Validation.organization(organization), organization);
        dockerId = check(Validation.dockerId(dockerId), dockerId);
        if (!SCAN_INTERVALS.contains(scanIntervalHours)) {
            throw new IllegalArgumentException("Scan interval: must be 4, 6, 12 or 24 hours, not " + scanIntervalHours + ".");
        }
        if (offerings == null || offerings.isEmpty()) {
            throw new IllegalArgumentException("Plans: choose at least one plan (for example Defender for Containers).");
        }
        if (offerings.stream().anyMatch(Objects::isNull)) { // Set.of(...).contains(null) would throw
            throw new IllegalArgumentException("Plans: an empty entry is not a plan.");
        }
        offerings = Collections.unmodifiableSet(EnumSet.copyOf(offerings));
        connectorName = Validation.trim(connectorName);
        if (!CONNECTOR_NAME.matcher(connectorName).matches()) {
            throw new IllegalArgumentException("Connector name: use 1 to " + CONNECTOR_NAME_MAX + " letters, digits, "
                    + "'-', '_' or '.', starting with a letter or digit and not ending in '.'.");
        }
        location = optional(location, "location").map(String::strip);
        location.filter(l -> !REGION.matcher(l).matches()).ifPresent(l -> {
            throw new IllegalArgumentException("Location: use the region's name in lowercase, such as westeurope "
                    + "(not the display name 'West Europe').");
        });
        subscriptionId = optional(subscriptionId, "subscriptionId").map(String::strip);
        subscriptionId.filter(s -> !GUID.matcher(s).matches()).ifPresent(s -> {
            throw new IllegalArgumentException("Subscription ID: must be a GUID such as 00000000-0000-0000-0000-000000000000.");
        });
        resourceGroup = optional(resourceGroup, "resourceGroup").map(String::strip);
        resourceGroup.filter(g -> !RESOURCE_GROUP.matcher(g).matches()).ifPresent(g -> {
            throw new IllegalArgumentException("Resource group: use 1 to 90 letters, digits, '_', '-', '.', '(' or ')', "
                    + "not ending in '.'.");
        });
    }

    /** Settings with the defaults: daily scans, Defender for Containers + CSPM monitor, derived name, group's region. */
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

    private static String check(Verdict verdict, String value) {
        verdict.errors().stream().findFirst().ifPresent(p -> {
            throw new IllegalArgumentException(p.message());
        });
        return Validation.trim(value);
    }

    private static Optional<String> optional(Optional<String> value, String name) {
        return Objects.requireNonNull(value, name).filter(v -> !v.isBlank());
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

        public ConnectorSettings build() {
            String name = connectorName == null || connectorName.isBlank()
                    ? defaultConnectorName(organization) : connectorName;
            return new ConnectorSettings(organization, dockerId, scanIntervalHours, offerings, name,
                    Optional.ofNullable(location), Optional.ofNullable(subscriptionId), Optional.ofNullable(resourceGroup));
        }
    }
}
