package dev.hubonboard.defender;

import dev.hubonboard.azure.ArmClient;
import dev.hubonboard.azure.ArmException;
import dev.hubonboard.azure.Location;
import dev.hubonboard.azure.Permission;
import dev.hubonboard.azure.Pricing;
import dev.hubonboard.azure.Provider;
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
import java.util.function.Consumer;

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

    /**
     * The regions a connector can be created in: physical ones where Microsoft.Security offers
     * {@code securityConnectors} (physical ones only when the provider cannot be read).
     */
    public List<Location> locations(String subscription) throws ServiceException {
        List<Location> all;
        try {
            all = arm.locations(subscription);
        } catch (ArmException e) {
            if (!e.forbidden()) {
                throw e;
            }
            // A role on a resource group only may not list the subscription's regions: offer the regions of the
            // groups it can see (physical ones, where its resources live); the pre-flight says it could not check.
            all = arm.resourceGroups(subscription).stream().map(g -> g.location()).filter(l -> !l.isBlank())
                    .distinct().map(l -> new Location(l, l, "Physical")).toList();
        }
        Optional<Provider> provider;
        try {
            provider = Optional.of(arm.provider(subscription));
        } catch (ArmException e) {
            if (!e.forbidden()) {
                throw e;
            }
            provider = Optional.empty();
        }
        return Regions.offered(all, provider);
    }

    // ---- pre-flight ----

    /** The pre-flight that registers nothing and takes plans and interval from the settings (the dialog's Check). */
    public PreFlight preFlight(ConnectorSettings s) throws ServiceException {
        return preFlight(s, PreFlight.Chosen.ALL, false, words -> { });
    }

    /**
     * Looks before writing, in Azure's order (azure-facts.md): the Microsoft.Security provider (registration and the
     * regions of {@code securityConnectors}); registration when needed and allowed; only then the Defender plans and
     * the connectors. A 403 on a subscription-scope read is not a refusal to write: it is said in words, the
     * connectors are looked for in the resource group instead, and the pre-flight goes on.
     *
     * @param chosen      what the user chose to set on an existing connector; the rest is kept
     * @param mayRegister register Microsoft.Security now when it is not (connect); false leaves it to the write
     * @param progress    words while registering (polls)
     * @throws WrongChoiceException  a region where connectors are not offered (before anything is written)
     * @throws IllegalArgumentException when the subscription, resource group or location is missing
     */
    public PreFlight preFlight(ConnectorSettings s, PreFlight.Chosen chosen, boolean mayRegister,
                               Consumer<String> progress) throws ServiceException {
        String sub = required(s.subscriptionId(), "Subscription", "choose the subscription that will hold the connector");
        String group = required(s.resourceGroup(), "Resource group", "choose the resource group for the connector");
        String location = required(s.location(), "Location", "choose the connector's Azure region");
        List<Finding> findings = new ArrayList<>();

        // 1. The provider: registration and where securityConnectors are offered.
        Optional<Provider> provider;
        try {
            provider = Optional.of(arm.provider(sub));
        } catch (ArmException e) {
            if (!e.forbidden()) {
                throw e;
            }
            provider = Optional.empty();
            findings.add(new Finding(Level.WARN, "Could not read the Microsoft.Security provider's registration and "
                    + "regions: " + scopeWords(e) + " Went on; Azure will say at the write."));
        }
        boolean registerFirst = provider.filter(p -> !p.registered()).isPresent();
        String state = provider.map(Provider::registrationState).orElse("");
        if (provider.isPresent() && !registerFirst) {
            findings.add(new Finding(Level.OK, "The Microsoft.Security resource provider is registered."));
        }
        // 2. Register before Defender's own reads, which answer "Subscription Not Registered" until then.
        if (registerFirst && mayRegister) {
            int looks = register(sub, progress);
            registerFirst = false;
            state = "Registered";
            findings.add(new Finding(Level.OK, "The Microsoft.Security resource provider was not registered (" +
                    provider.get().registrationState() + "); it is now (" + looks + " look" + (looks == 1 ? "" : "s")
                    + ")."));
        }

        // 3. The Defender plans.
        Optional<Boolean> containers = Optional.empty();
        Optional<Boolean> posture = Optional.empty();
        if (!registerFirst) {
            try {
                containers = Optional.of(arm.pricing(sub, Pricing.CONTAINERS).on());
                posture = Optional.of(arm.pricing(sub, Pricing.CLOUD_POSTURE).on());
            } catch (ArmException e) {
                if (e.notRegistered()) {
                    registerFirst = true; // by its code: register first, whatever the provider said
                } else if (e.forbidden()) {
                    findings.add(new Finding(Level.WARN, "Could not read the Defender plans: " + scopeWords(e)));
                } else {
                    throw e;
                }
            }
        }
        if (registerFirst) {
            findings.add(new Finding(Level.WARN, "The Microsoft.Security resource provider is not registered on this "
                    + "subscription (" + (state.isBlank() ? "Defender answers Subscription Not Registered" : state)
                    + "): it will be registered first, which needs " + ArmClient.REGISTER
                    + " (Security Admin, Contributor or Owner on the subscription). No plan or connector can exist yet."));
        } else if (containers.isPresent()) {
            plans(s, containers.get(), posture.orElse(false), findings);
        }

        // 4. An existing connector for the organization: the subscription's, else the resource group's.
        Look look = registerFirst ? new Look(List.of(), true) : existingConnectors(sub, group, s, findings);
        List<SecurityConnector> forOrg = look.found().stream().filter(c -> c.isFor(s.organization())).toList();
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
            // 5. A new connector: only where securityConnectors are offered, checked before anything is written.
            region(sub, location, provider, findings);
            if (look.known()) {
                findings.add(new Finding(Level.OK, "No connector for " + s.organization() + " exists yet: "
                        + s.connectorName() + " will be created in resource group " + group + " (" + location + ")."));
            }
            look.found().stream().filter(c -> c.name().equalsIgnoreCase(s.connectorName())
                            && c.resourceGroup().equalsIgnoreCase(group))
                    .findFirst().ifPresent(other -> findings.add(new Finding(Level.BLOCK, "A connector named "
                            + other.name() + " already exists in " + group + " for another "
                            + (other.isDockerHub() ? "Docker Hub organization (" + other.hierarchyIdentifier() + ")"
                            : "environment (" + other.environmentName() + ")") + ": choose another connector name.")));
        }

        findings.add(access(sub, targetGroup));
        return new PreFlight(state, containers, posture, existing, look.known(), registerFirst, targetGroup, targetName,
                targetLocation, existing.isPresent() ? chosen : PreFlight.Chosen.ALL, findings);
    }

    /** What a look for connectors found, and whether the look was allowed at all. */
    private record Look(List<SecurityConnector> found, boolean known) {
    }

    private Look existingConnectors(String sub, String group, ConnectorSettings s, List<Finding> findings)
            throws ServiceException {
        try {
            return new Look(arm.connectors(sub), true);
        } catch (ArmException e) {
            if (e.notRegistered()) {
                return new Look(List.of(), true);
            }
            if (!e.forbidden()) {
                throw e;
            }
            findings.add(new Finding(Level.WARN, "Could not list the subscription's connectors: " + scopeWords(e)
                    + " Looked in resource group " + group + " instead."));
        }
        try {
            return new Look(arm.connectors(sub, group), true);
        } catch (ArmException e) {
            if (!e.forbidden()) {
                throw e;
            }
        }
        try {
            return new Look(arm.connector(sub, group, s.connectorName()).stream().toList(), true);
        } catch (ArmException e) {
            if (!e.forbidden()) {
                throw e;
            }
            findings.add(new Finding(Level.WARN, "Could not look for an existing connector in " + group + " either: "
                    + scopeWords(e) + " The write will say whether it created or replaced one."));
            return new Look(List.of(), false);
        }
    }

    /** A new connector's region: physical, and offered for securityConnectors; else a usage error naming others. */
    private void region(String sub, String location, Optional<Provider> provider, List<Finding> findings)
            throws ServiceException {
        List<Location> all;
        try {
            all = arm.locations(sub);
        } catch (ArmException e) {
            if (!e.forbidden()) {
                throw e;
            }
            all = null;
        }
        if (all == null || provider.flatMap(Provider::connectorLocations).isEmpty()) {
            Optional<Location> logical = all == null ? Optional.empty()
                    : all.stream().filter(l -> l.is(location) && l.logical()).findFirst();
            if (logical.isEmpty()) {
                findings.add(new Finding(Level.WARN, "Could not check that security connectors are offered in "
                        + location + " (Azure did not list where): Azure will say at the write."));
                return;
            }
        }
        List<Location> offered = all == null
                ? provider.flatMap(Provider::connectorLocations).orElse(List.of()).stream()
                .map(d -> new Location(d.replace(" ", "").toLowerCase(java.util.Locale.ROOT), d, "Physical")).toList()
                : Regions.offered(all, provider);
        if (offered.stream().noneMatch(l -> l.is(location))) {
            boolean logical = all != null && all.stream().anyMatch(l -> l.is(location) && l.logical());
            throw new WrongChoiceException(ConnectorSettings.Field.LOCATION, "Location: security connectors are not "
                    + "offered in " + location + (logical ? ", a logical region that groups others (nothing can be "
                    + "created there)" : "") + ". Nearest where they are: "
                    + String.join(", ", Regions.nearest(location, offered)) + ".");
        }
        findings.add(new Finding(Level.OK, "Security connectors are offered in " + location + "."));
    }

    /** "your role covers the resource group only, or less (Azure refused ACTION at subscription scope)." */
    private static String scopeWords(ArmException e) {
        return "your role does not cover it (Azure refused " + e.action().orElse("the read") + " with HTTP "
                + e.status() + (e.code().isEmpty() ? "" : " " + e.code()) + "); a role on the resource group only "
                + "answers this way.";
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

    /** The exact request {@link #write} will send, token masked, with what changes on an existing connector. */
    public ConnectorReview review(ConnectorSettings s, PreFlight p) {
        String sub = required(s.subscriptionId(), "Subscription", "choose the subscription");
        return new ConnectorReview(p.action(), "PUT", arm.connectorUrl(sub, p.resourceGroup(), p.name()).toString(),
                Json.pretty(body(s, p, ConnectorBody.MASK)), Changes.of(s, p));
    }

    /** What a write sends: a new connector's body, or the existing one read back with only the choices changed. */
    static com.fasterxml.jackson.databind.node.ObjectNode body(ConnectorSettings s, PreFlight p, String token) {
        return p.existing().isPresent()
                ? ConnectorBody.update(p.existing().get().resource(), s, p.chosen(), token)
                : ConnectorBody.withToken(s, p.location(), token);
    }

    /** {@link #write(ConnectorSettings, PreFlight, String, Consumer)} without progress words. */
    public ConnectorWritten write(ConnectorSettings s, PreFlight p, String accessToken) throws ServiceException {
        return write(s, p, accessToken, words -> { });
    }

    /**
     * Registers the provider if the pre-flight found it unregistered, PUTs the connector with the token and reads it
     * back. Created or updated comes from the pre-flight, never from the 200/201. Once Azure answered 2xx the
     * connector is written: a read-back that fails then is a note, not a failure.
     *
     * @param accessToken the dedicated user's token, which has just passed the connection test
     * @throws IllegalStateException when the pre-flight found something blocking
     */
    public ConnectorWritten write(ConnectorSettings s, PreFlight p, String accessToken, Consumer<String> progress)
            throws ServiceException {
        if (p.blocked()) {
            throw new IllegalStateException("The pre-flight found a reason not to write; see its findings.");
        }
        String sub = required(s.subscriptionId(), "Subscription", "choose the subscription");
        if (p.registerFirst()) {
            register(sub, progress);
        }
        ArmClient.PutResult put;
        try {
            put = arm.putConnector(sub, p.resourceGroup(), p.name(), body(s, p, accessToken), accessToken);
        } catch (ArmException e) {
            if (!e.notRegistered()) {
                throw e;
            }
            register(sub, progress); // by its code: register, then the same write once more
            put = arm.putConnector(sub, p.resourceGroup(), p.name(), body(s, p, accessToken), accessToken);
        }
        SecurityConnector connector = put.connector();
        Optional<String> note = Optional.empty();
        if (put.outcome() == ArmClient.Outcome.WRITTEN_ANSWER_UNREADABLE) {
            note = Optional.of("Azure accepted the write but its answer could not be read; what is shown was read "
                    + "back (or, failing that, is what was sent). Check it in Environment settings.");
        } else {
            try {
                connector = arm.connector(sub, p.resourceGroup(), p.name()).orElse(put.connector());
            } catch (ServiceException e) {
                note = Optional.of("Written; reading it back failed (" + e.getMessage() + "): what is shown is "
                        + "Azure's answer to the write.");
            }
        }
        return new ConnectorWritten(p.action(), connector, clock.instant(), note);
    }

    /** Registers Microsoft.Security and polls (bounded) until Azure says Registered; returns the looks it took. */
    private int register(String sub, Consumer<String> progress) throws ServiceException {
        progress.accept("Registering the Microsoft.Security resource provider…");
        String state = arm.registerProvider(sub);
        int look = 0;
        while (!"Registered".equalsIgnoreCase(state)) {
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
            look++;
            state = arm.providerRegistrationState(sub);
            progress.accept("Microsoft.Security is " + (state.isBlank() ? "registering" : state) + " (look " + look
                    + " of at most " + REGISTRATION_LOOKS + ")…");
        }
        return Math.max(1, look);
    }

    /**
     * After a rotation: the saved connector rewritten with the new token, keeping its plans, scan interval, region and
     * tags as Azure has them now (read first: the PUT sends them back). Offered, never silent: the caller asks.
     */
    public ConnectorWritten updateAfterRotation(SavedConnector saved, String dockerId, String accessToken)
            throws ServiceException {
        SecurityConnector now = readBack(saved).orElseThrow(() -> new IllegalStateException("The connector "
                + saved.name() + " is no longer in " + saved.resourceGroup() + ": create it again."));
        ConnectorSettings s = ConnectorSettings.builder(saved.organization(), dockerId)
                .subscriptionId(saved.subscriptionId()).resourceGroup(saved.resourceGroup()).connectorName(saved.name())
                .location(now.location().isBlank() ? saved.location() : now.location().replace(" ", "").toLowerCase(java.util.Locale.ROOT))
                .build();
        return write(s, preFlight(s, PreFlight.Chosen.NOTHING, false, words -> { }), accessToken);
    }

    /** Reads the saved connector back (for the Connections card); empty when it is gone. */
    public Optional<SecurityConnector> readBack(SavedConnector saved) throws ServiceException {
        return arm.connector(saved.subscriptionId(), saved.resourceGroup(), saved.name());
    }

    private static String required(Optional<String> value, String field, String fix) {
        return value.filter(v -> !v.isBlank()).orElseThrow(() -> new IllegalArgumentException(field + ": " + fix + "."));
    }
}
