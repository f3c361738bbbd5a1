package dev.hubonboard.defender;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Checks the script with bash itself, and runs it end to end against a stand-in {@code az} (jq must be present). */
class AzRestScriptTest {

    private static final String TOKEN = "dckr_pat_AzRestScriptTest_0123456789";

    @TempDir
    Path dir;

    record Run(int exit, String output) {
    }

    private Run bash(Map<String, String> env, String stdin, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The script may exit before reading its input (a refusal): a broken pipe, not a failure.
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("bash finished").isTrue();
        return new Run(p.exitValue(), out);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void passesBashSyntaxCheck() throws Exception {
        for (ConnectorSettings s : List.of(Fixtures.full(), Fixtures.minimal())) {
            Path script = write("connector.sh", new ConnectorExport(s).azRestScript());
            Run run = bash(Map.of(), "", "bash", "-n", script.toString());
            assertThat(run.exit()).as(run.output()).isZero();
        }
    }

    @Test
    void holdsTheValuesEnteredAndNoToken() throws Exception {
        String script = new ConnectorExport(Fixtures.full()).azRestScript();
        assertThat(script).startsWith("#!/usr/bin/env bash\n")
                .contains("set -euo pipefail\n")
                .contains("SUBSCRIPTION_ID='11111111-2222-3333-4444-555555555555'\n")
                .contains("RESOURCE_GROUP='rg-defender'\n")
                .contains("CONNECTOR_NAME='acme-dockerhub'\n")
                .contains("DOCKER_ID='acmescanner'\n")
                .contains("LOCATION='northeurope'\n")
                .contains("\"hierarchyIdentifier\": \"acme-corp\"")
                .contains("\"username\": \"acmescanner\"")
                .contains("\"scanInterval\": 12")
                .contains("\"offeringType\": \"DefenderForContainersDockerHub\"")
                .contains("\"offeringType\": \"DefenderCspmDockerHub\"")
                .doesNotContain("CspmMonitorDockerHub")
                .contains("read -rs ")
                .contains("az rest --method put --uri \"$URI\" --body @-")
                .contains("securityConnectors/$CONNECTOR_NAME?api-version=2024-08-01-preview")
                .contains("# UNCONFIRMED: hierarchyIdentifier = organization name")
                .doesNotContain("dckr_pat_");
        // --arg would put the token on jq's command line; only a comment may name it.
        assertThat(script.lines().filter(l -> !l.startsWith("#"))).noneMatch(l -> l.contains("--arg"));
    }

    @Test
    void withoutSubscriptionAndGroupItHasPlaceholdersAndRefusesToRun() throws Exception {
        String text = new ConnectorExport(Fixtures.minimal()).azRestScript();
        assertThat(text).contains("SUBSCRIPTION_ID='{subscriptionId}'\n").contains("RESOURCE_GROUP='{resourceGroup}'\n")
                .contains("az group show --name \"$RESOURCE_GROUP\" --query location");
        Run run = bash(Map.of(), TOKEN + "\n", "bash", write("connector.sh", text).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.output()).contains("Replace the {subscriptionId} / {resourceGroup} placeholders");
    }

    @Test
    void shellQuotingKeepsAnyValueLiteral() throws Exception {
        String nasty = "it's $(touch pwned) `x` \"q\" \\ ;";
        Run run = bash(Map.of(), "", "bash", "-c", "printf '%s' " + AzRestScript.shellQuote(nasty));
        assertThat(run.output()).isEqualTo(nasty);
        assertThat(dir.resolve("pwned")).doesNotExist();
    }

    /** A stand-in for az: records the rest call's arguments and body, answers group show and Key Vault. */
    private Path fakeAz() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path az = bin.resolve("az");
        Files.writeString(az, """
                #!/usr/bin/env bash
                case "$1" in
                  rest) printf '%s\\n' "$@" > "$FAKE_AZ_DIR/args"; cat > "$FAKE_AZ_DIR/body"; echo '{"id":"/x"}' ;;
                  group) echo westeurope ;;
                  keyvault) printf '%s\\n' "$@" > "$FAKE_AZ_DIR/keyvault-args"; echo "$FAKE_VAULT_SECRET" ;;
                  *) echo "unexpected az $*" >&2; exit 9 ;;
                esac
                """);
        Files.setPosixFilePermissions(az, PosixFilePermissions.fromString("rwx------"));
        return bin;
    }

    private boolean hasJq() {
        try {
            return new ProcessBuilder("jq", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void runsEndToEndWithATypedTokenThatReachesOnlyTheRequestBody() throws Exception {
        assumeThat(hasJq()).as("jq installed").isTrue();
        Path bin = fakeAz();
        Path script = write("connector.sh", new ConnectorExport(Fixtures.full()).azRestScript());
        Run run = bash(Map.of("PATH", bin + ":" + System.getenv("PATH"), "FAKE_AZ_DIR", dir.toString()),
                TOKEN + "\n", "bash", script.toString());
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain(TOKEN);

        List<String> args = Files.readAllLines(dir.resolve("args"));
        assertThat(args).doesNotContain(TOKEN).containsSubsequence("rest", "--method", "put", "--uri",
                "https://management.azure.com/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/"
                        + "rg-defender/providers/Microsoft.Security/securityConnectors/acme-dockerhub"
                        + "?api-version=2024-08-01-preview", "--body", "@-");
        JsonNode body = new ObjectMapper().readTree(dir.resolve("body").toFile());
        assertThat(body.path("location").asText()).isEqualTo("northeurope");
        assertThat(body.at("/properties/hierarchyIdentifier").asText()).isEqualTo("acme-corp");
        assertThat(body.at("/properties/environmentData/scanInterval").asInt()).isEqualTo(12);
        assertThat(body.at("/properties/environmentData/authentication/username").asText()).isEqualTo("acmescanner");
        assertThat(body.at("/properties/environmentData/authentication/accessToken").asText()).isEqualTo(TOKEN);
    }

    @Test
    void runsEndToEndWithTheTokenFromKeyVaultAndTheGroupsRegion() throws Exception {
        assumeThat(hasJq()).as("jq installed").isTrue();
        Path bin = fakeAz();
        ConnectorSettings s = ConnectorSettings.builder("acme-corp", "acmescanner")
                .subscriptionId("11111111-2222-3333-4444-555555555555").resourceGroup("rg-defender").build();
        Path script = write("connector.sh", new ConnectorExport(s).azRestScript());
        Run run = bash(Map.of("PATH", bin + ":" + System.getenv("PATH"), "FAKE_AZ_DIR", dir.toString(),
                        "FAKE_VAULT_SECRET", TOKEN, "KEYVAULT_NAME", "kv-acme", "KEYVAULT_SECRET", "dockerhub-token"),
                "", "bash", script.toString());
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain(TOKEN);
        assertThat(Files.readAllLines(dir.resolve("keyvault-args")))
                .containsSubsequence("--vault-name", "kv-acme", "--name", "dockerhub-token", "--query", "value");
        JsonNode body = new ObjectMapper().readTree(dir.resolve("body").toFile());
        assertThat(body.path("location").asText()).isEqualTo("westeurope");
        assertThat(body.at("/properties/environmentData/authentication/accessToken").asText()).isEqualTo(TOKEN);
    }
}
