package dev.hubonboard.defender;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an organization's connector lives in Azure, saved with the onboarding so rotation can update it and the
 * Connections card can say when it was last written. Not secret: IDs and names only, never a token.
 */
public record SavedConnector(String organization, String subscriptionId, String resourceGroup, String name,
                             String location, Optional<Instant> lastWritten) {
    public SavedConnector {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(resourceGroup, "resourceGroup");
        Objects.requireNonNull(name, "name");
        location = location == null ? "" : location;
        lastWritten = lastWritten == null ? Optional.empty() : lastWritten;
    }

    /** The target of a connector just written, with the time it was. */
    public static SavedConnector of(String organization, String subscriptionId, ConnectorWritten written) {
        return new SavedConnector(organization, subscriptionId, written.connector().resourceGroup(),
                written.connector().name(), written.connector().location(), Optional.of(written.at()));
    }
}
