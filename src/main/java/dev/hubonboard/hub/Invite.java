package dev.hubonboard.hub;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.Instant;

/** A pending invitation to an organization; it leaves the pending list once accepted or cancelled. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Invite(
        @JsonProperty("id") String id,
        @JsonProperty("invitee") String invitee,
        @JsonProperty("role") String role,
        @JsonProperty("org") String org,
        @JsonProperty("created_at") @JsonDeserialize(using = LenientInstant.class) Instant createdAt,
        @JsonProperty("team") String team,
        @JsonProperty("inviter_username") String inviterUsername) {
}
