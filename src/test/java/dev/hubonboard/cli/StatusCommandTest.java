package dev.hubonboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hubonboard.onboarding.store.AppMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.hubonboard.cli.StatusFixture.TODAY;
import static dev.hubonboard.cli.StatusFixture.notReady;
import static dev.hubonboard.cli.StatusFixture.ready;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code status} as a function: what it lists, in text and JSON, and its exit codes, on a set clock. */
class StatusCommandTest {
    @TempDir
    Path config;
    StatusFixture run;

    @BeforeEach
    void setUp() {
        run = new StatusFixture(config);
    }

    @Test
    void allFineIsExitZeroWithOneAlignedLinePerOnboardingAndTheZoneStated() throws Exception {
        run.finished(AppMode.REAL, "acme-corp", "acmebot", TODAY.plusDays(90), ready("acme-corp", "acmebot"));
        run.connector(AppMode.REAL, "acme-corp");
        run.waitingForAcceptance(AppMode.REAL, "beta-labs");

        assertThat(run.status()).isZero();
        List<String> lines = run.stdout.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Onboardings saved for real use in " + config);
        assertThat(lines.get(1)).isEqualTo("Today 2026-12-06, times in Europe/Berlin; a token needs attention from "
                + "14 days before it expires.");
        String heading = lines.get(3);
        String acme = lines.get(4);
        String beta = lines.get(5);
        assertThat(heading).startsWith("ORGANIZATION");
        assertThat(acme).startsWith("acme-corp ").contains("acmebot").contains("finished")
                .contains("ready, 2026-12-05 10:30 UTC+01:00") // 09:30 UTC in Berlin, zone named
                .contains("2027-03-06 (in 90 days)")
                .endsWith("dockerhub-acme-corp in rg-security, written 2026-12-05 11:02 UTC+01:00");
        assertThat(beta).startsWith("beta-labs ").contains("next: E-mail verification and acceptance")
                .contains("never tested").contains("not recorded").endsWith("none saved");
        // aligned: each column starts where its heading does
        for (String[] column : new String[][] {{"DOCKER ID", "acmebot", "-"}, {"STEP", "finished", "next: "},
                {"LAST TEST", "ready, ", "never tested"}, {"TOKEN EXPIRES", "2027-03-06", "not recorded"},
                {"CONNECTOR", "dockerhub-acme-corp", "none saved"}}) {
            int at = heading.indexOf(column[0]);
            assertThat(acme.indexOf(column[1], at - 1)).as(column[0]).isEqualTo(at);
            assertThat(beta.indexOf(column[2], at - 1)).as(column[0]).isEqualTo(at);
        }
        assertThat(run.stdout).doesNotContain("  ! ").endsWith("\n2 onboardings: all fine.\n");
        assertThat(run.stderr).isEmpty();
    }

