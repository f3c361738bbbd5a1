package dev.hubonboard.ui.connections;

import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.Step;

import java.time.LocalDate;

/** Onboardings as the wizard leaves them, for the Connections tests. */
final class SavedOnboardings {
    private SavedOnboardings() {
    }

    /** Every step done up to and including {@code last}, with the dedicated user's Docker ID entered. */
    static Onboarding upTo(String org, String dockerId, Step last, LocalDate expiry) {
        Onboarding o = Onboarding.begin(org);
        o.chooseOwnerMode(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        o.setInvitee(Invitee.byDockerId(dockerId));
        o.setDedicatedDockerId(dockerId);
        o.setTokenExpiry(expiry);
        for (Step step : Step.values()) {
            if (step.ordinal() > last.ordinal()) {
                break;
            }
            o.start(step);
            o.complete(step);
        }
        return o;
    }

    static Onboarding complete(String org, String dockerId, LocalDate expiry) {
        return upTo(org, dockerId, Step.FINISH, expiry);
    }
}
