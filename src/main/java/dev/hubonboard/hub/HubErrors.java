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
        /** {@code /v2/auth/token} and {@code /v2/users/login}: a 401 means wrong credentials. */
        LOGIN,
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
        String detail = secrets.redact(body.detail());
        String words = secrets.redact(body.searchable());
        String said = detail.isBlank()
                ? " (HTTP " + status + ")"
                : " Docker Hub said: \"" + detail + "\" (HTTP " + status + ").";

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
                case LOGIN -> "Create a new access token in Docker Hub (Account settings > Personal access tokens, "
                        + "or the organization's Access tokens page) and enter it here.";
            };
            return new TokenExpiredException("The access token has expired while " + what + ". " + fix + said,
                    status, detail);
        }
        if (status == 403 && words.contains("personal access token")
                && (words.contains("forbidden") || words.contains("not allowed"))) {
            return new PersonalTokenNotAllowedException(
                    "Docker Hub does not allow " + what + " with a login made from a personal access token. Use an "
                            + "organization access token with member and invite permissions, or log in with the owner's "
                            + "password (and two-factor code)." + said, status, detail);
        }
        if (status == 401) {
            return switch (kind) {
                case LOGIN -> new BadCredentialsException(
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
            return new UnexpectedResponseException(
                    "Docker Hub redirected " + what + (to == null ? "" : " to " + to.host())
                            + " and the app does not follow redirects (they could carry the login elsewhere). Check the "
                            + "Docker Hub URL." + said, status, detail);
        }
        return new UnexpectedResponseException(
                "Docker Hub answered HTTP " + status + " while " + what + ", which the app did not expect. Check the "
                        + "input and try again; if it persists, Docker Hub may have changed." + said, status, detail);
    }

    static UnexpectedResponseException malformed(String what, int status, String problem) {
        return new UnexpectedResponseException(
                "Docker Hub's answer while " + what + " could not be read (" + problem + "). Try again; if it "
                        + "persists, Docker Hub may have changed or a proxy is answering instead of it.",
                status, "");
    }
}
