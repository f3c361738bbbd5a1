package dev.hubonboard.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.hubonboard.sandbox.TestHttp.bearer;
import static dev.hubonboard.sandbox.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The practice Hub's organization survives a restart of the app, and its file holds no token or password. */
class PracticeSnapshotTest {
    private final TestHttp http = new TestHttp();

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("practice").resolve("hub").resolve("state.json");
    }

    private PracticeHub start() {
        return PracticeHub.builder().savedIn(file()).start();
    }

    private static String membersOf(PracticeHub hub, TestHttp http) {
        String oat = bearer(http.hubToken(hub, hub.org(), hub.organizationAccessToken()));
        return http.get(hub.hubUrl().resolve("/v2/orgs/acme-corp/members?page_size=100"), oat).body();
    }

    @Test
    void verifiedEmailAcceptedInviteAndTokenSurviveARestart() {
        String token;
        try (PracticeHub first = start()) {
            first.verifyEmail();
            first.acceptInvite();
            token = first.createToken(PracticeHub.Scope.READ);
        }
        try (PracticeHub again = start()) {
            assertThat(again.savedStateProblem()).isEmpty();
            assertThat(membersOf(again, http)).contains("acmescanner");
            // The token made before the restart still logs in, and still pulls private repositories.
            assertThat(http.hubToken(again, again.dedicatedUsername(), token)).isNotBlank();
            HttpResponse<String> grant = http.get(java.net.URI.create(again.authUrl()
                            + "?service=registry.docker.io&scope=repository:acme-corp/web:pull"),
                    TestHttp.basic(again.dedicatedUsername(), token));
            assertThat(TestHttp.payload(json(grant).get("token").asText()).toString()).contains("pull");
            // No longer pending: accepting again finds no invite.
            assertThat(org.assertj.core.api.Assertions.catchThrowable(again::acceptInvite))
                    .hasMessageContaining("no pending invite");
        }
    }

    @Test
    void anInviteSentThroughTheApiIsSavedAsSoonAsItIsAnsweredAndCancelledOnesStayGone() throws Exception {
        try (PracticeHub hub = start()) {
            String oat = bearer(http.hubToken(hub, hub.org(), hub.organizationAccessToken()));
            assertThat(http.post(hub.hubUrl().resolve("/v2/invites/bulk"), oat, Map.of("org", hub.org(), "role",
                    "editor", "invitees", List.of("acmecontractor"), "dry_run", false)).statusCode()).isEqualTo(202);
            // Saved before close: a crash of the app now keeps the invite.
            assertThat(Files.readString(file())).contains("acmecontractor");
        }
        String inviteId;
        try (PracticeHub again = start()) {
            String oat = bearer(http.hubToken(again, again.org(), again.organizationAccessToken()));
            String invites = http.get(again.hubUrl().resolve("/v2/orgs/acme-corp/invites"), oat).body();
            assertThat(invites).contains("acmecontractor");
            inviteId = null;
            for (var i : json(http.get(again.hubUrl().resolve("/v2/orgs/acme-corp/invites"), oat)).path("data")) {
                if (i.path("invitee").asText().equals("acmecontractor")) {
                    inviteId = i.path("id").asText();
                }
            }
            assertThat(inviteId).as(invites).isNotNull();
            assertThat(http.send("DELETE", again.hubUrl().resolve("/v2/invites/" + inviteId), oat, null)
                    .statusCode()).isBetween(200, 204);
        }
        try (PracticeHub third = start()) {
            String oat = bearer(http.hubToken(third, third.org(), third.organizationAccessToken()));
            assertThat(http.get(third.hubUrl().resolve("/v2/orgs/acme-corp/invites"), oat).body())
                    .doesNotContain("acmecontractor");
        }
    }

    @Test
    void theFileHoldsNoTokenPasswordOrOrganizationAccessToken() throws Exception {
        String token;
        String oat;
        try (PracticeHub hub = start()) {
            hub.verifyEmail();
            token = hub.createToken(PracticeHub.Scope.READ);
            oat = hub.organizationAccessToken();
        }
        String saved = Files.readString(file(), StandardCharsets.UTF_8);
        assertThat(saved).doesNotContain(token).doesNotContain(token.substring("dckr_pat_".length()))
                .doesNotContain(oat).doesNotContain("dckr_").doesNotContain("password")
                .contains(HubState.digest(token));
        if (!System.getProperty("os.name").startsWith("Windows")) {
            assertThat(Files.getPosixFilePermissions(file().getParent()))
                    .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                            java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
        }
    }

    @Test
    void anUnusableFileIsMovedAsideAndSaidAndThePracticeHubStartsAfresh() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"version\":1,\"org\":\"acme-corp\",\"members\":{\"mallory\":\"owner\"}}");
        try (PracticeHub hub = start()) {
            assertThat(hub.savedStateProblem()).hasValueSatisfying(p -> assertThat(p)
                    .contains("could not be used").contains("mallory").contains("moved to").contains("afresh"));
            assertThat(membersOf(hub, http)).doesNotContain("acmescanner"); // fresh: the invite is pending
            hub.verifyEmail(); // the next change is saved in a new file
        }
        try (var files = Files.list(file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("state.json.unusable-")).contains("state.json");
        }
        try (PracticeHub again = start()) {
            assertThat(again.savedStateProblem()).isEmpty();
        }
    }

    @Test
    void withoutSavedInNothingIsWritten() {
        try (PracticeHub hub = PracticeHub.start()) {
            hub.verifyEmail();
            hub.createToken(PracticeHub.Scope.READ);
        }
        assertThat(folder).isEmptyDirectory();
    }
}
