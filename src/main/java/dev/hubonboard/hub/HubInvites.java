package dev.hubonboard.hub;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubonboard.hub.HubErrors.CallKind;
import dev.hubonboard.net.ServiceException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Invitations to the organization. Owners only; a token made from a personal access token is refused. */
final class HubInvites {
    private final HubHttp http;
    private final Pager pager;

    HubInvites(HubHttp http, Pager pager) {
        this.http = http;
        this.pager = pager;
    }

    InviteResult invite(AccessToken auth, InviteRequest request) throws ServiceException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("org", request.org());
        if (request.team() != null && !request.team().isBlank()) {
            body.put("team", request.team());
        }
        if (request.role() != null && !request.role().isBlank()) {
            body.put("role", request.role());
        }
        body.put("invitees", request.invitees());
        body.put("dry_run", request.dryRun());
        String what = (request.dryRun() ? "checking invitations to " : "inviting to ") + request.org();
        // A POST: never repeated after a 5xx or a broken connection, so nobody gets two e-mails.
        JsonNode answer;
        try {
            answer = http.send(HubHttp.authorized(http.url("v2", "invites", "bulk").build(), auth)
                    .post(HubHttp.json(body)).build(), false, what, CallKind.AUTHENTICATED, Secrets.of(auth));
        } catch (UnexpectedResponseException e) {
            if (e.status() == 409) {
                // Docker's spec lists 409 for bulk invites: someone in the list is already invited.
                throw new AlreadyInvitedException(String.join(", ", request.invitees()) + " is already invited to "
                        + request.org() + ": no second invitation was sent. Look at the pending invitations, resend "
                        + "or cancel the one there." + (e.detail().isEmpty() ? "" : " Docker Hub said: \""
                        + e.detail() + "\"."), e.status(), e.detail());
            }
            throw e;
        }
        InviteResult result = HubHttp.convert(answer, InviteResult.class, what, 202);
        if (!answer.has("invitees")) {
            throw HubErrors.malformed(what, 202, "no \"invitees\" in the answer");
        }
        return result;
    }

    List<Invite> pendingInvites(AccessToken auth, String org) throws ServiceException {
        HubAuth.requireText(org, "org");
        return pager.all(auth, http.url("v2", "orgs", org, "invites").build(), Invite.class,
                "listing the pending invitations of " + org);
    }

    void resendInvite(AccessToken auth, String inviteId) throws ServiceException {
        HubAuth.requireText(inviteId, "inviteId");
        try {
            http.send(HubHttp.authorized(http.url("v2", "invites", inviteId, "resend").build(), auth)
                            .patch(okhttp3.RequestBody.EMPTY).build(), false, "resending an invitation",
                    CallKind.AUTHENTICATED, Secrets.of(auth));
        } catch (ForbiddenException | PersonalTokenNotAllowedException e) {
            // Refused to an organization access token that may create invites (docker/hub-feedback#2527).
            throw new ResendRefusedException("Docker Hub refused to resend the invitation with this sign-in (it has "
                    + "refused resending to organization access tokens that may create invites). Resend it from the "
                    + "organization's Members page in Docker Hub, or sign in with the owner's password and resend."
                    + (e.detail().isEmpty() ? "" : " Docker Hub said: \"" + e.detail() + "\"."), e.status(), e.detail());
        }
    }

    void cancelInvite(AccessToken auth, String inviteId) throws ServiceException {
        HubAuth.requireText(inviteId, "inviteId");
        // DELETE is idempotent in HTTP, but a retry after a lost answer would report a confusing 404: not retried.
        http.send(HubHttp.authorized(http.url("v2", "invites", inviteId).build(), auth).delete().build(), false,
                "cancelling an invitation", CallKind.AUTHENTICATED, Secrets.of(auth));
    }
}
