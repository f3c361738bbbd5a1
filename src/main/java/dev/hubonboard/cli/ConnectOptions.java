package dev.hubonboard.cli;

import dev.hubonboard.cli.CheckCommand.UsageException;
import dev.hubonboard.azure.ArmClient;
import dev.hubonboard.defender.ConnectorCreation;
import dev.hubonboard.defender.Plan;
import dev.hubonboard.hub.HubClient;
import dev.hubonboard.registry.RegistryClient;

import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The parsed arguments of {@code connect}; values are checked by {@link ConnectCommand} before any request. */
record ConnectOptions(String org, String username, boolean tokenStdin, boolean fromKeychain, String subscription,
                      String resourceGroup, String location, String name, Set<Plan> plans, int scanInterval,
                      String hubUrl, String registryUrl, Optional<String> repositories, String armUrl,
                      boolean dryRun, boolean json, boolean sandbox, boolean plansGiven, boolean intervalGiven,
                      Optional<String> scenario) {

    /** The plan names of {@code --plans}, in the order the README lists them. */
    static final Map<String, Plan> PLAN_NAMES = new LinkedHashMap<>();

    static {
        PLAN_NAMES.put("foundational-cspm", Plan.CSPM_MONITOR);
        PLAN_NAMES.put("containers", Plan.DEFENDER_FOR_CONTAINERS);
        PLAN_NAMES.put("defender-cspm", Plan.DEFENDER_CSPM);
    }

    /** For "did you mean": every option {@link #parse} knows. */
    static final java.util.List<String> OPTIONS = java.util.List.of("--org", "--username", "--token-stdin",
            "--from-keychain", "--subscription", "--resource-group", "--location", "--name", "--plans",
            "--scan-interval", "--hub-url", "--registry-url", "--repositories", "--arm-url", "--dry-run", "--format",
            "--sandbox", "--scenario", "--help", Arguments.ALLOW_CUSTOM_HOST);

    static String planName(Plan plan) {
        return PLAN_NAMES.entrySet().stream().filter(e -> e.getValue() == plan).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    static ConnectOptions parse(Deque<String> args) throws UsageException {
        String org = null;
        String username = null;
        boolean stdin = false;
        boolean keychain = false;
        String subscription = null;
        String group = null;
        String location = null;
        String name = null;
        Set<Plan> plans = EnumSet.of(Plan.CSPM_MONITOR, Plan.DEFENDER_FOR_CONTAINERS);
        int interval = ConnectorCreation.DEFAULT_SCAN_INTERVAL;
        String hub = HubClient.DEFAULT_URL;
        String registry = RegistryClient.DEFAULT_URL;
        String repositories = null;
        String arm = ArmClient.DEFAULT_URL;
        boolean dryRun = false;
        String format = "text";
        boolean sandbox = false;
        boolean plansGiven = false;
        boolean intervalGiven = false;
        String scenario = null;
        boolean allowCustomHost = false;
        while (!args.isEmpty()) {
            String a = args.poll();
            switch (a) {
                case "--org" -> org = CheckCommand.next(args, a);
                case "--username" -> username = CheckCommand.next(args, a);
                case "--token-stdin" -> stdin = true;
                case "--from-keychain" -> keychain = true;
                case "--subscription" -> subscription = CheckCommand.next(args, a);
                case "--resource-group" -> group = CheckCommand.next(args, a);
                case "--location" -> location = CheckCommand.next(args, a);
                case "--name" -> name = CheckCommand.next(args, a);
                case "--plans" -> {
                    plans = plans(CheckCommand.next(args, a));
                    plansGiven = true;
                }
                case "--scan-interval" -> {
                    interval = interval(CheckCommand.next(args, a));
                    intervalGiven = true;
                }
                case "--scenario" -> scenario = CheckCommand.next(args, a);
                case "--hub-url" -> hub = CheckCommand.next(args, a);
                case "--registry-url" -> registry = CheckCommand.next(args, a);
                case "--repositories" -> repositories = CheckCommand.next(args, a);
                case "--arm-url" -> arm = CheckCommand.next(args, a);
                case "--dry-run" -> dryRun = true;
                case "--format" -> format = CheckCommand.next(args, a);
                case "--sandbox" -> sandbox = true;
                case Arguments.ALLOW_CUSTOM_HOST -> allowCustomHost = true;
                case "--token", "--access-token" -> throw new UsageException(a + " is not accepted: a token on the "
                        + "command line ends up in shell history and process lists. Use --token-stdin or --from-keychain.");
                default -> throw Arguments.unknown(a, OPTIONS);
            }
        }
        if (scenario != null && !sandbox) {
            throw new UsageException("--scenario works with --sandbox only: it picks what the practice Azure plays.");
        }
        Arguments.requireFormatAndTokenSource(format, stdin, keychain, sandbox);
        if (!sandbox) {
            require(org, "--org", "the Docker Hub organization name");
            require(username, "--username", "the dedicated user's Docker ID");
            require(subscription, "--subscription", "the Azure subscription ID (a GUID; `az account show --query id`)");
            require(group, "--resource-group", "the resource group that will hold the connector");
            require(location, "--location", "the connector's Azure region, such as westeurope");
            // The saved Docker token goes to the Hub, the registry and, inside the connector, to ARM.
            Arguments.requireDefaultHosts(keychain, allowCustomHost,
                    new String[] {"--hub-url", hub, HubClient.DEFAULT_URL},
                    new String[] {"--registry-url", registry, RegistryClient.DEFAULT_URL},
                    new String[] {"--arm-url", arm, ArmClient.DEFAULT_URL});
        }
        return new ConnectOptions(org, username, stdin, keychain, subscription, group, location, name, plans, interval,
                hub, registry, Optional.ofNullable(repositories), arm, dryRun, format.equals("json"), sandbox, plansGiven,
                intervalGiven, Optional.ofNullable(scenario));
    }

    private static void require(String value, String option, String what) throws UsageException {
        if (value == null || value.isBlank()) {
            throw new UsageException(option + " is required: " + what + ".");
        }
    }

    static Set<Plan> plans(String value) throws UsageException {
        Set<Plan> plans = EnumSet.noneOf(Plan.class);
        for (String part : value.split(",")) {
            Plan plan = PLAN_NAMES.get(part.strip());
            if (plan == null) {
                throw new UsageException("--plans: \"" + dev.hubonboard.net.Redact.tokenShapes(part.strip())
                        + "\" is not a plan; use a comma-separated list of " + String.join(", ", PLAN_NAMES.keySet()) + ".");
            }
            plans.add(plan);
        }
        return plans;
    }

    static int interval(String value) throws UsageException {
        return switch (value.strip()) {
            case "4" -> 4;
            case "6" -> 6;
            case "12" -> 12;
            case "24" -> 24;
            default -> throw new UsageException("--scan-interval must be 4, 6, 12 or 24 (hours).");
        };
    }

    /** The options with the practice services' values wherever none was given. */
    ConnectOptions forPractice(String practiceOrg, String practiceUser, String hub, String registry, String subscription,
                               String group, String region, String arm) {
        return new ConnectOptions(org == null ? practiceOrg : org, username == null ? practiceUser : username,
                tokenStdin, false, this.subscription == null ? subscription : this.subscription,
                resourceGroup == null ? group : resourceGroup, location == null ? region : location, name, plans,
                scanInterval, hub, registry, repositories, arm, dryRun, json, true, plansGiven, intervalGiven, scenario);
    }
}
