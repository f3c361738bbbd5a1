package dev.hubonboard.hub;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.Instant;

/** One entry of {@code GET /v2/namespaces/{ns}/repositories/{repo}/tags}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Tag(
        @JsonProperty("name") String name,
        @JsonProperty("last_updated") @JsonDeserialize(using = LenientInstant.class) Instant lastUpdated,
        @JsonProperty("full_size") long fullSize,
        @JsonProperty("status") String status,
        @JsonProperty("tag_last_pushed") @JsonDeserialize(using = LenientInstant.class) Instant tagLastPushed,
        @JsonProperty("tag_last_pulled") @JsonDeserialize(using = LenientInstant.class) Instant tagLastPulled) {
}
