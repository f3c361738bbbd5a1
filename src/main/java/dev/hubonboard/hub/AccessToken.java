package dev.hubonboard.hub;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A short-lived Docker Hub bearer token (a JWT, valid about 10 minutes). The value is a credential: it is never
 * printed, so {@link #toString()} hides it.
 */
public record AccessToken(String value) {
    public AccessToken {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an access token must not be empty");
        }
    }

    /** The token's own expiry ({@code exp} claim), when it is a readable JWT; lets callers log in again in time. */
    public Optional<Instant> expiresAt() {
        String[] parts = value.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            JsonNode exp = Json.MAPPER.readTree(new String(payload, StandardCharsets.UTF_8)).path("exp");
            return exp.canConvertToLong() ? Optional.of(Instant.ofEpochSecond(exp.asLong())) : Optional.empty();
        } catch (Exception e) {
            // Not a JWT we can read: the caller simply does not learn the expiry.
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "AccessToken[***]";
    }
}
