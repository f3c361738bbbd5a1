package dev.hubonboard.onboarding.owner;

import dev.hubonboard.hub.AccessToken;
import dev.hubonboard.hub.SecondFactorChallenge;

/** The outcome of the owner's sign-in: a session, or Docker Hub asking for the 2FA code first. */
public sealed interface OwnerSignIn {
    record SignedIn(AccessToken session) implements OwnerSignIn {
    }

    record NeedsSecondFactor(SecondFactorChallenge challenge) implements OwnerSignIn {
    }
}
