package dev.hubonboard.azure;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Shared constants of the Azure Resource Manager calls (issue 15 lists the routes and versions). */
final class Arm {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static final String SUBSCRIPTIONS_API = "2022-12-01";
    static final String RESOURCE_GROUPS_API = "2021-04-01";
    static final String LOCATIONS_API = "2022-12-01";
    static final String PROVIDERS_API = "2021-04-01";
    static final String PRICINGS_API = "2024-01-01";
    /** Documents the Docker Hub environment (also 2026-08-01-preview, same schema); the exports use it too. */
    static final String CONNECTORS_API = "2024-08-01-preview";
    static final String PROVIDER = "Microsoft.Security";
    static final String PERMISSIONS_API = "2022-04-01";

    private Arm() {
    }
}