    @Test
    void aTokenExpiringTomorrowIsExitOneWithTheReasonUnderItsRow() throws Exception {
        run.finished(AppMode.REAL, "acme-corp", "acmebot", TODAY.plusDays(1), ready("acme-corp", "acmebot"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stdout).contains("2026-12-07 (in 1 day)")
                .contains("\n  ! token-expiring: the token expires on 2026-12-07, in 1 day (warned from 14 days): make "
                        + "a new Read-only token and rotate it in (Rotate token on Connections)\n")
                .endsWith("1 onboarding: 1 needs attention.\n");

        assertThat(run.status("--warn-days", "0")).as("tomorrow is not within 0 days").isZero();
        assertThat(run.status("--warn-days", "1")).isEqualTo(1);
    }

    @Test
    void anExpiredTokenIsExitOneWhateverTheWarnDays() throws Exception {
        run.finished(AppMode.REAL, "acme-corp", "acmebot", TODAY.minusDays(3), ready("acme-corp", "acmebot"));

        assertThat(run.status("--warn-days", "0")).isEqualTo(1);
        assertThat(run.stdout).contains("2026-12-03 (expired 3 days ago)")
                .contains("  ! token-expired: the token expired on 2026-12-03");
    }

    @Test
    void aFailedLastTestIsExitOneNamingTheFailedCheck() throws Exception {
        run.finished(AppMode.REAL, "acme-corp", "acmebot", TODAY.plusDays(200),
                notReady("acme-corp", "acmebot", "The token can push to acme-corp/web."));
        run.finished(AppMode.REAL, "beta-labs", "betascanner", TODAY.plusDays(200), ready("beta-labs", "betascanner"));

        assertThat(run.status()).isEqualTo(1);
        List<String> lines = run.stdout.lines().toList();
        int acme = lines.indexOf(lines.stream().filter(l -> l.startsWith("acme-corp ")).findFirst().orElseThrow());
        assertThat(lines.get(acme)).contains("NOT READY, 2026-12-05 10:30 UTC+01:00");
        assertThat(lines.get(acme + 1)).isEqualTo("  ! last-test-failed: the last connection test (2026-12-05 10:30 "
                + "UTC+01:00) was not ready: The token can push to acme-corp/web; after the fix run check or Re-test");
        assertThat(lines.get(acme + 2)).startsWith("beta-labs ");
        assertThat(run.stdout).endsWith("2 onboardings: 1 needs attention.\n");
    }

    @Test
    void jsonHasTheDocumentedFieldsAndCodes() throws Exception {
        run.finished(AppMode.REAL, "acme-corp", "acmebot", TODAY.plusDays(1),
                notReady("acme-corp", "acmebot", "The token can push"));
        run.connector(AppMode.REAL, "acme-corp");
        run.waitingForAcceptance(AppMode.REAL, "beta-labs");

        assertThat(run.status("--format", "json", "--warn-days", "30")).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(run.stdout);
        assertThat(names(root)).containsExactly("mode", "folder", "generatedAt", "zone", "warnDays", "ok",
                "onboardings");
        assertThat(root.path("mode").asText()).isEqualTo("real");
        assertThat(root.path("folder").asText()).isEqualTo(config.toString());
        assertThat(root.path("generatedAt").asText()).isEqualTo("2026-12-06T18:00:00Z");
        assertThat(root.path("zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(root.path("warnDays").asInt()).isEqualTo(30);
        assertThat(root.path("ok").asBoolean()).isFalse();

        JsonNode acme = root.path("onboardings").get(0);
        assertThat(names(acme)).containsExactly("organization", "dockerId", "step", "lastTest", "token", "connector",
                "problem", "ok", "reasons");
        assertThat(acme.path("organization").asText()).isEqualTo("acme-corp");
        assertThat(acme.path("dockerId").asText()).isEqualTo("acmebot");
        assertThat(acme.path("step").asText()).isEqualTo("finished");
        assertThat(acme.path("lastTest").path("result").asText()).isEqualTo("not-ready");
        assertThat(acme.path("lastTest").path("at").asText()).isEqualTo("2026-12-05T09:30:00Z");
        assertThat(acme.path("lastTest").path("failure").asText()).isEqualTo("The token can push");
        assertThat(acme.path("token").path("expires").asText()).isEqualTo("2026-12-07");
        assertThat(acme.path("token").path("daysLeft").asInt()).isEqualTo(1);
        assertThat(names(acme.path("connector"))).containsExactly("name", "resourceGroup", "subscriptionId",
                "location", "lastWritten");
        assertThat(acme.path("connector").path("lastWritten").asText()).isEqualTo("2026-12-05T10:02:00Z");
        assertThat(acme.path("problem").isNull()).isTrue();
        assertThat(acme.path("ok").asBoolean()).isFalse();
        List<String> codes = new ArrayList<>();
        acme.path("reasons").forEach(r -> codes.add(r.path("code").asText()));
        assertThat(codes).containsExactly("token-expiring", "last-test-failed");

        JsonNode beta = root.path("onboardings").get(1);
        assertThat(beta.path("dockerId").isNull()).isTrue();
        assertThat(beta.path("step").asText()).isEqualTo("email-verification");
        assertThat(beta.path("lastTest").path("result").asText()).isEqualTo("never");
        assertThat(beta.path("lastTest").path("at").isNull()).isTrue();
        assertThat(beta.path("token").path("expires").isNull()).isTrue();
        assertThat(beta.path("token").path("daysLeft").isNull()).isTrue();
        assertThat(beta.path("connector").isNull()).isTrue();
        assertThat(beta.path("ok").asBoolean()).isTrue();
        assertThat(beta.path("reasons")).isEmpty();
    }

    @Test
    void noneSavedIsExitZeroAndNamesTheFolder() throws Exception {
        assertThat(run.status()).isZero();
        assertThat(run.stdout).isEqualTo("No onboarding is saved for real use in " + config + ".\n"
                + "Onboardings made with --sandbox are listed by status --sandbox.\n");

        assertThat(run.status("--format", "json")).isZero();
        JsonNode root = new ObjectMapper().readTree(run.stdout);
        assertThat(root.path("ok").asBoolean()).isTrue();
        assertThat(root.path("onboardings")).isEmpty();
    }

    @Test
    void practiceAndRealAreListedApartNeverMixed() throws Exception {
        run.finished(AppMode.REAL, "real-org", "realscanner", TODAY.plusDays(100), ready("real-org", "realscanner"));
        run.finished(AppMode.PRACTICE, "acme-corp", "acmescanner", TODAY.plusDays(1), ready("acme-corp", "acmescanner"));

        assertThat(run.status()).as("the practice token's expiry is not real use's concern").isZero();
        assertThat(run.stdout).contains("real-org").doesNotContain("acme-corp");

        assertThat(run.status("--sandbox", "--format", "json")).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(run.stdout);
        assertThat(root.path("mode").asText()).isEqualTo("practice");
        assertThat(root.path("folder").asText()).isEqualTo(config.resolve("practice").toString());
        assertThat(root.path("onboardings")).hasSize(1);
        assertThat(root.path("onboardings").get(0).path("organization").asText()).isEqualTo("acme-corp");
        assertThat(run.status("--sandbox")).isEqualTo(1);
        assertThat(run.stdout).startsWith("Onboardings saved for practice (--sandbox) in " + config.resolve("practice"))
                .doesNotContain("real-org");
    }

    @Test
    void aPracticeOnboardingLeftAmongTheRealOnesIsNotListedAsRealNorMoved() throws Exception {
        // the practice Hub's organization and dedicated user, saved among the real ones by an older version
        run.finished(AppMode.REAL, "acme-corp", "acmescanner", TODAY.plusDays(1), ready("acme-corp", "acmescanner"));

        assertThat(run.status()).isZero();
        assertThat(run.stdout).startsWith("No onboarding is saved for real use");
        assertThat(config.resolve("acme-corp.json")).as("status changes nothing on disk").exists();
    }

    @Test
    void aCorruptFileIsReportedInItsRowLeftWhereItIsAndTheOthersStillListed() throws Exception {
        run.finished(AppMode.REAL, "acme-corp", "acmebot", TODAY.plusDays(90), ready("acme-corp", "acmebot"));
        Path broken = config.resolve("broken-org.json");
        Files.writeString(broken, "{\"schemaVersion\": 1, \"organization\": ", StandardCharsets.UTF_8);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stdout).contains("acme-corp ").containsPattern("\nbroken-org +\\? +unreadable")
                .contains("  ! unreadable: its saved progress " + broken + " could not be read: it is not valid JSON")
                .contains("; open Hub Onboard to move it aside, or restore it\n");
        assertThat(broken).as("left where it is").exists();
        try (var files = Files.list(config)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("broken-org.json.corrupt");
        }

        assertThat(run.status("--format", "json")).isEqualTo(1);
        JsonNode row = new ObjectMapper().readTree(run.stdout).path("onboardings").get(1);
        assertThat(row.path("organization").asText()).isEqualTo("broken-org");
        assertThat(row.path("problem").asText()).contains("not valid JSON");
        assertThat(row.path("reasons").get(0).path("code").asText()).isEqualTo("unreadable");
    }

    @Test
    void aLastTestThatCouldNotReachDockerHubNeedsAttentionToo() throws Exception {
        run.finished(AppMode.REAL, "acme-corp", "acmebot", TODAY.plusDays(90), new dev.hubonboard.check.Report(
                "acme-corp", "acmebot", List.of(), dev.hubonboard.check.RepositoryCounts.NONE,
                java.util.Optional.empty(), true, StatusFixture.TESTED));

        assertThat(run.status("--format", "json")).isEqualTo(1);
        JsonNode row = new ObjectMapper().readTree(run.stdout).path("onboardings").get(0);
        assertThat(row.path("lastTest").path("result").asText()).isEqualTo("unreachable");
        assertThat(row.path("reasons").get(0).path("code").asText()).isEqualTo("last-test-unreachable");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stdout).contains("Hub unreachable, 2026-12-05 10:30 UTC+01:00")
                .contains("  ! last-test-unreachable: the last connection test (2026-12-05 10:30 UTC+01:00) could "
                        + "not reach Docker Hub: nothing is proven; run check or Re-test");
    }

    @Test
    void aRateLimitedLastTestIsReportedAsRateLimitedAndNeedsAttention() throws Exception {
        run.finished(AppMode.REAL, "acme-corp", "acmebot", TODAY.plusDays(90), new dev.hubonboard.check.Report(
                "acme-corp", "acmebot", List.of(), dev.hubonboard.check.RepositoryCounts.NONE,
                java.util.Optional.empty(), false, true, StatusFixture.TESTED));

        assertThat(run.status("--format", "json")).isEqualTo(1);
        JsonNode row = new ObjectMapper().readTree(run.stdout).path("onboardings").get(0);
        assertThat(row.path("lastTest").path("result").asText()).isEqualTo("rate-limited");
        assertThat(row.path("reasons")).singleElement().satisfies(r ->
                assertThat(r.path("code").asText()).isEqualTo("last-test-rate-limited"));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stdout).contains("Hub rate-limited, 2026-12-05 10:30 UTC+01:00")
                .contains("  ! last-test-rate-limited: the last connection test (2026-12-05 10:30 UTC+01:00) was "
                        + "rate-limited").doesNotContain("unreachable").doesNotContain("could not reach");
    }

