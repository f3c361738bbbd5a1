package dev.hubonboard.cli;

import dev.hubonboard.cli.CheckCommand.UsageException;
import dev.hubonboard.hub.HubClient;
import dev.hubonboard.onboarding.Validation;
import dev.hubonboard.onboarding.Verdict;
import dev.hubonboard.registry.RegistryClient;
import dev.hubonboard.sandbox.HubScenario;
import dev.hubonboard.sandbox.PracticeHub;

import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The parsed arguments of {@code check}. */
record CheckOptions(String org, String username, boolean tokenStdin, boolean fromKeychain, String hubUrl,
                    String registryUrl, boolean json, boolean sandbox, String repositoriesFile,
                    Optional<HubScenario> scenario) {

    /** For "did you mean": every option {@link #parse} knows. */
    static final List<String> OPTIONS = List.of("--org", "--username", "--token-stdin", "--from-keychain", "--hub-url",
            "--registry-url", "--format", "--sandbox", "--help", "--repositories", Arguments.ALLOW_CUSTOM_HOST,
            "--scenario");
    /** What {@code --sandbox} replaces with the practice Hub's own values. */
    private static final List<String> SANDBOX_REPLACES = List.of("--org", "--username", "--from-keychain",
            "--hub-url", "--registry-url");

    static CheckOptions parse(Deque<String> args) throws UsageException {
        String org = null;
        String username = null;
        boolean stdin = false;
        boolean keychain = false;
        boolean sandbox = false;
        String hub = HubClient.DEFAULT_URL;
        String registry = RegistryClient.DEFAULT_URL;
        String format = "text";
        String repositories = null;
        boolean allowCustomHost = false;
        String scenario = null;
        while (!args.isEmpty()) {
            String a = args.poll();
            switch (a) {
                case "--org" -> org = CheckCommand.next(args, a);
                case "--username" -> username = CheckCommand.next(args, a);
                case "--token-stdin" -> stdin = true;
                case "--from-keychain" -> keychain = true;
                case "--hub-url" -> hub = CheckCommand.next(args, a);
                case "--registry-url" -> registry = CheckCommand.next(args, a);
                case "--format" -> format = CheckCommand.next(args, a);
                case "--sandbox" -> sandbox = true;
                case "--repositories" -> repositories = CheckCommand.next(args, a);
                case Arguments.ALLOW_CUSTOM_HOST -> allowCustomHost = true;
                case "--scenario" -> scenario = CheckCommand.next(args, a);
                case "--token" -> throw new UsageException("--token is not accepted: a token on the command line "
                        + "ends up in shell history and process lists. Use --token-stdin.");
                default -> throw Arguments.unknown(a, OPTIONS);
            }
        }
        Arguments.requireFormatAndTokenSource(format, stdin, keychain, sandbox);
        if (!sandbox) {
            Arguments.requireDefaultHosts(keychain, allowCustomHost,
                    new String[] {"--hub-url", hub, HubClient.DEFAULT_URL},
                    new String[] {"--registry-url", registry, RegistryClient.DEFAULT_URL});
        }
        return new CheckOptions(org, username, stdin, keychain, hub, registry, format.equals("json"), sandbox,
                repositories, scenario(scenario, sandbox));
    }

    /** {@code --scenario NAME}: a known name, with {@code --sandbox}; the name is not repeated, only a close match. */
    private static Optional<HubScenario> scenario(String name, boolean sandbox)
            throws UsageException {
        if (name == null) {
            return java.util.Optional.empty();
        }
        var scenario = HubScenario.of(name);
        if (scenario.isEmpty()) {
            List<String> words = HubScenario.words();
            throw new UsageException("--scenario: no such scenario" + CloseMatch.among(name, words)
                    .map(m -> " (did you mean " + m + "?)").orElse("") + ". The scenarios are "
                    + String.join(", ", words) + "; --scenario help says what each models.");
        }
        if (!sandbox) {
            throw new UsageException("--scenario needs --sandbox: a scenario sets up the practice Hub on this "
                    + "computer, never Docker Hub.");
        }
        return scenario;
    }

    /** Checks done before any request: required values and a Docker ID that is not an e-mail. */
    void validate() throws UsageException {
        if (org == null || org.isBlank()) {
            throw new UsageException("--org is required: the Docker Hub organization name.");
        }
        if (username == null || username.isBlank()) {
            throw new UsageException("--username is required: the dedicated user's Docker ID.");
        }
        refuse("--org", Validation.organization(org));
        refuse("--username", Validation.dockerId(username));
    }

    /** The names in {@code --repositories FILE}, read before any request; empty when the option is not given. */
    java.util.List<String> expectedFromFile() throws UsageException {
        return repositoriesFile == null ? java.util.List.of() : expectedFrom(org, repositoriesFile);
    }

    /** {@code --repositories FILE} of {@code check} and {@code connect}: a bad line is a usage error naming it. */
    static java.util.List<String> expectedFrom(String org, String repositoriesFile) throws UsageException {
        try {
            java.util.List<String> names = dev.hubonboard.onboarding.RepositoryList.read(org,
                    java.nio.file.Path.of(repositoriesFile));
            if (names.isEmpty()) {
                throw new UsageException("--repositories: " + repositoriesFile + " names no repository (one NAME or "
                        + org + "/NAME a line; blank lines and # comments are ignored).");
            }
            return names;
        } catch (dev.hubonboard.onboarding.RepositoryList.BadLine e) {
            throw new UsageException("--repositories: " + repositoriesFile + ", " + e.getMessage());
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException("--repositories: " + repositoriesFile + " is not a file name.");
        }
    }

    /** The first error becomes the usage message; the option is named because scripts do not show field labels. */
    static void refuse(String option, Verdict verdict) throws UsageException {
        if (!verdict.isAcceptable()) {
            throw new UsageException(option + ": " + verdict.errors().getFirst().message());
        }
    }

    /**
     * The warning for options {@code --sandbox} does not use. Ignored rather than used: the practice Hub has its
     * own organization and its one dedicated user, whose token it makes; a script that left {@code --sandbox} in must
     * see that its real organization was not the one tested (the report names the practice one).
     */
    static Optional<String> ignoredWithSandbox(List<String> args) {
        List<String> ignored = SANDBOX_REPLACES.stream().filter(args::contains).toList();
        return ignored.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", ignored) + (ignored.size() == 1
                ? " is" : " are") + " ignored with --sandbox: it tests the practice Hub's own organization and Docker "
                + "ID on this computer.");
    }

    CheckOptions forPractice(PracticeHub practice) {
        return new CheckOptions(practice.org(), practice.dedicatedUsername(), tokenStdin, false,
                practice.hubUrl().toString(), practice.registryUrl().toString(), json, true, repositoriesFile,
                scenario);
    }
}
