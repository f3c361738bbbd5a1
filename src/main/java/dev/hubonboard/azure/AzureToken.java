package dev.hubonboard.azure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An Azure Resource Manager access token, in memory only. Its value is readable only inside this package (by the ARM
 * client that sends it); toString, and anything built from it for people, shows {@code ***}.
 */
public final class AzureToken {
    private final String value;
    private final Instant expiresOn;
    private final String subscription;
    private final String tenant;

    private AzureToken(String value, Instant expiresOn, String subscription, String tenant) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an Azure access token must not be empty");
        }
        this.value = value.strip();
        this.expiresOn = Objects.requireNonNull(expiresOn, "expiresOn");
        this.subscription = subscription == null || subscription.isBlank() ? null : subscription.strip();
        this.tenant = tenant == null || tenant.isBlank() ? null : tenant.strip();
    }

    /**
     * @param subscription the default subscription of the signed-in account, if known
     * @param tenant       the directory (tenant) ID, if known
     */
    public static AzureToken of(String value, Instant expiresOn, String subscription, String tenant) {
        return new AzureToken(value, expiresOn, subscription, tenant);
    }

    /** For the Authorization header; package-private so only the ARM client ever sends it. */
    String value() {
        return value;
    }

    public Instant expiresOn() {
        return expiresOn;
    }

    /** The Azure CLI's default subscription when the token was taken. */
    public Optional<String> subscription() {
        return Optional.ofNullable(subscription);
    }

    public Optional<String> tenant() {
        return Optional.ofNullable(tenant);
    }

    /** True when the token has expired or will within {@code margin}: take a fresh one before a write. */
    public boolean expiresWithin(Duration margin, Clock clock) {
        return !clock.instant().plus(margin).isBefore(expiresOn);
    }

    /** The text with this token replaced by {@code ***}, for anything that may reach a person, a log or a file. */
    public String mask(String text) {
        return text == null ? null : text.replace(value, "***");
    }

    @Override
    public String toString() {
        return "AzureToken[***, expiresOn=" + expiresOn + ", tenant=" + tenant + ", subscription=" + subscription + "]";
    }
}
