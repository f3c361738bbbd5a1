package dev.hubonboard.hub;

import dev.hubonboard.net.ServiceException;

/** A login was refused: wrong Docker ID, password, access token or two-factor code. Never retried automatically: repeated failures lock the account for about 10 minutes. */
public final class BadCredentialsException extends ServiceException {
    public BadCredentialsException(String message, int status, String detail) {
        super(message, status, detail, null);
    }
}
