package dev.hubonboard.onboarding.store;

import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.MutableClock;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.StepState;
import dev.hubonboard.onboarding.Validation;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hubonboard.onboarding.StepState.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static dev.hubonboard.onboarding.Step.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgressStoreTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock("2026-11-24T10:15:30Z");

    private ProgressStore store() {
        return new ProgressStore(dir, clock, ProgressStore.ATOMIC_MOVE);
    }

    private Onboarding halfway(String org) {
        Onboarding o = Onboarding.begin(org, clock);
        o.chooseOwnerMode(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        o.start(PREREQUISITES);
        o.complete(PREREQUISITES);
        o.setInvitee(new Invitee("docker-scanner@contoso.com", "contososcanner"));
        o.start(INVITE);
        o.recordInvite("a7a5ef25-8889-43a0-8cc7-f2a94268e861");
        o.complete(INVITE);
        o.start(EMAIL_VERIFICATION);
        o.fail(EMAIL_VERIFICATION, "the invite is still pending after 3 days");
        o.setDedicatedDockerId("contososcanner");
        o.setTokenExpiry(LocalDate.of(2027, 2, 22));
        o.recordConnectionReport("{\"checks\":[{\"name\":\"pull\",\"ok\":true}]}");
        o.setExpectedRepositories(List.of("billing-api", "web"));
        return o;
    }

    @Test
    void roundTripKeepsEverything() throws Exception {
        Onboarding saved = halfway("contoso");
        assertThat(store().save(saved)).isEmpty();

        Onboarding loaded = store().load("contoso").orElseThrow();

        assertThat(loaded.organization()).isEqualTo("contoso");
        assertThat(loaded.ownerMode()).contains(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        assertThat(loaded.invitee()).contains(new Invitee("docker-scanner@contoso.com", "contososcanner"));
        assertThat(loaded.dedicatedDockerId()).contains("contososcanner");
        assertThat(loaded.inviteId()).contains("a7a5ef25-8889-43a0-8cc7-f2a94268e861");
        assertThat(loaded.tokenExpiry()).contains(LocalDate.of(2027, 2, 22));
        assertThat(loaded.lastConnectionReport()).contains("{\"checks\":[{\"name\":\"pull\",\"ok\":true}]}");
        assertThat(loaded.expectedRepositories()).containsExactly("billing-api", "web");
        assertThat(loaded.states()).isEqualTo(saved.states());
        assertThat(loaded.created()).isEqualTo(saved.created());
        assertThat(loaded.updated()).isEqualTo(saved.updated());
        assertThat(loaded.current()).isEqualTo(EMAIL_VERIFICATION);
        assertThat(loaded.state(EMAIL_VERIFICATION)).extracting(StepState::status, StepState::reason)
                .containsExactly(Status.FAILED, "the invite is still pending after 3 days");
    }

    /** Files written before the expected list existed still load, with an empty list; the schema stays 1. */
    @Test
    void aFileWithoutTheExpectedRepositoriesStillLoads() throws Exception {
        store().save(halfway("contoso"));
        Path file = dir.resolve("contoso.json");
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(file.toFile());
        assertThat(json.get("expectedRepositories")).hasSize(2);
        assertThat(json.get("schemaVersion").intValue()).isEqualTo(1);
        json.remove("expectedRepositories");
        Files.writeString(file, json.toString());

        Onboarding loaded = store().load("contoso").orElseThrow();
        assertThat(loaded.expectedRepositories()).isEmpty();
        assertThat(loaded.dedicatedDockerId()).contains("contososcanner");
    }

    @Test
    void aFreshOnboardingRoundTripsWithItsNulls() throws Exception {
        store().save(Onboarding.begin("fabrikam", clock));
        Onboarding loaded = store().load("fabrikam").orElseThrow();
        assertThat(loaded.ownerMode()).isEmpty();
        assertThat(loaded.invitee()).isEmpty();
        assertThat(loaded.tokenExpiry()).isEmpty();
        assertThat(loaded.lastConnectionReport()).isEmpty();
        assertThat(loaded.current()).isEqualTo(PREREQUISITES);
    }

    @Test
    void oneFilePerOrganizationWithTheSchemaVersion() throws Exception {
        store().save(halfway("contoso"));
        Path file = dir.resolve("contoso.json");
        assertThat(store().fileFor("contoso")).isEqualTo(file);
        var json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.get("schemaVersion").intValue()).isEqualTo(1);
        assertThat(json.get("organization").asText()).isEqualTo("contoso");
        assertThat(json.get("created").asText()).isEqualTo("2026-11-24T10:15:30Z");
        assertThat(json.get("tokenExpiry").asText()).isEqualTo("2027-02-22");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file); // no temp file left behind
        }
    }

    @Test
    void loadOfAnUnknownOrganizationIsEmpty() throws Exception {
        assertThat(store().load("nobody")).isEmpty();
        assertThat(new ProgressStore(dir.resolve("not-yet")).list().onboardings()).isEmpty();
    }

    @Test
    void listAndDelete() throws Exception {
        store().save(halfway("contoso"));
        store().save(Onboarding.begin("fabrikam", clock));
        Files.writeString(dir.resolve("notes.txt"), "not ours");
        Files.writeString(dir.resolve("Not An Org.json"), "not ours either");

        var listing = store().list();
        assertThat(listing.onboardings()).extracting(Onboarding::organization).containsExactly("contoso", "fabrikam");
        assertThat(listing.problems()).isEmpty();

        assertThat(store().delete("contoso")).isTrue();
        assertThat(store().delete("contoso")).isFalse();
        assertThat(store().list().onboardings()).extracting(Onboarding::organization).containsExactly("fabrikam");
        assertThat(dir.resolve("Not An Org.json")).exists(); // other files are left alone
    }

    @Test
    void aCrashBeforeTheMoveLeavesTheOldFileIntact() throws Exception {
        store().save(Onboarding.begin("contoso", clock));
        byte[] before = Files.readAllBytes(dir.resolve("contoso.json"));
        ProgressStore crashing = new ProgressStore(dir, clock, (temp, target) -> {
            assertThat(temp).exists().hasParent(dir); // the new content was written next to the target first
            throw new IOException("simulated crash before the rename");
        });

        assertThatThrownBy(() -> crashing.save(halfway("contoso")))
                .isInstanceOf(ProgressStoreException.class)
                .hasMessageContaining("Could not save progress for contoso")
                .hasMessageContaining("simulated crash before the rename")
                .hasMessageEndingWith("The previous save, if any, is unchanged.");

        assertThat(Files.readAllBytes(dir.resolve("contoso.json"))).isEqualTo(before);
        assertThat(store().load("contoso").orElseThrow().ownerMode()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("contoso.json"));
        }
    }

    @Test
    void aCorruptFileIsMovedAsideAndReported() throws Exception {
        Files.writeString(dir.resolve("contoso.json"), "{\"schemaVersion\": 1, \"organization\": \"cont");

        assertThatThrownBy(() -> store().load("contoso"))
                .isInstanceOf(ProgressStoreException.class)
                .hasMessageStartingWith("Saved progress for contoso could not be used: it is not valid JSON")
                .hasMessageEndingWith("It was moved to " + dir.resolve("contoso.json.corrupt-20261124T101530Z")
                        + "; the onboarding starts afresh.")
                .satisfies(e -> assertThat(((ProgressStoreException) e).problem().orElseThrow().movedTo())
                        .isEqualTo(dir.resolve("contoso.json.corrupt-20261124T101530Z")));

        assertThat(dir.resolve("contoso.json")).doesNotExist();
        assertThat(dir.resolve("contoso.json.corrupt-20261124T101530Z"))
                .hasContent("{\"schemaVersion\": 1, \"organization\": \"cont");
    }

    @Test
    void aFileWithBadValuesIsCorruptToo() throws Exception {
        store().save(halfway("contoso"));
        Path file = dir.resolve("contoso.json");
        Files.writeString(file, Files.readString(file).replace("\"ORGANIZATION_ACCESS_TOKEN\"", "\"TELEPATHY\""));

        assertThatThrownBy(() -> store().load("contoso"))
                .hasMessageContaining("its content is not valid")
                .hasMessageContaining("moved to " + dir.resolve("contoso.json.corrupt-20261124T101530Z"));
    }

    @Test
    void aFileWhoseStepsContradictTheOrderIsCorrupt() throws Exception {
        store().save(halfway("contoso"));
        Path file = dir.resolve("contoso.json");
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(file.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("steps").get("TOKEN")).put("status", "DONE");
        Files.writeString(file, json.toString());

        assertThatThrownBy(() -> store().load("contoso"))
                .hasMessageContaining("Read-only access token is done although E-mail verification and acceptance is not done")
                .hasMessageContaining("moved to");
    }

    @Test
    void aFileForAnotherOrganizationIsCorrupt() throws Exception {
        store().save(halfway("contoso"));
        Files.move(dir.resolve("contoso.json"), dir.resolve("fabrikam.json"));

        assertThatThrownBy(() -> store().load("fabrikam"))
                .hasMessageContaining("it holds organization \"contoso\" instead");
    }

    @Test
    void aNewerSchemaIsMovedAsideNotOverwritten() throws Exception {
        String newer = "{\"schemaVersion\": 2, \"organization\": \"contoso\", \"somethingNew\": true}";
        Files.writeString(dir.resolve("contoso.json"), newer);

        var listing = store().list();

        assertThat(listing.onboardings()).isEmpty();
        assertThat(listing.problems()).singleElement().satisfies(p -> {
            assertThat(p.organization()).isEqualTo("contoso");
            assertThat(p.movedTo()).isEqualTo(dir.resolve("contoso.json.newer-20261124T101530Z"));
            assertThat(p.message()).isEqualTo("Saved progress for contoso could not be used: it was saved by a newer "
                    + "version of Hub Onboard (schema version 2); update Hub Onboard to continue that onboarding. "
                    + "It was moved to " + dir.resolve("contoso.json.newer-20261124T101530Z") + "; the onboarding starts afresh.");
        });
        assertThat(dir.resolve("contoso.json.newer-20261124T101530Z")).hasContent(newer);
    }

    @Test
    void savingOverAnUnreadableFileMovesItAsideFirst() throws Exception {
        Files.writeString(dir.resolve("contoso.json"), "{\"schemaVersion\": 7}");

        var problem = store().save(halfway("contoso"));

        assertThat(problem).hasValueSatisfying(p -> assertThat(p.movedTo()).isEqualTo(dir.resolve("contoso.json.newer-20261124T101530Z")));
        assertThat(dir.resolve("contoso.json.newer-20261124T101530Z")).hasContent("{\"schemaVersion\": 7}");
        assertThat(store().load("contoso")).isPresent();
    }

    @Test
    void movingAsideTwiceInOneSecondKeepsBoth() throws Exception {
        Files.writeString(dir.resolve("contoso.json"), "garbage 1");
        assertThatThrownBy(() -> store().load("contoso")).isInstanceOf(ProgressStoreException.class);
        Files.writeString(dir.resolve("contoso.json"), "garbage 2");
        assertThatThrownBy(() -> store().load("contoso")).hasMessageContaining("contoso.json.corrupt-20261124T101530Z-2");
        assertThat(dir.resolve("contoso.json.corrupt-20261124T101530Z")).hasContent("garbage 1");
        assertThat(dir.resolve("contoso.json.corrupt-20261124T101530Z-2")).hasContent("garbage 2");
    }

    @Test
    void savedFilesNeverContainTheTokenOrAPassword() throws Exception {
        // Handle a recognisable token and owner password the way the wizard does: validate, never hand to the model.
        String token = "dckr_pat_NEVERSAVEDtoken0123456789ab";
        String ownerPassword = "OwnerPassw0rd-NEVERSAVED";
        assertThat(Validation.token(" " + token + " ").isClean()).isTrue();
        assertThat(Validation.token(ownerPassword).isAcceptable()).isTrue();

        Onboarding o = halfway("contoso");
        o.start(EMAIL_VERIFICATION);
        o.complete(EMAIL_VERIFICATION);
        o.start(TOKEN);
        o.complete(TOKEN);
        store().save(o);
        store().save(Onboarding.begin("fabrikam", clock));

        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(text).as(file.toString()).doesNotContain(token).doesNotContain("NEVERSAVED")
                        .doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("secret")
                        .doesNotContain("dckr_");
            }
        }
        assertThat(o.toString()).doesNotContain("NEVERSAVED");
    }

    @Test
    void theModelHasNoFieldForATokenOrPassword() {
        for (var field : Onboarding.class.getDeclaredFields()) {
            if (field.getName().equals("tokenExpiry")) {
                assertThat(field.getType()).isEqualTo(LocalDate.class); // only the date the token expires is kept
                continue;
            }
            assertThat(field.getName().toLowerCase()).doesNotContain("token", "password", "secret");
        }
    }

    @Test
    void onPosixOnlyThisUserCanReadTheFolderAndFiles() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions only");
        Path folder = dir.resolve("hub-onboard");
        new ProgressStore(folder, clock, ProgressStore.ATOMIC_MOVE).save(halfway("contoso"));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("contoso.json"))))
                .isEqualTo("rw-------");
    }

    @Test
    void anInvalidOrganizationNeverBecomesAPath() {
        assertThatThrownBy(() -> store().fileFor("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().load("..")).isInstanceOf(IllegalArgumentException.class);
    }
}
