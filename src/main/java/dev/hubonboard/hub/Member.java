package dev.hubonboard.hub;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * One entry of an organization's member list.
 *
 * @param role as Docker returns it ("Owner", "Editor", "Member", "Invitee", or something newer): kept verbatim
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Member(
        @JsonProperty("username") String username,
        @JsonProperty("email") String email,
        @JsonProperty("role") String role,
        @JsonProperty("full_name") String fullName,
        @JsonProperty("id") String id,
        @JsonProperty("type") String type,
        @JsonProperty("groups") List<String> groups,
        @JsonProperty("is_guest") boolean isGuest) {

    public Member {
        groups = groups == null ? List.of() : List.copyOf(groups.stream().filter(g -> g != null).toList());
    }

    /** Docker takes roles in lower case and returns them capitalised, so compare without case. */
    public boolean hasRole(String wanted) {
        return role != null && wanted != null && role.trim().equalsIgnoreCase(wanted.trim());
    }

    public boolean isEditor() {
        return hasRole("editor");
    }

    public boolean isOwner() {
        return hasRole("owner");
    }
}
