package dev.hubonboard.hub;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * @param status {@code invited}, {@code existing_org_member}, {@code invalid_email_or_docker_id}, or any other
 *               value Docker sends, kept verbatim so the user sees it
 * @param invite the created invite, or null (always null on a dry run and for refused invitees)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InviteeStatus(
        @JsonProperty("invitee") String invitee,
        @JsonProperty("status") String status,
        @JsonProperty("invite") Invite invite) {

    public static final String INVITED = "invited";
    public static final String EXISTING_ORG_MEMBER = "existing_org_member";
    public static final String INVALID_EMAIL_OR_DOCKER_ID = "invalid_email_or_docker_id";

    public boolean isInvited() {
        return INVITED.equalsIgnoreCase(status);
    }

    public boolean isExistingMember() {
        return EXISTING_ORG_MEMBER.equalsIgnoreCase(status);
    }

    public boolean isInvalid() {
        return INVALID_EMAIL_OR_DOCKER_ID.equalsIgnoreCase(status);
    }

    /**
     * False for a status this app does not know (Docker's dry-run statuses are not all documented): show it verbatim
     * and let the owner send anyway or stop.
     */
    public boolean isKnown() {
        return isInvited() || isExistingMember() || isInvalid();
    }
}
