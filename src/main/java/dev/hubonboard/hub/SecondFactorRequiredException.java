package dev.hubonboard.hub;

import dev.hubonboard.net.ServiceException;

import java.util.Objects;

/**
 * The password was right, and the account has two-factor authentication: finish with
 * {@link HubClient#loginWithSecondFactor(SecondFactorChallenge, String)}. The challenge is a credential; it is
 * carried here but never put in the message.
 */
public final class SecondFactorRequiredException extends ServiceException {
    private final transient SecondFactorChallenge challenge;

    public SecondFactorRequiredException(String message, int status, String detail, SecondFactorChallenge challenge) {
        super(message, status, detail, null);
        this.challenge = Objects.requireNonNull(challenge, "challenge");
    }

    public SecondFactorChallenge challenge() {
        return challenge;
    }
}
