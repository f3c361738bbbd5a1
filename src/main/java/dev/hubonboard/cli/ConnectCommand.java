package dev.hubonboard.cli;

import dev.hubonboard.azure.ArmClient;
import dev.hubonboard.azure.ArmException;
import dev.hubonboard.azure.AzureCli;
import dev.hubonboard.azure.AzureSignIn;
import dev.hubonboard.azure.AzureSignInException;
import dev.hubonboard.azure.AzureToken;
import dev.hubonboard.check.CheckListener;
import dev.hubonboard.check.CheckTarget;
import dev.hubonboard.check.ConnectionTest;
import dev.hubonboard.check.Report;
import dev.hubonboard.cli.CheckCommand.UsageException;
import dev.hubonboard.defender.ConnectorCreation;
import dev.hubonboard.defender.ConnectorReview;
import dev.hubonboard.defender.ConnectorSettings;
import dev.hubonboard.defender.ConnectorWritten;
import dev.hubonboard.defender.PreFlight;
import dev.hubonboard.defender.SavedConnector;
import dev.hubonboard.defender.SavedConnectors;
import dev.hubonboard.defender.WrongChoiceException;
import dev.hubonboard.azure.ArmCodes;
import dev.hubonboard.sandbox.AzureScenario;
import java.util.Optional;
import dev.hubonboard.net.BaseUrl;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.net.Redact;
import dev.hubonboard.net.ServiceException;
import dev.hubonboard.net.Sleeper;
import dev.hubonboard.onboarding.Validation;
import dev.hubonboard.onboarding.Verdict;
import dev.hubonboard.sandbox.PracticeAzure;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.KeyringSecretStore;
import okhttp3.HttpUrl;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code hub-onboard connect}: creates or updates Defender for Cloud's Docker Hub connector from a script. Runs the
 * connection test first and sends nothing to Azure unless it passes; then signs in through the Azure CLI, runs the
 * pre-flight, and PUTs the connector (or, with {@code --dry-run}, prints the request with the token masked).
 * Exit codes are a contract (README): 0 written, 1 connection test failed, 2 usage, 3 Docker Hub or Azure
 * unreachable, 4 Azure sign-in needed, 5 Azure refused.
 */
public final class ConnectCommand {
    static final int WRITTEN = 0;
    static final int NOT_READY = 1;
    static final int USAGE = 2;
    static final int UNREACHABLE = 3;
    static final int SIGN_IN = 4;
    static final int REFUSED = 5;

    static final String USAGE_TEXT = """
            Usage: hub-onboard connect --org ORG --username DOCKER_ID (--token-stdin | --from-keychain)
                     --subscription SUBSCRIPTION_ID --resource-group RG --location LOCATION
                     [--name NAME] [--plans foundational-cspm,containers,defender-cspm] [--scan-interval 4|6|12|24]
                     [--hub-url URL] [--registry-url URL] [--repositories FILE] [--arm-url URL] [--dry-run]
                     [--allow-custom-host] [--format text|json]
                   hub-onboard connect --sandbox [--scenario NAME|help] [--dry-run] [--format text|json]
                   hub-onboard connect --help
            Needs the Azure CLI signed in (`az login`) with Security Admin on the subscription, or Contributor or Owner
            on the resource group. The token is read from standard input or the keychain, never from an argument.
            Exit codes: 0 written, 1 connection test failed (nothing sent to Azure), 2 usage error, 3 Docker Hub, Azure or
            the keychain unreachable, 4 Azure sign-in needed, 5 Azure refused.
            """;

    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;
    private final CheckCommand.TokenSource keychain;
    private final Supplier<HttpTransport> transport;
    private final AzureSignIn signIn;
    private final Sleeper sleeper;
    private final CheckCommand.ExpectedSource saved;
    private SavedConnectors records;

    /**
     * @param signIn  where the Azure token comes from (the Azure CLI; tests pass one with a stand-in {@code az})
     * @param sleeper waits while the provider registers (tests: recorded, not slept)
     */
    public ConnectCommand(InputStream stdin, PrintStream out, PrintStream err, CheckCommand.TokenSource keychain,
                          Supplier<HttpTransport> transport, AzureSignIn signIn, Sleeper sleeper) {
        this(stdin, out, err, keychain, transport, signIn, sleeper, CheckCommand.ExpectedSource.NONE);
    }

