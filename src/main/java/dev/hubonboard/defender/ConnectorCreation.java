package dev.hubonboard.defender;

import dev.hubonboard.azure.ArmClient;
import dev.hubonboard.azure.ArmException;
import dev.hubonboard.azure.Location;
import dev.hubonboard.azure.Permission;
import dev.hubonboard.azure.Pricing;
import dev.hubonboard.azure.ResourceGroup;
import dev.hubonboard.azure.SecurityConnector;
import dev.hubonboard.azure.Subscription;
import dev.hubonboard.defender.PreFlight.Finding;
import dev.hubonboard.defender.PreFlight.Level;
import dev.hubonboard.net.ServiceException;
import dev.hubonboard.net.Sleeper;
import dev.hubonboard.net.UnreachableException;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates or updates Defender for Cloud's Docker Hub connector through Azure Resource Manager: the pickers, the
 * pre-flight in words, the review with the token masked, the write and the read-back. Shared by the dialog and
 * {@code hub-onboard connect}; callers run the connection test first and call {@link #write} only when it passed.
 */
public final class ConnectorCreation {
    /** The portal's default scan interval (issue 15: the portal offers 4, 6, 12 and 24 hours, default 12). */
    public static final int DEFAULT_SCAN_INTERVAL = ConnectorSettings.DEFAULT_SCAN_INTERVAL;
    /** Registration of a provider takes up to a few minutes; we look this often, this many times. */
    static final Duration REGISTRATION_POLL = Duration.ofSeconds(5);
    static final int REGISTRATION_LOOKS = 24;

    private final ArmClient arm;
    private final Sleeper sleeper;
    private final Clock clock;

    public ConnectorCreation(ArmClient arm, Sleeper sleeper, Clock clock) {
        this.arm = Objects.requireNonNull(arm, "arm");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---- pickers ----

    public List<Subscription> subscriptions() throws ServiceException {
        return arm.subscriptions();
    }

    public List<ResourceGroup> resourceGroups(String subscription) throws ServiceException {
        return arm.resourceGroups(subscription);
    }

    public List<Location> locations(String subscription) throws ServiceException {
        return arm.locations(subscription);
    }

    // ---- pre-flight ----

    /**
     * Looks before writing: the provider's registration, the Defender plans, an existing connector for the
     * organization (→ update in place), a name already used by another connector (→ blocked), and the caller's access.
     *
     * @throws IllegalArgumentException when the subscription, resource group or location is missing
     */
    public PreFlight preFlight(ConnectorSettings s) throws ServiceException {
        String sub = required(s.subscriptionId(), "Subscription", "choose the subscription that will hold the connector");
        String group = required(s.resourceGroup(), "Resource group", "choose the resource group for the connector");
        String location = required(s.location(), "Location", "choose the connector's Azure region");
        List<Finding> findings = new ArrayList<>();

        String state = arm.providerRegistrationState(sub);
        if ("Registered".equalsIgnoreCase(state)) {
            findings.add(new Finding(Level.OK, "The Microsoft.Security resource provider is registered."));
        } else {
            findings.add(new Finding(Level.WARN, "The Microsoft.Security resource provider is not registered on this "
                    + "subscription (" + (state.isBlank() ? "unknown" : state) + "): it will be registered first, "
                    + "which needs Contributor or Owner on the subscription."));
        }

        boolean containers = arm.pricing(sub, Pricing.CONTAINERS).on();
        boolean posture = arm.pricing(sub, Pricing.CLOUD_POSTURE).on();
        plans(s, containers, posture, findings);

        List<SecurityConnector> all;
        try {
            all = arm.connectors(sub);
        } catch (ArmException e) {
            if (e.kind() != ArmException.Kind.CONFLICT) { // not registered yet: no connectors either
                throw e;
            }
            all = List.of();
        }
        List<SecurityConnector> forOrg = all.stream().filter(c -> c.isFor(s.organization())).toList();
        Optional<SecurityConnector> existing = forOrg.stream().findFirst();
        String targetGroup = existing.map(SecurityConnector::resourceGroup).orElse(group);
        String targetName = existing.map(SecurityConnector::name).orElse(s.connectorName());
        String targetLocation = existing.map(SecurityConnector::location).filter(l -> !l.isBlank()).orElse(location);
        if (existing.isPresent()) {
            SecurityConnector c = existing.get();
            boolean moved = !c.name().equalsIgnoreCase(s.connectorName()) || !c.resourceGroup().equalsIgnoreCase(group);
            findings.add(new Finding(Level.OK, "A connector for " + s.organization() + " already exists: " + c.name()
                    + " in resource group " + c.resourceGroup() + ". It will be updated in place under its own name"
                    + (moved ? " (not " + s.connectorName() + " in " + group + ")" : "") + ", not duplicated."));
            if (forOrg.size() > 1) {
                findings.add(new Finding(Level.WARN, forOrg.size() + " connectors for " + s.organization() + " exist; "
                        + "only " + c.name() + " is updated. Delete the others in the portal."));
            }
            if (!c.location().isBlank() && !c.location().replace(" ", "").equalsIgnoreCase(location)) {
                findings.add(new Finding(Level.OK, "It stays in its region " + c.location() + " (Azure cannot move "
                        + "a connector to another region)."));
            }
        } else {
            findings.add(new Finding(Level.OK, "No connector for " + s.organization() + " exists yet: "
                    + s.connectorName() + " will be created in resource group " + group + " (" + location + ")."));
            all.stream().filter(c -> c.name().equalsIgnoreCase(s.connectorName()) && c.resourceGroup().equalsIgnoreCase(group))
                    .findFirst().ifPresent(other -> findings.add(new Finding(Level.BLOCK, "A connector named "
                            + other.name() + " already exists in " + group + " for another "
                            + (other.isDockerHub() ? "Docker Hub organization (" + other.hierarchyIdentifier() + ")"
                            : "environment (" + other.environmentName() + ")") + ": choose another connector name.")));
        }

        findings.add(access(sub, targetGroup));
        return new PreFlight(state, containers, posture, existing, targetGroup, targetName, targetLocation, findings);
    }

    private static void plans(ConnectorSettings s, boolean containers, boolean posture, List<Finding> findings) {
        if (!containers && !posture) {
            findings.add(new Finding(Level.WARN, "No Defender plan is on in this subscription (Defender for "
                    + "Containers and Defender CSPM are both off): the connector is written, but Defender scans "
                    + "nothing until a plan is turned on in Environment settings."));
            return;
        }
        findings.add(new Finding(Level.OK, "Defender plans on in this subscription: "
                + String.join(" and ", onPlans(containers, posture)) + "."));
        if (s.offerings().contains(Plan.DEFENDER_FOR_CONTAINERS) && !containers) {
            findings.add(new Finding(Level.WARN, "Defender for Containers is chosen for the connector but its plan "
                    + "is off in the subscription: image scanning starts only once it is on."));
        }
        if (s.offerings().contains(Plan.DEFENDER_CSPM) && !posture) {
            findings.add(new Finding(Level.WARN, "Defender CSPM is chosen for the connector but its plan is off in "
                    + "the subscription."));
        }
    }

    private static List<String> onPlans(boolean containers, boolean posture) {
        List<String> on = new ArrayList<>();
        if (containers) {
            on.add("Defender for Containers");
        }
        if (posture) {
            on.add("Defender CSPM");
        }
        return on;
    }

    /** Whether the caller's role assignments allow the write; Azure decides in the end, so at most a warning. */
    private Finding access(String sub, String group) throws UnreachableException {
        try {
            if (Permission.anyAllows(arm.permissions(sub, group), Permission.CONNECTOR_WRITE)) {
                return new Finding(Level.OK, "Your access allows writing security connectors in " + group + ".");
            }
            return new Finding(Level.WARN, "Your role assignments do not allow writing security connectors in "
                    + group + ", so Azure will refuse: you need Security Admin on the subscription, or Contributor "
                    + "or Owner on the resource group.");
        } catch (UnreachableException e) {
            throw e;
        } catch (ServiceException e) {
            return new Finding(Level.WARN, "Your access to " + group + " could not be checked (" + e.getMessage()
                    + "); Azure will say at the write.");
        }
    }

    // ---- review and write ----

    /** The exact request {@link #write} will send, token masked. */
    public ConnectorReview review(ConnectorSettings s, PreFlight p) {
        String sub = required(s.subscriptionId(), "Subscription", "choose the subscription");
        return new ConnectorReview(p.action(), "PUT", arm.connectorUrl(sub, p.resourceGroup(), p.name()).toString(),
                ConnectorBody.maskedText(s, p.location()));
    }

    /**
     * Registers the provider if needed, PUTs the connector with the token and reads it back.
     *
     * @param accessToken the dedicated user's token, which has just passed the connection test
     * @throws IllegalStateException when the pre-flight found something blocking
     */
    public ConnectorWritten write(ConnectorSettings s, PreFlight p, String accessToken) throws ServiceException {
        if (p.blocked()) {
            throw new IllegalStateException("The pre-flight found a reason not to write; see its findings.");
        }
        String sub = required(s.subscriptionId(), "Subscription", "choose the subscription");
        if (!p.providerRegistered()) {
            register(sub);
        }
        ArmClient.PutResult put = arm.putConnector(sub, p.resourceGroup(), p.name(),
                ConnectorBody.withToken(s, p.location(), accessToken), accessToken);
        SecurityConnector readBack = arm.connector(sub, p.resourceGroup(), p.name()).orElse(put.connector());
        PreFlight.Action action = switch (put.outcome()) {
            case CREATED -> PreFlight.Action.CREATE;
            case UPDATED -> PreFlight.Action.UPDATE;
            case CONFIRMED_BY_READ_BACK -> p.action();
        };
        return new ConnectorWritten(action, readBack, clock.instant());
    }

    /** Registers Microsoft.Security and waits (bounded) until Azure says Registered. */
    private void register(String sub) throws ServiceException {
        String state = arm.registerProvider(sub);
        for (int look = 0; !"Registered".equalsIgnoreCase(state); look++) {
            if (look >= REGISTRATION_LOOKS) {
                throw new UnreachableException("The Microsoft.Security resource provider is still " + state + " after "
                        + REGISTRATION_LOOKS * REGISTRATION_POLL.toSeconds() + " s; try again in a few minutes.", 0, null);
            }
            try {
                sleeper.sleep(REGISTRATION_POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UnreachableException("Cancelled while registering Microsoft.Security.", 0, e);
            }
            state = arm.providerRegistrationState(sub);
        }
    }

    /**
     * After a rotation: the saved connector rewritten with the new token, keeping its plans, scan interval and region
     * as Azure has them now (read first). Offered, never silent: the caller asks the administrator.
     *
     * @throws ArmException NOT_FOUND when the connector is gone (create it again instead)
     */
    public ConnectorWritten updateAfterRotation(SavedConnector saved, String dockerId, String accessToken)
            throws ServiceException {
        SecurityConnector now = readBack(saved).orElseThrow(() -> new IllegalStateException("The connector "
                + saved.name() + " is no longer in " + saved.resourceGroup() + ": create it again."));
        java.util.Set<Plan> plans = java.util.EnumSet.noneOf(Plan.class);
        now.offerings().forEach(o -> Plan.ofOfferingType(o).ifPresent(plans::add));
        ConnectorSettings s = ConnectorSettings.builder(saved.organization(), dockerId)
                .subscriptionId(saved.subscriptionId()).resourceGroup(saved.resourceGroup()).connectorName(saved.name())
                .location(now.location().isBlank() ? saved.location() : now.location().replace(" ", "").toLowerCase(java.util.Locale.ROOT))
                .offerings(plans.isEmpty() ? ConnectorSettings.DEFAULT_OFFERINGS : plans)
                .scanIntervalHours(ConnectorSettings.SCAN_INTERVALS.contains(now.scanInterval()) ? now.scanInterval()
                        : DEFAULT_SCAN_INTERVAL).build();
        return write(s, preFlight(s), accessToken);
    }

    /** Reads the saved connector back (for the Connections card); empty when it is gone. */
    public Optional<SecurityConnector> readBack(SavedConnector saved) throws ServiceException {
        return arm.connector(saved.subscriptionId(), saved.resourceGroup(), saved.name());
    }

    private static String required(Optional<String> value, String field, String fix) {
        return value.filter(v -> !v.isBlank()).orElseThrow(() -> new IllegalArgumentException(field + ": " + fix + "."));
    }
}
