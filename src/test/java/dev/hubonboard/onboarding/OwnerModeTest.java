package dev.hubonboard.onboarding;

import org.junit.jupiter.api.Test;

import static dev.hubonboard.onboarding.Step.*;
import static org.assertj.core.api.Assertions.assertThat;

class OwnerModeTest {

    @Test
    void organizationAccessTokenInvitesAndWatchesByApi() {
        assertThat(OwnerMode.ORGANIZATION_ACCESS_TOKEN.automated()).containsExactly(INVITE, EMAIL_VERIFICATION, CONNECTION_TEST);
        assertThat(OwnerMode.ORGANIZATION_ACCESS_TOKEN.needsOwnerCredential()).isTrue();
    }

    @Test
    void passwordInvitesAndWatchesByApi() {
        assertThat(OwnerMode.PASSWORD.automated()).containsExactly(INVITE, EMAIL_VERIFICATION, CONNECTION_TEST);
        assertThat(OwnerMode.PASSWORD.needsOwnerCredential()).isTrue();
    }

    @Test
    void manualHasNoApiForInviteOrWatchingButStillTestsTheConnection() {
        assertThat(OwnerMode.MANUAL.apiCan(INVITE)).isFalse();
        assertThat(OwnerMode.MANUAL.apiCan(EMAIL_VERIFICATION)).isFalse();
        assertThat(OwnerMode.MANUAL.apiCan(CONNECTION_TEST)).isTrue();
        assertThat(OwnerMode.MANUAL.automated()).containsExactly(CONNECTION_TEST);
        assertThat(OwnerMode.MANUAL.needsOwnerCredential()).isFalse();
    }

    @Test
    void tokenCreationPrerequisitesAndFinishAreNeverAutomated() {
        for (OwnerMode mode : OwnerMode.values()) {
            assertThat(mode.apiCan(PREREQUISITES)).isFalse();
            assertThat(mode.apiCan(TOKEN)).isFalse();
            assertThat(mode.apiCan(FINISH)).isFalse();
            assertThat(mode.title()).isNotBlank();
        }
    }

    @Test
    void stepsRunInOrderWithTitles() {
        assertThat(Step.values()).containsExactly(PREREQUISITES, INVITE, EMAIL_VERIFICATION, TOKEN, CONNECTION_TEST, FINISH);
        assertThat(PREREQUISITES.needs()).isEmpty();
        assertThat(TOKEN.needs()).contains(EMAIL_VERIFICATION);
        assertThat(TOKEN.title()).isEqualTo("Read-only access token");
        assertThat(TOKEN.earlier()).containsExactly(PREREQUISITES, INVITE, EMAIL_VERIFICATION);
        assertThat(TOKEN.later()).containsExactly(CONNECTION_TEST, FINISH);
    }
}