    @Test
    void aFileFromANewerVersionIsReportedInItsRowNotMoved() throws Exception {
        Path newer = config.resolve("next-org.json");
        Files.createDirectories(config);
        Files.writeString(newer, "{\"schemaVersion\": 99, \"organization\": \"next-org\"}", StandardCharsets.UTF_8);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stdout).contains("  ! unreadable: its saved progress " + newer + " could not be read: it was "
                + "saved by a newer version of Hub Onboard (schema version 99); update Hub Onboard to read it\n");
        assertThat(newer).exists();
    }

    @Test
    void usageErrorsAreExitTwoNamingTheOptionAndTheFix() {
        assertThat(run.status("--warn-day", "3")).isEqualTo(2);
        assertThat(run.stderr).startsWith("hub-onboard status: unknown option --warn-day (did you mean --warn-days?).")
                .contains("Usage: hub-onboard status");
        for (String bad : List.of("abc", "-1", "366", "1.5", "")) {
            assertThat(run.status("--warn-days", bad)).as(bad).isEqualTo(2);
            assertThat(run.stderr).as(bad).contains("--warn-days");
        }
        assertThat(run.stderr).startsWith("hub-onboard status: --warn-days takes a whole number of days from 0 to 365, "
                + "for example --warn-days 30.");
        assertThat(run.status("--warn-days")).isEqualTo(2);
        assertThat(run.stderr).startsWith("hub-onboard status: --warn-days needs a value.");
        assertThat(run.status("--format", "yaml")).isEqualTo(2);
        assertThat(run.stderr).startsWith("hub-onboard status: --format must be text or json.");
        assertThat(run.stdout).isEmpty();
    }

    @Test
    void helpIsExitZeroAndListsTheOptionsAndExitCodes() {
        assertThat(run.status("--help")).isZero();
        assertThat(run.stdout).startsWith("Usage: hub-onboard status [--sandbox] [--format text|json] [--warn-days N]")
                .contains("no network, no keychain").contains("Exit codes: 0 all fine, 1");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
