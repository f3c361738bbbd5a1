package dev.hubonboard.hub;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Objects;

/** Docker's answer to a bulk invite: one status per invitee, in the order sent. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InviteResult(@JsonProperty("invitees") List<InviteeStatus> invitees) {
    public InviteResult {
        invitees = invitees == null ? List.of() : invitees.stream().filter(Objects::nonNull).toList();
    }
}
