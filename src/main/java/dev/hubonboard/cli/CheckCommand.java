package dev.hubonboard.cli;

import dev.hubonboard.check.CheckListener;
import dev.hubonboard.check.CheckTarget;
import dev.hubonboard.check.ConnectionTest;
import dev.hubonboard.check.Report;
import dev.hubonboard.check.ReportFormat;
import dev.hubonboard.net.BaseUrl;
import dev.hubonboard.onboarding.Validation;
import dev.hubonboard.onboarding.Verdict;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.net.Redact;
import dev.hubonboard.net.RetryNotice;
import dev.hubonboard.sandbox.HubScenario;
import dev.hubonboard.sandbox.PracticeHub;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code hub-onboard check}: the connection test for scripts and monitoring. The output format and exit codes are a
 * contract (README): 0 ready, 1 not ready, 2 usage or malformed input (nothing sent), 3 Docker Hub unreachable or
 * rate-limiting past the test's time limit.
 */
public final class CheckCommand {
    static final int READY = 0;
    static final int NOT_READY = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage: hub-onboard check --org ORG --username DOCKER_ID (--token-stdin | --from-keychain)
                     [--repositories FILE] [--hub-url URL] [--registry-url URL] [--allow-custom-host]
                     [--format text|json]
                   hub-onboard check --sandbox [--scenario NAME] [--format text|json]
                   hub-onboard check --scenario help
                   hub-onboard check --help
            The token is read from standard input (one line; typed at a terminal, it is not echoed); it is never
            accepted as an argument.
            --repositories FILE: the private repositories the scanner must reach, NAME or ORG/NAME a line
            (blank lines and # comments ignored); --from-keychain uses the list saved by the wizard.
            --allow-custom-host: with --from-keychain, lets the saved token go to a --hub-url or --registry-url
            host other than Docker's own (a server you trust); URLs never carry a user name (user@host).
            --scenario NAME (with --sandbox): the practice Hub set up as Docker Hub behaves in one case, to
            rehearse each exit code offline; --scenario help lists them.
            Exit codes: 0 ready, 1 not ready, 2 usage error, 3 Docker Hub (or, with --from-keychain, the keychain)
            could not be reached, or Docker Hub kept rate-limiting the test past its time limit (10 minutes).
            """;

    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;
    private final TokenSource keychain;
    private final Supplier<HttpTransport> transport;
    private final ExpectedSource saved;
    private final TokenInput.Terminal terminal;

    /** Where {@code --from-keychain} reads the saved token; injected so tests need no real keychain. */
    public interface TokenSource {
        String read(String org, String username) throws UsageException;
    }

    /** The private repository names saved with the organization's onboarding (empty when none), for --from-keychain. */
    public interface ExpectedSource {
        List<String> read(String org) throws UsageException;

        ExpectedSource NONE = org -> List.of();
    }

    public CheckCommand(InputStream stdin, PrintStream out, PrintStream err, TokenSource keychain) {
        this(stdin, out, err, keychain, HttpTransport::standard);
    }

    /** @param transport where requests go through; tests pass one whose waits do not really sleep */
    public CheckCommand(InputStream stdin, PrintStream out, PrintStream err, TokenSource keychain,
                        Supplier<HttpTransport> transport) {
        this(stdin, out, err, keychain, transport, ExpectedSource.NONE);
    }

    /** @param saved the repository list saved with an onboarding, used with --from-keychain */
    public CheckCommand(InputStream stdin, PrintStream out, PrintStream err, TokenSource keychain,
                        Supplier<HttpTransport> transport, ExpectedSource saved) {
        this(stdin, out, err, keychain, transport, saved, TokenInput.Terminal.of(stdin));
    }

    /** @param terminal whether standard input is a terminal, read without echo (tests pass a stand-in) */
    CheckCommand(InputStream stdin, PrintStream out, PrintStream err, TokenSource keychain,
                 Supplier<HttpTransport> transport, ExpectedSource saved, TokenInput.Terminal terminal) {
        this.terminal = terminal;
        this.stdin = stdin;
        this.out = out;
        this.err = err;
        this.keychain = keychain;
        this.transport = transport;
        this.saved = saved;
    }

    public int run(List<String> args) {
        if (Arguments.wantHelp(args)) {
            out.print(USAGE_TEXT);
            out.flush();
            return READY;
        }
        int at = args.indexOf("--scenario");
        if (at >= 0 && at + 1 < args.size() && args.get(at + 1).equals("help")) {
            out.print("Scenarios for check --sandbox --scenario NAME: the practice Hub set up as Docker Hub behaves "
                    + "in each case.\n" + HubScenario.help());
            out.flush();
            return READY;
        }
        CheckOptions options;
        try {
            options = CheckOptions.parse(new ArrayDeque<>(args));
        } catch (UsageException e) {
            err.println("hub-onboard check: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
        if (options.sandbox()) {
            CheckOptions.ignoredWithSandbox(args).ifPresent(w -> err.println("hub-onboard check: warning: " + w));
            try (PracticeHub practice = PracticeHub.start()) {
                HubScenario scenario = options.scenario().orElse(HubScenario.READY);
                HubScenario.Setup setup = scenario.setUp(practice);
                err.println("Practice Hub on " + practice.hubUrl() + ": organization " + practice.org()
                        + ", Docker ID " + practice.dedicatedUsername() + "." + options.scenario()
                        .map(s -> " Scenario " + s.word() + ": " + s.models() + ".").orElse(""));
                return run(options.forPractice(practice), options.tokenStdin() ? null : setup.token(),
                        setup.expected());
            }
        }
        return run(options, null, List.of());
    }

    /** @param scenarioExpected the repository list a practice scenario saved with its onboarding, if any */
    private int run(CheckOptions options, String givenToken, List<String> scenarioExpected) {
        String token;
        ConnectionTest test;
        List<String> expected;
        try {
            options.validate();
            expected = options.expectedFromFile();
            if (expected.isEmpty() && options.fromKeychain()) {
                expected = saved.read(options.org());
            }
            if (expected.isEmpty()) {
                expected = scenarioExpected;
            }
            token = givenToken != null ? givenToken
                    : options.fromKeychain() ? keychain.read(options.org(), options.username()) : readToken();
            Verdict tokenVerdict = Validation.token(token);
            CheckOptions.refuse(options.fromKeychain() ? "--from-keychain" : "--token-stdin", tokenVerdict);
            tokenVerdict.warnings().forEach(w -> err.println("hub-onboard check: warning: " + w.message()));
            test = new ConnectionTest(transport.get(), BaseUrl.parse("--hub-url", options.hubUrl()),
                    BaseUrl.parse("--registry-url", options.registryUrl()));
        } catch (UsageException | IllegalArgumentException e) {
            err.println("hub-onboard check: " + Redact.printable(e.getMessage()));
            // A keychain that cannot be used is the environment, like an unreachable Docker Hub: 3, not usage.
            return e instanceof KeychainTokenSource.Unavailable ? ConnectCommand.UNREACHABLE : USAGE;
        }
        Report report = test.run(new CheckTarget(options.org(), options.username(), token, expected), new CheckListener() {
            @Override
            public void waiting(RetryNotice n) {
                err.println(waitingLine(n));
            }
        });
        out.print(options.json() ? ReportFormat.jsonText(report) + "\n" : ReportFormat.text(report));
        out.flush();
        return report.exitCode();
    }

    /** "Waiting N s: why." on standard error, for check and connect: the reason may name a repository as the Hub
     *  listed it, so it goes out printable only. */
    static String waitingLine(RetryNotice n) {
        return "Waiting " + Math.max(1, n.delay().toSeconds()) + " s: " + Redact.printable(n.reason()) + ".";
    }

    /** One line from standard input, trimmed: as it comes from a pipe, without echo when typed at a terminal. */
    private String readToken() throws UsageException {
        return TokenInput.read(stdin, terminal, "--token-stdin");
    }

    /** A usage error or malformed input, found before any request is sent. */
    public static class UsageException extends Exception { // not final: KeychainTokenSource.Unavailable
        public UsageException(String message) {
            super(message);
        }
    }

    static String next(Deque<String> args, String option) throws UsageException {
        String v = args.poll();
        if (v == null || v.startsWith("--")) {
            throw new UsageException(option + " needs a value.");
        }
        return v;
    }
}
