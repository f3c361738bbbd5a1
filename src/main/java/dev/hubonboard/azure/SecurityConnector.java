package dev.hubonboard.azure;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A security connector as read back from Azure, minus any credential: every {@code accessToken} the API may echo is
 * dropped while parsing, so this type cannot hold it.
 *
 * @param resourceGroup  taken from the resource ID
 * @param scanInterval   hours, or 0 when absent
 * @param username       the Docker ID in {@code environmentData.authentication}, or ""
 * @param lastModifiedAt {@code systemData.lastModifiedAt}, when Azure gives it
 * @param tags           the resource's tags
 * @param resource       the whole resource as read (without any token), so an update can send it back with only
 *                       what was asked changed: a PUT is a full replace
 */
public record SecurityConnector(String id, String name, String resourceGroup, String location,
                                String hierarchyIdentifier, String environmentName, String environmentType,
                                List<String> offerings, int scanInterval, String username,
                                Optional<Instant> lastModifiedAt, Map<String, String> tags, ObjectNode resource) {
    public SecurityConnector {
        offerings = List.copyOf(offerings);
        tags = Map.copyOf(tags);
        resource = resource.deepCopy();
    }

    /** A copy: the caller may change it. */
    @Override
    public ObjectNode resource() {
        return resource.deepCopy();
    }

    public boolean isDockerHub() {
        return "DockerHub".equalsIgnoreCase(environmentName) || "DockerHubOrganization".equalsIgnoreCase(environmentType);
    }

    /** A Docker Hub connector for this organization (names compared without case: Docker Hub's are lowercase). */
    public boolean isFor(String dockerHubOrganization) {
        return isDockerHub() && hierarchyIdentifier != null && hierarchyIdentifier.equalsIgnoreCase(dockerHubOrganization);
    }
}
