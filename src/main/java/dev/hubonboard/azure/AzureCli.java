package dev.hubonboard.azure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubonboard.azure.AzureSignInException.Reason;
import dev.hubonboard.net.Redact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Signs in through the administrator's own Azure CLI: {@code az account get-access-token --resource
 * https://management.azure.com/ --output json}. We never run a sign-in of our own (no client ID of ours or anyone
 * else's); {@code az login} stays the administrator's step.
 * <p>
 * Output (Microsoft's {@code CliAccessToken}, learn.microsoft.com/javascript/api/@azure/ms-rest-nodeauth/cliaccesstoken):
 * {@code accessToken}, {@code expiresOn} (local time, "2026-11-30 14:38:46.000000"), {@code subscription},
 * {@code tenant}, {@code tokenType}; Azure CLI 2.54 and later also print {@code expires_on} (POSIX seconds), which wins.
 * <p>
 * The token is read from the child's standard output into memory only; stdout is never echoed anywhere (it holds the
 * token), stderr only as one redacted line.
 */
public final class AzureCli implements AzureSignIn {
    public static final String RESOURCE = "https://management.azure.com/";
    static final List<String> ARGUMENTS = List.of("account", "get-access-token", "--resource", RESOURCE,
            "--output", "json");
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);
    private static final int MAX_STDOUT = 64 * 1024;
    private static final int MAX_STDERR = 16 * 1024;
    private static final DateTimeFormatter CLI_LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");

    private final Map<String, String> environment;
    private final boolean windows;
    private final Duration timeLimit;
    private final ZoneId zone;

    /**
     * @param environment the environment to find {@code az} in ({@code PATH}) and run it with; values here override
     *                    the JVM's own
     * @param windows     look for {@code az.cmd} instead of {@code az}
     */
    public AzureCli(Map<String, String> environment, boolean windows, Duration timeLimit, ZoneId zone) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.windows = windows;
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The {@code az} of this computer's PATH, with a one-minute limit. */
    public static AzureCli fromSystem() {
        return new AzureCli(System.getenv(), System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
                .startsWith("windows"), DEFAULT_TIME_LIMIT, ZoneId.systemDefault());
    }

    /** The command line, for messages: it holds no secret. */
    public static String commandLine() {
        return "az " + String.join(" ", ARGUMENTS);
    }

    /** The {@code az} found first on PATH as the OS's shell would (Windows: PATHEXT, az.cmd; see AzExecutable). */
    public Optional<Path> locate() {
        return AzExecutable.locate(environment, windows);
    }

    @Override
    public AzureToken signIn() throws AzureSignInException {
        return parse(run(ARGUMENTS), null);
    }

    /**
     * A token for the tenant that owns {@code subscription}: {@code az account show --subscription SUB} for the tenant,
     * then {@code az account get-access-token … --subscription SUB}. Without {@code --subscription} the CLI gives a
     * token for its default account, which a subscription in another tenant refuses with 401
     * InvalidAuthenticationTokenTenant (Azure/azure-sdk-for-python#38382).
     */
    @Override
    public AzureToken signIn(String subscription) throws AzureSignInException {
        if (subscription == null || subscription.isBlank()) {
            return signIn();
        }
        String sub = subscription.strip();
        byte[] account;
        try {
            account = run(List.of("account", "show", "--subscription", sub, "--output", "json"));
        } catch (AzureSignInException e) {
            throw new AzureSignInException(e.reason() == Reason.FAILED ? Reason.NOT_SIGNED_IN : e.reason(),
                    "The Azure CLI has no access to subscription " + sub + ": sign in to the tenant that holds it, "
                            + "`az login --tenant TENANT_ID` (the subscription's owner can name the tenant), then try "
                            + "again. " + e.getMessage());
        }
        String tenant = null;
        try {
            tenant = text(Arm.MAPPER.readTree(account), "tenantId");
        } catch (IOException e) {
            // the token's own "tenant" below will do
        }
        List<String> arguments = new ArrayList<>(ARGUMENTS.subList(0, ARGUMENTS.size() - 2));
        arguments.addAll(List.of("--subscription", sub, "--output", "json"));
        return parse(run(arguments), tenant);
    }

    /** Runs {@code az ARGS} with the time limit; stdout (which may hold a token) is returned, never shown. */
    private byte[] run(List<String> arguments) throws AzureSignInException {
        Answer answer = call(arguments);
        if (answer.exit() != 0) {
            throw failure(answer.exit(), answer.stderr());
        }
        return answer.stdout();
    }

    /** What one run of {@code az} gave: its exit code, stdout (may hold a token: never shown) and stderr. */
    private record Answer(int exit, byte[] stdout, String stderr) {
    }

    /** Runs {@code az ARGS} once with the time limit; a missing, hung or cancelled CLI is thrown, an exit code kept. */
    private Answer call(List<String> arguments) throws AzureSignInException {
        Path az = locate().orElseThrow(() -> new AzureSignInException(Reason.CLI_MISSING,
                "The Azure CLI (" + (windows ? "az.cmd" : "az") + ") was not found on PATH. Install it "
                        + "(https://learn.microsoft.com/cli/azure/install-azure-cli), sign in with `az login`, and try "
                        + "again; or export the connector (ARM template, Bicep or az rest script) instead."));
        List<String> command = new ArrayList<>();
        command.add(az.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(AzExecutable.command(command.getFirst(),
                command.subList(1, command.size()), windows, environment)); // Windows: az.cmd through cmd.exe
        builder.environment().putAll(environment);
        builder.environment().put("AZURE_CORE_NO_COLOR", "true");
        builder.environment().put("AZURE_CORE_ONLY_SHOW_ERRORS", "true");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AzureSignInException(Reason.FAILED, "The Azure CLI at " + az + " could not be started ("
                    + e.getClass().getSimpleName() + "). Check that it runs in a terminal: " + commandLine());
        }
        try {
            process.getOutputStream().close(); // a prompt for input gets end-of-file, not a hang
        } catch (IOException ignored) {
            // the child may already be gone; its exit code tells
        }
        CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> drain(process.getInputStream(), MAX_STDOUT),
                Thread::startVirtualThread);
        CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream(), MAX_STDERR),
                Thread::startVirtualThread);
        try {
            if (!process.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(process);
                throw new AzureSignInException(Reason.TIMED_OUT, "The Azure CLI did not answer within "
                        + timeLimit.toSeconds() + " s. Run `" + commandLine() + "` in a terminal to see why (it may "
                        + "be waiting for a sign-in: run `az login` first).");
            }
            byte[] out = stdout.get(5, TimeUnit.SECONDS);
            String err = new String(stderr.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8);
            return new Answer(process.exitValue(), out, err);
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            throw new AzureSignInException(Reason.FAILED, "Cancelled while asking the Azure CLI for a token.");
        } catch (ExecutionException | TimeoutException e) {
            stop(process);
            throw new AzureSignInException(Reason.FAILED, "The Azure CLI's output could not be read. Run `"
                    + commandLine() + "` in a terminal to see why.");
        } finally {
            stopIfAlive(process);
        }
    }

    private static void stopIfAlive(Process process) {
        if (process.isAlive()) {
            stop(process);
        }
    }

    /** {@code az} is a script that starts Python: stop the children too. */
    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Reads to the end (so the child never blocks on a full pipe) but keeps at most {@code max} bytes. */
    private static byte[] drain(InputStream in, int max) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                int room = max - kept.size();
                if (room > 0) {
                    kept.write(buffer, 0, Math.min(room, n));
                }
            }
        } catch (IOException e) {
            // the child went away; what was read is all there is
        }
        return kept.toByteArray();
    }

    /**
     * A non-zero exit, decided by codes and structure, never by the CLI's sentences. The sign-in is gone (run `az
     * login`) when stderr carries a Microsoft Entra error code (AADSTS700082: the refresh token expired; AADSTS50173:
     * the grant was revoked; …), or when {@code az account list} answers an empty JSON array: the CLI holds no account
     * at all (it exits 0 there, its "Please run 'az login'" being only a warning: microsoft/devkit-sdk#263,
     * HolmesGPT/holmesgpt#584). Anything else is a failure, quoted, whose words still say to run `az login` if asked,
     * so a CLI that behaves otherwise is still told what to do.
     */
    private AzureSignInException failure(int exit, String stderr) {
        String line = firstErrorLine(stderr);
        if (ENTRA_ERROR_CODE.matcher(stderr).find() || holdsNoAccount()) {
            return new AzureSignInException(Reason.NOT_SIGNED_IN, "The Azure CLI is not signed in, or its sign-in "
                    + "has expired: run `az login` (add `--tenant TENANT_ID` for another directory), then try again."
                    + (line.isEmpty() ? "" : " Azure CLI said: " + line));
        }
        return new AzureSignInException(Reason.FAILED, "The Azure CLI failed (exit code " + exit + ")"
                + (line.isEmpty() ? "" : ": " + line) + ". Run `" + commandLine() + "` in a terminal to see why; "
                + "run `az login` if it asks.");
    }

    /** An error code of Microsoft Entra ID (the sign-in service), as the CLI passes it on: AADSTS and digits. */
    static final java.util.regex.Pattern ENTRA_ERROR_CODE = java.util.regex.Pattern.compile("\\bAADSTS\\d{5,}\\b");

    /** Whether {@code az account list} (one more run, same limit) answers {@code []}: no account signed in. */
    private boolean holdsNoAccount() {
        try {
            Answer list = call(List.of("account", "list", "--output", "json"));
            if (list.exit() != 0) {
                return false;
            }
            JsonNode accounts = Arm.MAPPER.readTree(list.stdout());
            return accounts != null && accounts.isArray() && accounts.isEmpty();
        } catch (AzureSignInException | IOException e) {
            return false; // the list could not be had: the failure is said as it is
        }
    }

    /** One line of stderr for a message: the first ERROR line (or the first line), redacted, at most 200 chars. */
    static String firstErrorLine(String stderr) {
        String chosen = "";
        for (String l : stderr.split("\\R")) {
            String s = l.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (chosen.isEmpty()) {
                chosen = s;
            }
            if (s.startsWith("ERROR")) {
                chosen = s;
                break;
            }
        }
        chosen = Redact.tokenShapes(chosen.replaceAll("\\p{Cntrl}", " "));
        return chosen.length() <= 200 ? chosen : chosen.substring(0, 199) + "…";
    }

    /** The JSON on stdout. Never quoted in a message: it holds the token. */
    AzureToken parse(byte[] stdout) throws AzureSignInException {
        return parse(stdout, null);
    }

    private AzureToken parse(byte[] stdout, String tenantOfSubscription) throws AzureSignInException {
        JsonNode json;
        try {
            json = Arm.MAPPER.readTree(stdout);
        } catch (IOException e) {
            json = null;
        }
        String token = json == null ? "" : json.path("accessToken").asText("");
        if (token.isBlank()) {
            throw new AzureSignInException(Reason.FAILED, "The Azure CLI did not print an access token where one was "
                    + "expected (an unusual az version or extension?). Run `" + commandLine() + "` in a terminal "
                    + "to check.");
        }
        return AzureToken.of(token, expiry(json), text(json, "subscription"),
                tenantOfSubscription != null ? tenantOfSubscription : text(json, "tenant"));
    }

    private Instant expiry(JsonNode json) {
        JsonNode posix = json.path("expires_on");
        if (posix.canConvertToLong() || posix.asText("").matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(posix.asLong());
        }
        String local = json.path("expiresOn").asText("");
        try {
            return LocalDateTime.parse(local.strip(), CLI_LOCAL_TIME).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            // Unknown: assume the CLI's shortest lifetime so the token is asked for again soon.
            return Instant.now().plus(Duration.ofMinutes(5));
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode n = json.path(field);
        return n.isTextual() ? n.asText() : null;
    }

    @Override
    public String toString() {
        return "AzureCli[" + (windows ? "az.cmd" : "az") + ", limit " + timeLimit.toSeconds() + " s]";
    }
}
