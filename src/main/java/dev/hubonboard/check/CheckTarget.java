package dev.hubonboard.check;

import java.util.Objects;

/** Whose connection is tested: the organization, the dedicated user's Docker ID, and that user's token. */
public record CheckTarget(String org, String username, String token) {
    public CheckTarget {
        Objects.requireNonNull(org);
        Objects.requireNonNull(username);
        Objects.requireNonNull(token);
    }

    @Override
    public String toString() {
        return "CheckTarget[org=" + org + ", username=" + username + ", token=***]";
    }
}
