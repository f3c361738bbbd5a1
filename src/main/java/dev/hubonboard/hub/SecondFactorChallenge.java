package dev.hubonboard.hub;

import java.util.Objects;

/**
 * The short-lived {@code login_2fa_token} Docker Hub returns when a password login needs a two-factor code. It is
 * a credential for a few minutes, so {@link #toString()} hides it.
 */
public record SecondFactorChallenge(String login2faToken) {
    public SecondFactorChallenge {
        Objects.requireNonNull(login2faToken, "login2faToken");
    }

    @Override
    public String toString() {
        return "SecondFactorChallenge[***]";
    }
}
