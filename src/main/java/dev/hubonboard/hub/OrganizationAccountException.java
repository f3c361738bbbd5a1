package dev.hubonboard.hub;

import dev.hubonboard.net.ServiceException;

/** An organization name or organization access token was used where Docker Hub expects a user account ("Cannot log into an organization account"). */
public final class OrganizationAccountException extends ServiceException {
    public OrganizationAccountException(String message, int status, String detail) {
        super(message, status, detail, null);
    }
}
