package dev.hubonboard.azure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A security connector as read back from Azure, minus any credential: the access token the API may echo is dropped
 * while parsing, so this type cannot hold it.
 *
 * @param resourceGroup  taken from the resource ID
 * @param scanInterval   hours, or 0 when absent
 * @param username       the Docker ID in {@code environmentData.authentication}, or ""
 * @param lastModifiedAt {@code systemData.lastModifiedAt}, when Azure gives it
 */
public record SecurityConnector(String id, String name, String resourceGroup, String location,
                                String hierarchyIdentifier, String environmentName, String environmentType,
                                List<String> offerings, int scanInterval, String username,
                                Optional<Instant> lastModifiedAt) {
    public SecurityConnector {
        offerings = List.copyOf(offerings);
    }

    public boolean isDockerHub() {
        return "DockerHub".equalsIgnoreCase(environmentName) || "DockerHubOrganization".equalsIgnoreCase(environmentType);
    }

    /** A Docker Hub connector for this organization (names compared without case: Docker Hub's are lowercase). */
    public boolean isFor(String dockerHubOrganization) {
        return isDockerHub() && hierarchyIdentifier != null && hierarchyIdentifier.equalsIgnoreCase(dockerHubOrganization);
    }
}
