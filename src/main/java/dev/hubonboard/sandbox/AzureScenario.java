package dev.hubonboard.sandbox;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What {@code connect --sandbox --scenario NAME} (and the practice panel) can rehearse offline: each scenario sets
 * up the practice Hub and the practice Azure to play one situation Azure or Docker Hub really produces, with the exit
 * code {@code connect} gives for it. The source of each behaviour is named beside it.
 */
public enum AzureScenario implements Scenario {
    READY("ready", 0, "a registered subscription with Defender for Containers on and no connector yet: created",
            b -> { }),
    NOT_READY("not-ready", 1, "the dedicated user's token is Repo Public Read-only: the connection test fails and "
            + "nothing is sent to Azure", b -> { }),
    AZ_MISSING("az-missing", 4, "no Azure CLI on PATH: the sign-in cannot start; the message names the install page "
            + "and the export alternative", b -> { }),
    AZURE_FORBIDDEN("azure-forbidden", 5, "a Security Reader role: the pre-flight warns, then Azure refuses the write "
            + "with 403 AuthorizationFailed naming Microsoft.Security/securityConnectors/write and the roles that have it",
            b -> b.readOnly(true)),
    NOT_REGISTERED("not-registered", 0, "Microsoft.Security not registered: Defender's reads answer 404 \"Subscription "
            + "Not Registered\" (azure-sdk-for-go#19900); connect registers it (a few polls) before reading plans "
            + "and connectors", b -> b.notRegistered(3)),
    GROUP_ONLY("group-only", 0, "Contributor on the resource group only: subscription-scope reads answer 403 "
            + "AuthorizationFailed; the pre-flight says what it could not check, looks in the group, and writes",
            b -> b.groupOnly(PracticeAzure.RESOURCE_GROUP)),
    OTHER_TENANT("other-tenant", 4, "the subscription is in another tenant than the sign-in: 401 "
            + "InvalidAuthenticationTokenTenant (Azure/azure-sdk-for-python#38382); the message names the tenant "
            + "for az login --tenant", b -> b.subscriptionInTenant(PracticeAzure.OTHER_TENANT)),
    LOGICAL_REGION("logical-region", 2, "--location europe, a logical region (metadata.regionType Logical): a usage "
            + "error before any write, naming the nearest regions where connectors are offered", b -> { }),
    EXISTING_6H("existing-6h", 0, "a connector someone set to Foundational CSPM only, every 6 h, with tags: the "
            + "update replaces the token and keeps its plans, interval, region and tags",
            b -> b.existingConnector(new PracticeAzure.Connector(PracticeAzure.RESOURCE_GROUP, "dockerhub-acme-corp",
                    PracticeAzure.LOCATION, "acme-corp", "old-scanner", List.of("CspmMonitorDockerHub"), 6,
                    Map.of("owner", "platform-team", "costCenter", "1234")))),
    CREATE_200("create-200", 0, "Azure answers the create with 200 instead of 201 (the spec allows both): still "
            + "reported as created, from the pre-flight", b -> b.createAnswers(200));

    private final String word;
    private final int exitCode;
    private final String models;
    private final Consumer<PracticeAzure.Builder> azure;

    AzureScenario(String word, int exitCode, String models, Consumer<PracticeAzure.Builder> azure) {
        this.word = word;
        this.exitCode = exitCode;
        this.models = models;
        this.azure = azure;
    }

    @Override
    public String word() {
        return word;
    }

    /** The exit code {@code connect --sandbox --scenario} gives (README's contract). */
    @Override
    public int exitCode() {
        return exitCode;
    }

    @Override
    public String models() {
        return models;
    }

    /** Sets up the practice Azure for this scenario. */
    public PracticeAzure.Builder configure(PracticeAzure.Builder b) {
        azure.accept(b);
        return b;
    }

    /** The scope of the token the practice Hub makes for the dedicated user. */
    public PracticeHub.Scope tokenScope() {
        return this == NOT_READY ? PracticeHub.Scope.PUBLIC_READ : PracticeHub.Scope.READ;
    }

    /** True when the scenario plays a computer without {@code az}. */
    public boolean azMissing() {
        return this == AZ_MISSING;
    }

    /** The region the scenario asks for when none is given. */
    public Optional<String> location() {
        return this == LOGICAL_REGION ? Optional.of("europe") : Optional.empty();
    }

    public static Optional<AzureScenario> of(String word) {
        return Arrays.stream(values()).filter(s -> s.word.equals(word.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(AzureScenario::word).toList();
    }

    /** {@code --scenario help}: each scenario with its exit code and what it models. */
    public static String help() {
        StringBuilder b = new StringBuilder("Scenarios for connect --sandbox --scenario NAME (exit code, what it models):\n");
        for (AzureScenario s : values()) {
            b.append(String.format("  %-16s %d  %s%n", s.word, s.exitCode, s.models));
        }
        return b.toString();
    }
}
