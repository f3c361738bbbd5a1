package dev.hubonboard.hub;

import dev.hubonboard.net.ServiceException;

/** Docker Hub says the token is expired: a personal or organization access token past its expiry date, or a bearer token older than its ~10 minutes. */
public final class TokenExpiredException extends ServiceException {
    public TokenExpiredException(String message, int status, String detail) {
        super(message, status, detail, null);
    }
}
