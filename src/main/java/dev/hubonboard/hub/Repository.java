package dev.hubonboard.hub;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.Instant;

/** One entry of {@code GET /v2/namespaces/{ns}/repositories}. Defender scans the private ones only. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Repository(
        @JsonProperty("name") String name,
        @JsonProperty("namespace") String namespace,
        @JsonProperty("is_private") boolean isPrivate,
        @JsonProperty("last_updated") @JsonDeserialize(using = LenientInstant.class) Instant lastUpdated,
        @JsonProperty("repository_type") String repositoryType,
        @JsonProperty("status_description") String statusDescription,
        @JsonProperty("description") String description,
        @JsonProperty("pull_count") long pullCount) {

    /** "namespace/name", as the registry and Defender name it. */
    public String fullName() {
        return namespace + "/" + name;
    }
}
