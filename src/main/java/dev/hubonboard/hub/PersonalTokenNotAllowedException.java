package dev.hubonboard.hub;

import dev.hubonboard.net.ServiceException;

/**
 * Docker Hub refused a route to a login made from an access token, whatever its wording: the 2020-2022
 * "access to the resource is forbidden with personal access token" (docker/hub-feedback#2006, #2171, #2253), the 2025
 * {@code {"message":"token issued from personal access token","errinfo":{}}} (#2438), "token issued from personal
 * access token is not allowed" (#2478), and the twin for organization access tokens. {@link #issuedFrom()} says
 * which kind of token the refused login came from. The registry side (token service, manifests, tags/list) is not
 * affected: it is what {@code docker login} uses.
 */
public final class PersonalTokenNotAllowedException extends ServiceException {
    /** The kind of access token the refused login was made from. */
    public enum IssuedFrom { PERSONAL_ACCESS_TOKEN, ORGANIZATION_ACCESS_TOKEN }

    private final IssuedFrom issuedFrom;

    public PersonalTokenNotAllowedException(String message, int status, String detail) {
        this(message, status, detail, IssuedFrom.PERSONAL_ACCESS_TOKEN);
    }

    public PersonalTokenNotAllowedException(String message, int status, String detail, IssuedFrom issuedFrom) {
        super(message, status, detail, null);
        this.issuedFrom = issuedFrom;
    }

    public IssuedFrom issuedFrom() {
        return issuedFrom;
    }
}