    /** @param saved the repository list saved with an onboarding, used with --from-keychain (as check does) */
    public ConnectCommand(InputStream stdin, PrintStream out, PrintStream err, CheckCommand.TokenSource keychain,
                          Supplier<HttpTransport> transport, AzureSignIn signIn, Sleeper sleeper,
                          CheckCommand.ExpectedSource saved) {
        this.saved = saved;
        this.stdin = stdin;
        this.out = out;
        this.err = err;
        this.keychain = keychain;
        this.transport = transport;
        this.signIn = signIn;
        this.sleeper = sleeper;
    }

    /** {@code hub-onboard connect ARGS} as Main runs it: the real keychain, network and Azure CLI. */
    public static int fromMain(List<String> args) {
        try (KeyringSecretStore store = new KeyringSecretStore()) {
            return new ConnectCommand(System.in, System.out, System.err, new KeychainTokenSource(store),
                    HttpTransport::standard, AzureCli.fromSystem(), Sleeper.REAL,
                    new SavedRepositories(dev.hubonboard.onboarding.store.ProgressStore.forThisUser()))
                    .recordingIn(SavedConnectors.forThisUser()).run(args);
        }
    }

    /**
     * Where a connector written for real is recorded (subscription, group, name, when; never a token), as the dialog
     * records it: what rotation and the Connections card read. Not in practice runs.
     */
    public ConnectCommand recordingIn(SavedConnectors store) {
        this.records = store;
        return this;
    }

    public int run(List<String> args) {
        if (Arguments.wantHelp(args)) {
            out.print(USAGE_TEXT);
            out.flush();
            return WRITTEN;
        }
        ConnectOptions options;
        try {
            options = ConnectOptions.parse(new ArrayDeque<>(args));
        } catch (UsageException e) {
            err.println("hub-onboard connect: " + Redact.printable(e.getMessage()));
            err.print(USAGE_TEXT);
            return USAGE;
        }
        if (options.sandbox()) {
            return practice(options);
        }
        return run(options, null, signIn);
    }

    /**
     * Against the practice Hub and the practice Azure: no Docker Hub account, no Azure account, no {@code az}.
     * {@code --scenario NAME} picks what they play ({@link AzureScenario}; {@code help} lists them).
     */
    private int practice(ConnectOptions options) {
        AzureScenario scenario = AzureScenario.READY;
        if (options.scenario().isPresent()) {
            String word = options.scenario().get();
            if (word.strip().equalsIgnoreCase("help")) {
                out.print(AzureScenario.help());
                out.flush();
                return WRITTEN;
            }
            Optional<AzureScenario> known = AzureScenario.of(word);
            if (known.isEmpty()) {
                err.println("hub-onboard connect: --scenario: \"" + dev.hubonboard.net.Redact.tokenShapes(word.strip())
                        + "\" is not a scenario" + CloseMatch.among(word.strip(), AzureScenario.words())
                        .map(m -> " (did you mean " + m + "?)").orElse("") + "; one of "
                        + String.join(", ", AzureScenario.words()) + ", or help.");
                return USAGE;
            }
            scenario = known.get();
        }
        try (PracticeHub hub = PracticeHub.start();
             PracticeAzure azure = scenario.configure(PracticeAzure.builder()).start()) {
            hub.verifyEmail();
            hub.acceptInvite();
            String token = options.tokenStdin() ? null : hub.createToken(scenario.tokenScope());
            err.println("Practice Hub on " + hub.hubUrl() + " (organization " + hub.org() + ", Docker ID "
                    + hub.dedicatedUsername() + ") and practice Azure on " + azure.url() + " (subscription "
                    + azure.subscription() + ", signed in without az)" + (options.scenario().isPresent()
                    ? "; scenario " + scenario.word() + ": " + scenario.models() : "") + ".");
            AzureSignIn practiceSignIn = scenario.azMissing()
                    // No az on PATH: the real lookup fails with its own words.
                    ? new AzureCli(java.util.Map.of("PATH", ""), false, AzureCli.DEFAULT_TIME_LIMIT,
                    java.time.ZoneId.systemDefault())
                    : () -> AzureToken.of(azure.accessToken(), java.time.Instant.now().plus(Duration.ofHours(1)),
                    azure.subscription(), PracticeAzure.TENANT);
            return run(options.forPractice(hub.org(), hub.dedicatedUsername(), hub.hubUrl().toString(),
                    hub.registryUrl().toString(), azure.subscription(), azure.resourceGroup(),
                    scenario.location().orElse(azure.location()), azure.url().toString()), token, practiceSignIn);
        }
    }

