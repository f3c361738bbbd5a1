package dev.hubonboard.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Switchable Docker Hub behaviours seen in the field (hub-facts), off by default and changeable while the practice
 * Hub runs. The defaults already behave like Docker Hub where its behaviour is documented; these play what it has
 * done at times: refusing logins made from access tokens, refusing a whole token request, redirecting a user's
 * name, answering 409 to a repeated invite.
 */
public final class Behaviour {

    /** The wordings Docker Hub has refused logins made from access tokens with (403), each as its source quotes it. */
    public enum Refusal {
        /** 2020-2022, tag listing among others: docker/hub-feedback#2006, #2171, #2253. */
        FORBIDDEN_WITH_PAT(false, "detail", "access to the resource is forbidden with personal access token"),
        /** 2025, "any documented API": docker/hub-feedback#2438 ({"message":..., "errinfo":{}}). */
        ISSUED_FROM_PAT(false, "message", "token issued from personal access token"),
        /** docker/hub-feedback#2478. */
        PAT_NOT_ALLOWED(false, "message", "token issued from personal access token is not allowed"),
        /** The twin for organization access tokens. */
        OAT_NOT_ALLOWED(true, "message", "token issued from organization access token is not allowed");

        private final boolean organizationToken;
        private final String field;
        private final String text;

        Refusal(boolean organizationToken, String field, String text) {
            this.organizationToken = organizationToken;
            this.field = field;
            this.text = text;
        }

        /** Whether this wording refuses logins made from a PAT ("pat") or from an organization token ("oat"). */
        boolean refuses(String credentialKind) {
            return credentialKind.equals(organizationToken ? "oat" : "pat");
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put(field, text);
            if (this == ISSUED_FROM_PAT) {
                body.put("errinfo", Map.of());
            }
            return body;
        }

        public String text() {
            return text;
        }
    }

    private volatile Refusal listing;
    private volatile Refusal tags;
    private volatile boolean wholeRequestInsufficientScopes;
    private volatile boolean redirectUserNamespaces;
    private volatile boolean inviteConflict;
    private volatile String dryRunStatus;
    private volatile boolean refuseResendToOrganizationToken;

    /** Repository listing refused with this wording to logins of its token kind; null: answered normally. */
    public Behaviour refuseListing(Refusal refusal) {
        this.listing = refusal;
        return this;
    }

    /** The Hub's tags route refused with this wording; null: answered normally. */
    public Behaviour refuseTags(Refusal refusal) {
        this.tags = refusal;
        return this;
    }

    /**
     * True: a token whose permission is below what one scope asks gets {@code 401 {"details":"access token has
     * insufficient scopes"}} for the whole request (docker/cli#4511), also for pull of a private repository with a
     * Public Repo Read-only token. False (default): that pull is answered 200 with empty actions. Which of the two
     * Docker Hub does for pull is unverified; push below repo:write is always refused whole.
     */
    public Behaviour wholeRequestInsufficientScopes(boolean on) {
        this.wholeRequestInsufficientScopes = on;
        return this;
    }

    /** True: {@code GET /v2/orgs/NAME} for a Docker ID redirects to {@code /v2/users/NAME}; false: 404. */
    public Behaviour redirectUserNamespaces(boolean on) {
        this.redirectUserNamespaces = on;
        return this;
    }

    /**
     * True: a bulk invite for someone already invited answers 409 (the spec lists it). False (default): Docker Hub
     * sends another e-mail (terraform-provider-docker#114), counted by {@link PracticeHub#invitationEmails(String)}.
     */
    public Behaviour inviteConflict(boolean on) {
        this.inviteConflict = on;
        return this;
    }

    /**
     * A dry run answers this status (e.g. one Docker has not documented) instead of {@code invited}; null: the normal
     * answer. Dry-run statuses are not all documented (hub-facts): the wizard shows an unknown one verbatim.
     */
    public Behaviour dryRunStatus(String status) {
        this.dryRunStatus = status;
        return this;
    }

    /** True: {@code PATCH /v2/invites/{id}/resend} answers 403 to an organization access token (hub-feedback#2527). */
    public Behaviour refuseResendToOrganizationToken(boolean on) {
        this.refuseResendToOrganizationToken = on;
        return this;
    }

    boolean refuseResendToOrganizationToken() {
        return refuseResendToOrganizationToken;
    }

    String dryRunStatus() {
        return dryRunStatus;
    }

    Refusal listing() {
        return listing;
    }

    Refusal tags() {
        return tags;
    }

    boolean wholeRequestInsufficientScopes() {
        return wholeRequestInsufficientScopes;
    }

    boolean redirectUserNamespaces() {
        return redirectUserNamespaces;
    }

    boolean inviteConflict() {
        return inviteConflict;
    }

    @Override
    public String toString() {
        return "Behaviour[listing=" + listing + ", tags=" + tags + ", wholeRequestInsufficientScopes="
                + wholeRequestInsufficientScopes + ", redirectUserNamespaces=" + redirectUserNamespaces
                + ", inviteConflict=" + inviteConflict + "]";
    }
}
