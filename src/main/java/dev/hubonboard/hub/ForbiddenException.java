package dev.hubonboard.hub;

import dev.hubonboard.net.ServiceException;

/** HTTP 403 for any other reason: typically the account is not an owner of the organization, or the token lacks the scope. */
public final class ForbiddenException extends ServiceException {
    public ForbiddenException(String message, int status, String detail) {
        super(message, status, detail, null);
    }
}
