package dev.hubonboard.hub;

import dev.hubonboard.net.Bodies;
import dev.hubonboard.net.ServiceException;
import okhttp3.HttpUrl;
import okhttp3.Response;

/**
 * Turns an unsuccessful Docker Hub answer into the typed error that names its cause and its fix. Only the
 * server's words (with this call's credentials masked) reach the message, never a request's body.
 */
final class HubErrors {
    /** Which kind of call failed decides what a 401 means. */
    enum CallKind {
        /** {@code /v2/users/login}: a 401 means wrong credentials; one with a 2FA token asks for the code. */
        LOGIN,
        /**
         * {@code /v2/auth/token}: a 401 means wrong credentials; one with a {@code login_2fa_token} means the secret
         * was the account's password, which this route does not finish with a code.
         */
        TOKEN_LOGIN,
        /** {@code /v2/users/2fa-login}: a 401 means a wrong or stale code. */
        SECOND_FACTOR,
        /** Any call with a bearer token: a 401 means the session is over. */
        AUTHENTICATED
    }

    private static final java.util.regex.Pattern SSO = java.util.regex.Pattern.compile("\\bsso\\b");

    private HubErrors() {
    }

    static ServiceException from(Response response, CallKind kind, String what, Secrets secrets) {
        int status = response.code();
        ErrorBody body = ErrorBody.parse(Bodies.peekText(response));
        if (body.login2faToken() != null) {
            secrets = secrets.and(body.login2faToken()); // the challenge is a credential too
        }
        String detail = secrets.forPeople(body.detail(), ErrorBody.MAX_DETAIL); // masked, then shortened
        String words = secrets.redact(body.searchable());
        String said = detail.isBlank()
                ? " (HTTP " + status + ")"
                : " Docker Hub said: \"" + detail + "\" (HTTP " + status + ").";

        if (kind == CallKind.TOKEN_LOGIN && status == 401 && body.login2faToken() != null) {
            // hub-facts: a 401 from POST /v2/auth/token carrying login_2fa_token means the secret was the password.
            return new PasswordNotTokenException("Docker Hub says this is the account's password, not an access "
                    + "token: use a personal access token (Account settings > Personal access tokens), never the "
                    + "password.", status);
        }
        if (kind == CallKind.LOGIN && status == 401 && body.login2faToken() != null) {
            return new SecondFactorRequiredException(
                    "This account uses two-factor authentication: enter the current code from the authenticator app "
                            + "(or a recovery code) to finish logging in." + said,
                    status, detail, new SecondFactorChallenge(body.login2faToken()));
        }
        if ((status == 401 || status == 403) && SSO.matcher(words).find()
                && (words.contains("enforced") || words.contains("personal access token"))) {
            return new SsoRequiresTokenException(
                    "The organization enforces single sign-on, so Docker Hub refuses passwords while " + what
                            + ". Use a personal access token (or an organization access token) instead of the password."
                            + said, status, detail);
        }
        if (words.contains("cannot log into an organization account")) {
            return new OrganizationAccountException(
                    "Docker Hub cannot log into an organization account while " + what + ": an organization name or "
                            + "organization access token was given where a user is expected. Use the user's Docker ID "
                            + "with that user's password or personal access token." + said, status, detail);
        }
        if (status == 401 && words.contains("expired")) {
            String fix = switch (kind) {
                case AUTHENTICATED -> "Log in again to get a fresh session.";
                case SECOND_FACTOR -> "The two-factor step has to follow the password within a few minutes: log in "
                        + "again with the password, then enter a fresh code.";
                case LOGIN, TOKEN_LOGIN -> "Create a new access token in Docker Hub (Account settings > Personal access tokens, "
                        + "or the organization's Access tokens page) and enter it here.";
            };
            return new TokenExpiredException("The access token has expired while " + what + ". " + fix + said,
                    status, detail);
        }
        // 403 as the sources quote it; a 401 with the same words too, but not on a login, where 401 is bad credentials.
        PersonalTokenNotAllowedException.IssuedFrom refusedFrom = status == 403
                || (status == 401 && kind == CallKind.AUTHENTICATED) ? tokenRefusal(words) : null;
        if (refusedFrom != null) {
            boolean personal = refusedFrom == PersonalTokenNotAllowedException.IssuedFrom.PERSONAL_ACCESS_TOKEN;
            return new PersonalTokenNotAllowedException(
                    "Docker Hub does not allow " + what + " with a login made from "
                            + (personal ? "a personal access token" : "an organization access token")
                            + " (it has refused such logins on its API routes on and off since 2020). "
                            + (personal ? "For member management, use an organization access token with member and "
                            + "invite permissions, or the owner's password (and two-factor code)."
                            : "Sign in with the owner's password (and two-factor code), or do it on Docker Hub's "
                            + "web pages.") + said, status, detail, refusedFrom);
        }
        if (status == 401) {
            return switch (kind) {
                case LOGIN, TOKEN_LOGIN -> new BadCredentialsException(
                        "Docker Hub refused the login: incorrect username or password. Check that the Docker ID (not "
                                + "the e-mail address) and the password or access token are right. Wait before trying "
                                + "again: repeated failed logins lock the account for about 10 minutes." + said,
                        status, detail);
                case SECOND_FACTOR -> new BadCredentialsException(
                        "Docker Hub did not accept the two-factor code. Enter the current code from the authenticator "
                                + "app (it changes every 30 seconds) or a recovery code; if it keeps failing, start the "
                                + "login again with the password." + said, status, detail);
                case AUTHENTICATED -> new SessionExpiredException(
                        "Docker Hub no longer accepts this login while " + what + ": the session lasts about 10 "
                                + "minutes. Log in again." + said, status, detail);
            };
        }
        if (status == 403) {
            return new ForbiddenException(
                    "Docker Hub refused " + what + ": the account is not allowed to do this. Log in as an owner of "
                            + "the organization, or use a token with the needed permissions." + said, status, detail);
        }
        if (status == 404) {
            return new NotFoundException(
                    "Docker Hub found nothing while " + what + ". Check the name for typos; an organization or "
                            + "repository this account cannot see is also reported as not found." + said,
                    status, detail);
        }
        if (status >= 300 && status < 400) {
            HttpUrl to = response.header("Location") == null ? null
                    : response.request().url().resolve(response.header("Location"));
            String orgName = organizationName(response.request().url());
            if (to != null && orgName != null && to.encodedPath().startsWith("/v2/users/")) {
                // hub-facts: GET /v2/orgs/{name} for a name that is a user may redirect to /v2/users/...
                return new NotAnOrganizationException(orgName, status);
            }
            return new UnexpectedResponseException(
                    "Docker Hub redirected " + what + (to == null ? "" : " to " + to.host())
                            + " and the app does not follow redirects (they could carry the login elsewhere). Check the "
                            + "Docker Hub URL." + said, status, detail);
        }
        return new UnexpectedResponseException(
                "Docker Hub answered HTTP " + status + " while " + what + ", which the app did not expect. Check the "
                        + "input and try again; if it persists, Docker Hub may have changed." + said, status, detail);
    }