    private int run(ConnectOptions o, String givenToken, AzureSignIn azureSignIn) {
        ConnectOutput output = new ConnectOutput(o, out, err);
        String token;
        List<String> expected;
        ConnectorSettings settings;
        HttpUrl hubUrl;
        HttpUrl registryUrl;
        HttpUrl armUrl;
        try {
            CheckOptions.refuse("--org", Validation.organization(o.org()));
            CheckOptions.refuse("--username", Validation.dockerId(o.username()));
            settings = settings(o);
            hubUrl = BaseUrl.parse("--hub-url", o.hubUrl());
            registryUrl = BaseUrl.parse("--registry-url", o.registryUrl());
            armUrl = BaseUrl.parse("--arm-url", o.armUrl());
            expected = repositories(o);
            token = givenToken != null ? givenToken
                    : o.fromKeychain() ? keychain.read(o.org(), o.username()) : readToken();
            Verdict verdict = Validation.token(token);
            CheckOptions.refuse(o.fromKeychain() ? "--from-keychain" : "--token-stdin", verdict);
            verdict.warnings().forEach(w -> output.warn(w.message()));
        } catch (UsageException | IllegalArgumentException e) {
            err.println("hub-onboard connect: " + Redact.printable(e.getMessage()));
            return e instanceof KeychainTokenSource.Unavailable ? UNREACHABLE : USAGE; // the keychain: environment
        }

        // 1. The connection test: nothing goes to Azure unless the token passes.
        HttpTransport http;
        try {
            http = transport.get(); // this computer's network settings: a bad trust store or HTTPS_PROXY is refused
        } catch (IllegalArgumentException e) {
            err.println("hub-onboard connect: " + Redact.printable(e.getMessage()));
            return USAGE;
        }
        err.println("Running the connection test for " + o.org() + " as " + o.username() + "…");
        Report report = new ConnectionTest(http, hubUrl, registryUrl).run(
                new CheckTarget(o.org(), o.username(), token, expected),
                new CheckListener() {
                    @Override
                    public void waiting(dev.hubonboard.net.RetryNotice n) {
                        err.println(CheckCommand.waitingLine(n));
                    }
                });
        output.check(report);
        if (!report.ready()) {
            String why = report.unreachable() ? "Docker Hub could not be reached" : "the connection test failed";
            return output.fail(report.unreachable() ? UNREACHABLE : NOT_READY,
                    report.unreachable() ? "unreachable" : "not-ready",
                    "Nothing was sent to Azure: " + why + ". Fix it (see the checks above) and run connect again.");
        }

        // 2. Azure sign-in through the administrator's Azure CLI, for the subscription's own tenant.
        AzureToken azureToken;
        try {
            azureToken = azureSignIn.signIn(settings.subscriptionId().orElseThrow());
        } catch (AzureSignInException e) {
            return output.fail(SIGN_IN, "sign-in-" + e.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    e.getMessage());
        }

        http.onRetry(n -> err.println(CheckCommand.waitingLine(n)));
        try {
            ConnectorCreation creation = new ConnectorCreation(new ArmClient(http, armUrl, azureToken), sleeper,
                    Clock.systemUTC());
            // 3. Pre-flight: provider (registered now if needed, unless a dry run), plans, connectors, region, access.
            PreFlight preFlight = creation.preFlight(settings, new PreFlight.Chosen(o.plansGiven(), o.intervalGiven()),
                    !o.dryRun(), line -> err.println(Redact.printable(line)));
            output.preFlight(preFlight);
            if (preFlight.blocked()) {
                return output.fail(REFUSED, "pre-flight", "Nothing was written: " + preFlight.findings().stream()
                        .filter(f -> f.level() == PreFlight.Level.BLOCK).map(PreFlight.Finding::words).findFirst().orElse(""));
            }
            ConnectorReview review = creation.review(settings, preFlight);
            if (o.dryRun()) {
                return output.dryRun(settings, preFlight, review);
            }
            output.changes(review);
            // 4. The write and the read-back.
            err.println((preFlight.action() == PreFlight.Action.CREATE ? "Creating" : "Updating") + " the connector "
                    + preFlight.name() + " in " + preFlight.resourceGroup() + "…");
            ConnectorWritten written = creation.write(settings, preFlight, token,
                    line -> err.println(Redact.printable(line)));
            return output.written(written, record(o, settings, written));
        } catch (ArmException e) {
            return output.fail(exitFor(e), e.code().isEmpty() ? e.kind().name().toLowerCase(java.util.Locale.ROOT)
                    : e.code(), e.getMessage());
        } catch (ServiceException e) {
            return output.fail(UNREACHABLE, "unreachable", e.getMessage());
        } catch (WrongChoiceException e) {
            return output.fail(USAGE, "usage", option(e.field()) + e.getMessage());
        } catch (IllegalArgumentException e) {
            err.println("hub-onboard connect: " + Redact.printable(e.getMessage()));
            return USAGE;
        } finally {
            http.onRetry(null);
        }
    }

