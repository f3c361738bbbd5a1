package dev.hubonboard.hub;

import dev.hubonboard.net.ServiceException;

/** HTTP 401 on a call made with a bearer token: the token is no longer accepted, so log in again. */
public final class SessionExpiredException extends ServiceException {
    public SessionExpiredException(String message, int status, String detail) {
        super(message, status, detail, null);
    }
}
