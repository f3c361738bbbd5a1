package dev.hubonboard.defender;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The choices of the "Create the connector in Defender for Cloud" dialog, without a toolkit: subscription, resource
 * group, location, connector name (default {@code dockerhub-ORG}), plans (Foundational CSPM and Defender for
 * Containers on by default) and scan interval (4, 6, 12 or 24 h; default 12). A saved target fills them in again.
 * {@link #settings()} validates everything at once; a refusal names the field.
 */
public final class ConnectorForm {
    /** The intervals the portal offers, in the order a picker shows them. */
    public static final List<Integer> SCAN_INTERVALS = List.of(4, 6, 12, 24);

    private final String organization;
    private final String dockerId;
    private String subscription = "";
    private String resourceGroup = "";
    private String location = "";
    private String name;
    private final Set<Plan> plans = EnumSet.of(Plan.CSPM_MONITOR, Plan.DEFENDER_FOR_CONTAINERS);
    private int scanInterval = ConnectorCreation.DEFAULT_SCAN_INTERVAL;

    public ConnectorForm(String organization, String dockerId) {
        this.organization = Objects.requireNonNull(organization, "organization");
        this.dockerId = Objects.requireNonNull(dockerId, "dockerId");
        this.name = ConnectorSettings.defaultConnectorName(organization);
    }

    /** A form for this organization, filled in from the target saved last time, if any. */
    public static ConnectorForm of(String organization, String dockerId, Optional<SavedConnector> saved) {
        ConnectorForm form = new ConnectorForm(organization, dockerId);
        saved.ifPresent(s -> {
            form.subscription = s.subscriptionId();
            form.resourceGroup = s.resourceGroup();
            form.name = s.name();
            form.location = s.location();
        });
        return form;
    }

    public String organization() {
        return organization;
    }

    public String dockerId() {
        return dockerId;
    }

    public String subscription() {
        return subscription;
    }

    public void subscription(String id) {
        this.subscription = id == null ? "" : id.strip();
    }

    public String resourceGroup() {
        return resourceGroup;
    }

    public void resourceGroup(String group) {
        this.resourceGroup = group == null ? "" : group.strip();
    }

    public String location() {
        return location;
    }

    public void location(String region) {
        this.location = region == null ? "" : region.strip();
    }

    public String name() {
        return name;
    }

    /** Blank: back to {@code dockerhub-ORG}. */
    public void name(String connectorName) {
        this.name = connectorName == null || connectorName.isBlank()
                ? ConnectorSettings.defaultConnectorName(organization) : connectorName.strip();
    }

    public Set<Plan> plans() {
        return Collections.unmodifiableSet(plans);
    }

    public void plan(Plan plan, boolean on) {
        if (on) {
            plans.add(plan);
        } else {
            plans.remove(plan);
        }
    }

    public int scanInterval() {
        return scanInterval;
    }

    public void scanInterval(int hours) {
        this.scanInterval = hours;
    }

    /** Plain words for a plan, as the portal names them. */
    public static String label(Plan plan) {
        return switch (plan) {
            case CSPM_MONITOR -> "Foundational CSPM";
            case DEFENDER_FOR_CONTAINERS -> "Defender for Containers";
            case DEFENDER_CSPM -> "Defender CSPM";
        };
    }

    /**
     * The settings to pre-flight and write.
     *
     * @throws IllegalArgumentException whose message starts with the field's label and says the fix
     */
    public ConnectorSettings settings() {
        if (subscription.isBlank()) {
            throw new IllegalArgumentException("Subscription: choose the subscription that will hold the connector.");
        }
        if (resourceGroup.isBlank()) {
            throw new IllegalArgumentException("Resource group: choose the resource group for the connector.");
        }
        if (location.isBlank()) {
            throw new IllegalArgumentException("Location: choose the connector's Azure region.");
        }
        return ConnectorSettings.builder(organization, dockerId).subscriptionId(subscription).resourceGroup(resourceGroup)
                .location(location).connectorName(name).offerings(plans).scanIntervalHours(scanInterval).build();
    }

    /** The problem with the current choices, or empty when they can be used. */
    public Optional<String> problem() {
        try {
            settings();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
