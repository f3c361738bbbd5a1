package dev.hubonboard.onboarding.store;

import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.Step;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hook for "saved once its first step has succeeded": what is only typed is not worth keeping. */
class WorthKeepingTest {
    private final Onboarding o = Onboarding.begin("contoso");

    @Test
    void typedValuesAndAFailedFirstStepAreNotWorthKeeping() {
        o.chooseOwnerMode(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        o.setInvitee(Invitee.byEmail("scanner@contoso.com"));
        assertThat(o.isWorthKeeping()).isFalse();
        o.start(Step.PREREQUISITES);
        assertThat(o.isWorthKeeping()).isFalse();
        o.fail(Step.PREREQUISITES, "The organization contso was not found.");
        assertThat(o.isWorthKeeping()).isFalse();
        assertThat(ProgressStore.snapshot(o).worthKeeping()).isFalse();
    }

    @Test
    void aSucceededFirstStepOrAnyLaterProgressIsWorthKeeping() {
        o.chooseOwnerMode(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        o.start(Step.PREREQUISITES);
        o.complete(Step.PREREQUISITES);
        assertThat(o.isWorthKeeping()).isTrue();
        assertThat(ProgressStore.snapshot(o).worthKeeping()).isTrue();

        o.start(Step.INVITE);
        o.recordInvite("invite-1");
        o.reopen(Step.PREREQUISITES); // an invite was sent: there is something to resume
        assertThat(o.isWorthKeeping()).isTrue();
    }
}