    /**
     * The exit code for an Azure refusal, by its type and code: a sign-in to redo (expired, other tenant) is 4; a
     * region Azure does not offer is a wrong choice (2); throttling past our patience is 3; any other refusal 5.
     */
    static int exitFor(ArmException e) {
        if (ArmCodes.LOCATION_NOT_AVAILABLE.equals(e.code())) {
            return USAGE;
        }
        return switch (e.kind()) {
            case SIGN_IN -> SIGN_IN;
            case RATE_LIMITED -> UNREACHABLE;
            default -> REFUSED;
        };
    }

    /**
     * Records where the connector now is. Azure already holds it: a failure here is its own outcome ("written in
     * Azure; saving the local record failed"), never a failed write. Empty when saved (or not recorded at all).
     */
    private Optional<String> record(ConnectOptions o, ConnectorSettings s, ConnectorWritten written) {
        if (records == null || o.sandbox()) {
            return Optional.empty();
        }
        try {
            records.save(SavedConnector.of(s.organization(), s.subscriptionId().orElseThrow(), written));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("Written in Azure; saving the local record failed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + dev.hubonboard.net.Redact.tokenShapes(e.getMessage()))
                    + "). Rotation and Connections will not know this connector until it is written again from here.");
        }
    }

    private static ConnectorSettings settings(ConnectOptions o) throws UsageException {
        String subscription = o.subscription() == null ? "" : o.subscription().strip();
        if (!subscription.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            throw new UsageException("--subscription: must be the subscription ID, a GUID such as "
                    + "00000000-0000-0000-0000-000000000000 (`az account show --query id`).");
        }
        try {
            return ConnectorSettings.builder(o.org(), o.username()).subscriptionId(subscription)
                    .resourceGroup(o.resourceGroup()).location(o.location()).connectorName(o.name())
                    .offerings(o.plans()).scanIntervalHours(o.scanInterval()).build();
        } catch (WrongChoiceException e) {
            // The settings name the field by type; scripts know options.
            throw new UsageException(option(e.field()) + e.getMessage());
        }
    }

    /** The option that sets a field, for a usage error. */
    static String option(ConnectorSettings.Field field) {
        return switch (field) {
            case LOCATION -> "--location: ";
            case RESOURCE_GROUP -> "--resource-group: ";
            case CONNECTOR_NAME -> "--name: ";
            case PLANS -> "--plans: ";
            case SCAN_INTERVAL -> "--scan-interval: ";
            case SUBSCRIPTION_ID -> "--subscription: ";
            case ORGANIZATION -> "--org: ";
            case DOCKER_ID -> "--username: ";
        };
    }

    /**
     * The private repositories the test must prove: {@code --repositories FILE} (read now, before anything is sent),
     * else with {@code --from-keychain} the list the wizard saved, as {@code check} does.
     */
    private List<String> repositories(ConnectOptions o) throws UsageException {
        if (o.repositories().isPresent()) {
            return CheckOptions.expectedFrom(o.org(), o.repositories().get());
        }
        return o.fromKeychain() ? saved.read(o.org()) : List.of();
    }

    private String readToken() throws UsageException {
        return TokenInput.read(stdin, TokenInput.Terminal.of(stdin), "--token-stdin"); // no echo at a terminal
    }
}
