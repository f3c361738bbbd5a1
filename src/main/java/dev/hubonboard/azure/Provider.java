package dev.hubonboard.azure;

import java.util.List;
import java.util.Optional;

/**
 * The Microsoft.Security resource provider on a subscription ({@code GET …/providers/Microsoft.Security},
 * azure-rest-api-specs resources {@code Providers_Get}): its {@code registrationState} and the locations its
 * {@code resourceTypes[resourceType == "securityConnectors"]} are offered in, as display names ("West Europe").
 *
 * @param connectorLocations empty when Azure listed no such resource type (then nothing can be checked)
 */
public record Provider(String registrationState, Optional<List<String>> connectorLocations) {
    public Provider {
        registrationState = registrationState == null ? "" : registrationState;
        connectorLocations = connectorLocations.map(List::copyOf);
    }

    public boolean registered() {
        return "Registered".equalsIgnoreCase(registrationState);
    }
}
