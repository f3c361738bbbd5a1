package dev.hubonboard.hub;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.Instant;

/**
 * {@code GET /v2/orgs/{org}}. Not in Docker's spec; the fields are those Docker's own hub-tool reads.
 *
 * @param type "Org" for an organization, "User" when the name belongs to a personal account
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Organization(
        @JsonProperty("orgname") String orgname,
        @JsonProperty("full_name") String fullName,
        @JsonProperty("company") String company,
        @JsonProperty("location") String location,
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("date_joined") @JsonDeserialize(using = LenientInstant.class) Instant dateJoined,
        @JsonProperty("profile_url") String profileUrl,
        @JsonProperty("gravatar_url") String gravatarUrl) {
}
