package dev.hubonboard.onboarding.owner;

import dev.hubonboard.onboarding.Endpoints;
import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.hub.AccessToken;
import dev.hubonboard.hub.AlreadyInvitedException;
import dev.hubonboard.hub.InviteResult;
import dev.hubonboard.hub.NotAnOrganizationException;
import dev.hubonboard.hub.Repository;
import dev.hubonboard.hub.ResendRefusedException;
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

    /**
     * What an organization access token needs to list private repositories: the organization permission
     * "Repository List" ({@code scope-repository-list}); "Image Pull" on repositories ({@code ORG/*},
     * {@code scope-image-pull}) is for pulling and does not list. Without Repository List Docker Hub answers the
     * listing 200 with the public repositories only, silently (Docker's access-token reference; hub-facts).
     */
    public static final String OAT_REPOSITORY_PERMISSION = "An organization access token lists the organization's "
            + "private repositories only with the organization permission \"Repository List\": when creating or "
            + "editing the token in Docker Hub (organization > Access tokens), add Repository List under the "
            + "organization's permissions (\"Image Pull\" on the repositories \"ORG/*\" is for pulling and does not "
            + "list). Without it Docker Hub silently shows public repositories only.";
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
        } catch (NotAnOrganizationException e) {
            findings.add(Finding.problem("Organization", e.getMessage()));
            return findings;
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

    /**
     * The organization's repositories as the owner's sign-in sees them: the private ones become the list every later
     * connection test proves pull on. A sign-in that sees none gets a hint (for an organization access token, the
     * permission it needs).
     *
     * @throws ServiceException e.g. {@link PersonalTokenNotAllowedException} when Docker Hub refuses the listing
     */
    public OwnerRepositories repositories(AccessToken owner, OwnerMode mode, String organization)
            throws ServiceException {
        List<String> privateNames = new ArrayList<>();
        int publicCount = 0;
        for (Repository r : hub.repositories(owner, organization)) {
            if (r.isPrivate()) {
                privateNames.add(r.name());
            } else {
                publicCount++;
            }
        }
        String hint = "";
        if (mode == OwnerMode.ORGANIZATION_ACCESS_TOKEN) {
            hint = OAT_REPOSITORY_PERMISSION.replace("ORG", organization);
        }
        if (privateNames.isEmpty()) {
            hint = (hint.isEmpty() ? "" : hint + " ") + "If " + organization + " really has no private repository, "
                    + "Defender has nothing to scan: it scans private repositories only.";
        }
        return new OwnerRepositories(privateNames, publicCount, hint);
    }

    /**
     * The member that the invitee names (by Docker ID or e-mail), if any; case-insensitive as Docker Hub is. Members
     * only ({@code type=member}); with only an e-mail the whole member list is compared here, since Docker Hub's
     * search is not documented to match e-mails.
     */
    public Optional<Member> findMember(AccessToken owner, String organization, Invitee invitee) throws ServiceException {
        MemberQuery query = MemberQuery.members(invitee.dockerId());
        for (Member m : hub.members(owner, organization, query)) {
            if (names(invitee, m)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * Docker Hub's answer for the invitee, first as a dry run (nothing sent), then for real. Before a real invite the
     * pending invitations are read and one for the same invitee is reused ({@code invited} with that invite), since
     * Docker Hub sends another e-mail for a repeated invite (terraform-provider-docker#114); a 409 is answered the
     * same way, or as {@link AlreadyInvitedException} when no pending invite explains it. A status this app does not
     * know comes back verbatim ({@link InviteeStatus#isKnown()} false): the owner decides to send anyway or stop.
     */
    public InviteeStatus invite(AccessToken owner, String organization, Invitee invitee, boolean dryRun)
            throws ServiceException {
        if (!dryRun) {
            Optional<Invite> pending = pendingInviteFor(owner, organization, invitee);
            if (pending.isPresent()) {
                return new InviteeStatus(invitee.inviteAs(), InviteeStatus.INVITED, pending.get());
            }
        }
        InviteResult result;
        try {
            result = hub.invite(owner, new InviteRequest(organization, null, EDITOR, List.of(invitee.inviteAs()), dryRun));
        } catch (AlreadyInvitedException e) {
            Optional<Invite> pending = pendingInviteFor(owner, organization, invitee);
            if (pending.isPresent()) {
                return new InviteeStatus(invitee.inviteAs(), InviteeStatus.INVITED, pending.get());
            }
            throw e;
        }
        return result.invitees().stream().findFirst().orElseThrow(() -> new IllegalStateException(
                "Docker Hub answered the invite without a status for " + invitee.inviteAs() + "."));
    }

    /** The pending invitation for this invitee (by e-mail or Docker ID), if any. */
    public Optional<Invite> pendingInviteFor(AccessToken owner, String organization, Invitee invitee)
            throws ServiceException {
        for (Invite i : hub.pendingInvites(owner, organization)) {
            if (equalsIgnoreCase(i.invitee(), invitee.email()) || equalsIgnoreCase(i.invitee(), invitee.dockerId())
                    || equalsIgnoreCase(i.invitee(), invitee.inviteAs())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Pending invite → still pending; a member → accepted (with role); neither → cancelled or expired. */
    public Acceptance acceptance(AccessToken owner, String organization, Invitee invitee, String inviteId)
            throws ServiceException {
        Optional<Member> member = findMember(owner, organization, invitee);
        if (member.isPresent()) {
            return Acceptance.accepted(member.get().username(), member.get().role());
        }
        for (Invite i : hub.pendingInvites(owner, organization)) {
            // An invite may come without "invitee": then only its id can match.
            if ((inviteId != null && inviteId.equals(i.id())) || equalsIgnoreCase(i.invitee(), invitee.inviteAs())) {
                return Acceptance.pending();
            }
        }
        return Acceptance.gone();
    }

    public void resend(AccessToken owner, String inviteId) throws ServiceException {
        hub.resendInvite(owner, inviteId);
    }

    /**
     * As {@link #resend(AccessToken, String)}; a refusal ({@link ResendRefusedException}, e.g. to an organization
     * access token, hub-feedback#2527) names the organization's Members page to resend from.
     */
    public void resend(AccessToken owner, String organization, String inviteId) throws ServiceException {
        try {
            hub.resendInvite(owner, inviteId);
        } catch (ResendRefusedException e) {
            throw new ResendRefusedException(e.getMessage() + " Members page: "
                    + Endpoints.web("orgs/" + organization + "/members") + ".", e.status(), e.detail());
        }
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
