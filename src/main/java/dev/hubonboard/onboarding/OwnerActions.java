package dev.hubonboard.onboarding;

import dev.hubonboard.hub.AccessToken;
import dev.hubonboard.hub.ForbiddenException;
import dev.hubonboard.hub.HubClient;
import dev.hubonboard.hub.Invite;
import dev.hubonboard.hub.InviteRequest;
import dev.hubonboard.hub.InviteeStatus;
import dev.hubonboard.hub.Member;
import dev.hubonboard.hub.MemberQuery;
import dev.hubonboard.hub.NotFoundException;
import dev.hubonboard.hub.PersonalTokenNotAllowedException;
import dev.hubonboard.hub.SecondFactorChallenge;
import dev.hubonboard.hub.SecondFactorRequiredException;
import dev.hubonboard.net.ServiceException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the organization owner does through Docker Hub's API: sign in, check the organization, invite the dedicated
 * user as Editor, and watch for acceptance. Blocking calls: the UI runs them off its thread.
 */
public final class OwnerActions {
    static final String EDITOR = "editor";
    private final HubClient hub;

    public OwnerActions(HubClient hub) {
        this.hub = hub;
    }

    /**
     * Signs the owner in. With an organization access token the identifier is the organization; with a password it
     * is the owner's Docker ID, and Docker Hub may ask for a 2FA code. Nothing here is saved.
     */
    public OwnerSignIn signIn(OwnerMode mode, String organization, String ownerDockerId, String secret)
            throws ServiceException {
        return switch (mode) {
            case ORGANIZATION_ACCESS_TOKEN -> new OwnerSignIn.SignedIn(hub.createAccessToken(organization, secret));
            case PASSWORD -> {
                try {
                    yield new OwnerSignIn.SignedIn(hub.loginWithPassword(ownerDockerId, secret));
                } catch (SecondFactorRequiredException e) {
                    yield new OwnerSignIn.NeedsSecondFactor(e.challenge());
                }
            }
            case MANUAL -> throw new IllegalStateException("Manual mode does not sign in to Docker Hub.");
        };
    }

    public OwnerSignIn.SignedIn secondFactor(SecondFactorChallenge challenge, String code) throws ServiceException {
        return new OwnerSignIn.SignedIn(hub.loginWithSecondFactor(challenge, code));
    }

    /** The prerequisites the API can check: the organization exists, the owner may manage members, the invitee. */
    public List<Finding> checkPrerequisites(AccessToken owner, String organization, Invitee invitee)
            throws ServiceException {
        List<Finding> findings = new ArrayList<>();
        try {
            hub.organization(owner, organization);
            findings.add(Finding.ok("Organization", organization + " exists on Docker Hub."));
        } catch (NotFoundException e) {
            findings.add(Finding.problem("Organization", "Docker Hub knows no organization named " + organization
                    + ", or these credentials cannot see it. Check the name (hub.docker.com/orgs/NAME)."));
            return findings;
        }
        try {
            hub.pendingInvites(owner, organization);
            findings.add(Finding.ok("Member management", "These credentials may invite members."));
        } catch (PersonalTokenNotAllowedException e) {
            findings.add(Finding.problem("Member management", "Docker Hub does not let a personal access token "
                    + "manage members. Use an organization access token or the owner's password."));
            return findings;
        } catch (ForbiddenException e) {
            findings.add(Finding.problem("Member management", "These credentials may not invite members: sign in "
                    + "as an owner of " + organization + ", or give the organization access token member scopes."));
            return findings;
        }
        Optional<Member> existing = findMember(owner, organization, invitee);
        if (existing.isPresent()) {
            Member m = existing.get();
            boolean editor = m.isEditor() || m.isOwner();
            findings.add(new Finding("Dedicated user", editor ? Finding.Result.OK : Finding.Result.WARNING,
                    m.username() + " is already a member (role " + m.role() + "), so no invite is needed."
                            + (editor ? "" : " Give it the Editor role in Docker Hub."), Finding.Kind.EXISTING_MEMBER));
        } else {
            findings.add(Finding.ok("Dedicated user", invitee.inviteAs() + " is not a member yet: the next step "
                    + "invites it as Editor."));
        }
        return findings;
    }

    /** The member that the invitee names (by Docker ID or e-mail), if any; case-insensitive as Docker Hub is. */
    public Optional<Member> findMember(AccessToken owner, String organization, Invitee invitee) throws ServiceException {
        String search = invitee.dockerId() != null ? invitee.dockerId() : invitee.email();
        for (Member m : hub.members(owner, organization, MemberQuery.search(search))) {
            if (names(invitee, m)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Docker Hub's answer for the invitee, first as a dry run (nothing sent), then for real. */
    public InviteeStatus invite(AccessToken owner, String organization, Invitee invitee, boolean dryRun)
            throws ServiceException {
        var result = hub.invite(owner, new InviteRequest(organization, null, EDITOR, List.of(invitee.inviteAs()), dryRun));
        return result.invitees().stream().findFirst().orElseThrow(() -> new IllegalStateException(
                "Docker Hub answered the invite without a status for " + invitee.inviteAs() + "."));
    }

    /** Pending invite → still pending; a member → accepted (with role); neither → cancelled or expired. */
    public Acceptance acceptance(AccessToken owner, String organization, Invitee invitee, String inviteId)
            throws ServiceException {
        Optional<Member> member = findMember(owner, organization, invitee);
        if (member.isPresent()) {
            return Acceptance.accepted(member.get().username(), member.get().role());
        }
        for (Invite i : hub.pendingInvites(owner, organization)) {
            if ((inviteId != null && inviteId.equals(i.id())) || i.invitee().equalsIgnoreCase(invitee.inviteAs())) {
                return Acceptance.pending();
            }
        }
        return Acceptance.gone();
    }

    public void resend(AccessToken owner, String inviteId) throws ServiceException {
        hub.resendInvite(owner, inviteId);
    }

    public void cancel(AccessToken owner, String inviteId) throws ServiceException {
        hub.cancelInvite(owner, inviteId);
    }

    private static boolean names(Invitee invitee, Member m) {
        return equalsIgnoreCase(invitee.dockerId(), m.username()) || equalsIgnoreCase(invitee.email(), m.email());
    }

    private static boolean equalsIgnoreCase(String a, String b) {
        return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