    /**
     * Which kind of access token a refusal names, in any of the wordings Docker Hub has used (quoted in
     * src/test/resources/dev/hubonboard/hub/bodies): "access to the resource is forbidden with personal access
     * token" (hub-feedback#2006, #2171, #2253), "token issued from personal access token" (#2438, 2025, any
     * documented API), "... is not allowed" (#2478), and the organization-access-token twin. Null for anything else.
     */
    static PersonalTokenNotAllowedException.IssuedFrom tokenRefusal(String words) {
        if (words.contains("issued from organization access token")
                || words.contains("forbidden with organization access token")) {
            return PersonalTokenNotAllowedException.IssuedFrom.ORGANIZATION_ACCESS_TOKEN;
        }
        if (words.contains("issued from personal access token") || words.contains("issued from a personal access token")
                || (words.contains("personal access token")
                && (words.contains("forbidden") || words.contains("not allowed")))) {
            return PersonalTokenNotAllowedException.IssuedFrom.PERSONAL_ACCESS_TOKEN;
        }
        return null;
    }

    /** NAME for a request to {@code /v2/orgs/NAME} (nothing after it), else null. */
    private static String organizationName(HttpUrl url) {
        var segments = url.pathSegments();
        return segments.size() == 3 && segments.get(0).equals("v2") && segments.get(1).equals("orgs")
                && !segments.get(2).isEmpty() ? segments.get(2) : null;
    }

    static UnexpectedResponseException malformed(String what, int status, String problem) {
        return new UnexpectedResponseException(
                "Docker Hub's answer while " + what + " could not be read (" + problem + "). Try again; if it "
                        + "persists, Docker Hub may have changed or a proxy is answering instead of it.",
                status, "");
    }
}
