package dev.hubonboard.hub;

import java.util.List;
import java.util.Objects;

/**
 * {@code POST /v2/invites/bulk}. Run with {@code dryRun} first: Docker then validates every invitee without
 * sending e-mails.
 *
 * @param team     a team to join, or null for the organization only
 * @param role     "editor" for the scanner's user
 * @param invitees Docker IDs or e-mail addresses
 */
public record InviteRequest(String org, String team, String role, List<String> invitees, boolean dryRun) {
    public InviteRequest {
        Objects.requireNonNull(org, "org");
        invitees = List.copyOf(Objects.requireNonNull(invitees, "invitees"));
        if (invitees.isEmpty()) {
            throw new IllegalArgumentException("at least one invitee is needed");
        }
    }

    public InviteRequest withDryRun(boolean dryRun) {
        return new InviteRequest(org, team, role, invitees, dryRun);
    }
}
